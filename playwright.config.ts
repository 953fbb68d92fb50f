import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium with the built extension (`.output/chrome-mv3`);
 * `npm test` builds it first. One persistent Chromium at a time: these machines have 2 cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
