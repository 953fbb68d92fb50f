import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // The unit tests see the test build's pseudo-language (utils/model/language.ts).
  define: { __FOOTHOLDS_PSEUDO__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
