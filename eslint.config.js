import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOutsideAdapters = {
  paths: [
    {
      name: 'electron',
      message:
        'Domain, IPC, shared and renderer code must run in plain Node or the browser: take what you need as an argument, and keep electron imports in src/main/electron (outside policy/) or src/preload.',
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message:
        'Domain, IPC, shared and renderer code must run in plain Node or the browser: keep electron imports in src/main/electron (outside policy/) or src/preload.',
    },
  ],
};

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'coverage/',
    'bench/results/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Where code runs decides which globals it may use.
  {
    files: ['src/main/**', 'src/preload/**', 'scripts/**', 'bench/**', '*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright specs run in Node and pass callbacks that run in the page.
    files: ['e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    // The shell's pure policy (security decisions, the app:// protocol, the menu template, quitting)
    // and the provisioning scripts run in plain Node too: requiring electron there would start a download.
    files: [
      'src/main/domain/**',
      'src/main/ipc/**',
      'src/main/electron/policy/**',
      'src/shared/**',
      'src/renderer/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-imports': ['error', electronOutsideAdapters] },
  },

  // Layers import only downward: the domain takes what it needs through src/main/domain/ports.
  {
    files: ['src/main/domain/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronOutsideAdapters.paths,
          patterns: [
            ...electronOutsideAdapters.patterns,
            {
              group: ['**/ipc/**', '**/electron/**', '**/testing/**'],
              message:
                'The domain never imports the router, the Electron adapters or test support: declare a port in src/main/domain/ports instead.',
            },
          ],
        },
      ],
    },
  },
);
