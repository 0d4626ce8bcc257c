import { defineConfig } from '@playwright/test';
import { resolveTarget } from './e2e/targets/target';

// One set of specs, two targets (Electron or Chromium + the real router): see e2e/targets/target.ts.
// Playwright does not build the app; `npm test` runs `npm run build` first.
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'app',
      testIgnore: /screenshots\.spec/,
      // Specs that make the disk fail need the router in the test process: the browser target's.
      ...(resolveTarget() === 'electron' ? { grepInvert: /@in-process-router/ } : {}),
    },
    // Writes docs/screenshots/*.png; run by `npm run screenshots`, never by `npm test`.
    { name: 'screenshots', testMatch: /screenshots\.spec/ },
  ],
});
