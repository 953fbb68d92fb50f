import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { FLAGS } from '../tests/support/chromium';

/**
 * Launching the browser for `npm run bench`: Chromium started as the E2E harness does
 * (tests/e2e/fixtures.ts: the same flags from tests/support/chromium.ts, headless, same viewport),
 * but on the bench copy of the build, on profiles of the bench's own, with what it needs to know
 * about the extension it loaded.
 */

/** A running Chromium with the bench build loaded. */
export interface Bench {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** A fresh profile folder under the system temp folder. */
export function freshProfile(name: string): string {
  return mkdtempSync(join(tmpdir(), `footholds-bench-${name}-`));
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first 32 hex digits of the
 * SHA-256 of its absolute, symlink-free path, each digit written as a letter a–p. An extension
 * with no service worker (the Tabliss peer) has no other handle to learn it from; for Footholds
 * `launchBench` checks the formula against the id its worker reports.
 */
export function extensionIdFor(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Starts Chromium on `userDataDir` with the unpacked extension in `extensionDir` loaded, and
 * returns as soon as the browser is up: it waits for nothing the extension does.
 */
export function launchChromium(userDataDir: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      ...FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

/**
 * Starts Chromium on `userDataDir` with the extension in `extensionDir` loaded. When the
 * extension has a service worker, waits for it (and checks `extensionIdFor` against its id).
 */
export async function launchBench(userDataDir: string, extensionDir: string): Promise<Bench> {
  const context = await launchChromium(userDataDir, extensionDir);
  let extensionId = extensionIdFor(extensionDir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  if (manifest.background?.service_worker) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const reported = new URL(worker.url()).host;
    if (reported !== extensionId) {
      await context.close();
      throw new Error(`extensionIdFor(${extensionDir}) gave ${extensionId}, Chromium ${reported}.`);
    }
    extensionId = reported;
  }
  return {
    context,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: () => context.close(),
  };
}

/** The browser's version, e.g. `Chrome/156.0.8078.79`. */
export async function browserVersion(bench: Bench): Promise<string> {
  const page = await bench.context.newPage();
  try {
    const cdp = await bench.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await page.close();
  }
}

/** Reads a built HTML file of the bench copy. */
export function readBuilt(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
