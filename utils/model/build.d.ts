/**
 * Constants the bundler writes into the code (wxt.config.ts, vitest.config.ts and the first
 * frames' renderer define them), so a build without them drops what they guard.
 */

/** True in the test build (`npm run build:test`), whose words include the pseudo-language. */
declare const __FOOTHOLDS_PSEUDO__: boolean;
