import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerZones, layerZonesForTests } from './eslint.layers.js';

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
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Plain JavaScript (configs, scripts) is in no tsconfig: lint it without types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

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

  {
    // Test code and its support read JSON they just wrote and stand in for async ports with
    // functions that answer at once; `expect` is the check there. Production code keeps every rule.
    files: ['**/*.test.{ts,tsx}', '**/testing/**', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  {
    // Every string the window shows comes from the catalogues (src/shared/i18n): a literal in JSX
    // text or in a user-visible attribute is an error. Tests and test support may write English.
    files: ['src/renderer/src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/renderer/src/testing/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Calls whose string arguments are keys or field names, not text: t('key'), aria('title').
          callees: { exclude: ['t', 'i18n(ext)?', 'aria', 'errorText', 'idOf', 'problemOf', 'item', 'select'] },
          'object-properties': { exclude: ['className', 'kind', 'tagColor', '[A-Z_-]+'] },
          message: "User-visible text comes from the catalogues (src/shared/i18n): use t('key').",
          'jsx-attributes': {
            exclude: [
              'className',
              '.*ClassName',
              'defaultLocale',
              'locale',
              'style',
              'type',
              'key',
              'id',
              'role',
              'lang',
              'dir',
              'htmlFor',
              'href',
              'src',
              'name',
              'value',
              'inputMode',
              'autoComplete',
              'method',
              'target',
              'rel',
              'form',
              'data-.*',
              'aria-(live|hidden|haspopup|expanded|controls|current|modal|pressed|selected|checked|orientation|atomic|relevant|invalid|busy|autocomplete|owns|activedescendant|describedby|labelledby|sort)',
              'accept',
              'kind',
              'colour',
              'color',
              'variant',
              'tone',
              'size',
              'level',
              'as',
              'spellCheck',
              'wrap',
              'enterKeyHint',
              'step',
              'min',
              'max',
              'pattern',
              'loading',
              'decoding',
              'translate',
            ],
          },
        },
      ],
    },
  },

  // What may import what (docs/ARCHITECTURE.md): zones in eslint.layers.js, and no cycles anywhere.
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle parses each dependency itself: tell it which parser reads TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests and the renderer's test support may reach the real router and test helpers below them.
    files: ['src/**/*.test.{ts,tsx}', 'src/renderer/src/testing/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZonesForTests }] },
  },
);
