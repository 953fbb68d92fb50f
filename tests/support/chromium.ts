/** Flags that keep Chromium quiet on a closed network (see shared/TESTING.md). Shared by the
 * E2E fixtures and the bench, so both drive Chromium the same way. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
