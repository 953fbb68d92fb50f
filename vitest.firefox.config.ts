import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The Firefox end-to-end suite (tests/firefox): Debian's Firefox ESR with the built extension
 * (`.output/firefox-mv3`), driven by puppeteer-core over WebDriver BiDi. One browser at a time:
 * files run one after another, each with its own Firefox.
 */
export default defineConfig({
  // The app's `@/` imports, as WXT resolves them (the unit config gets them from WxtVitest).
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // As the Chromium suite (playwright.config.ts): once more on CI, where a loaded machine can
    // slow a browser past a wait; a test that fails twice still fails the run.
    retry: process.env.CI ? 1 : 0,
  },
});
