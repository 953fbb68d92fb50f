import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Request,
  type Worker,
} from '@playwright/test';
import { FLAGS } from '@/tests/support/chromium';
import { NewTabPage } from './pages/NewTabPage';
import { OPTIONS_WORDS, OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/** The built extension under test. Tests never run against `wxt dev` (it keeps the worker alive). */
export const EXTENSION_DIR = resolve(process.env.FOOTHOLDS_EXTENSION_DIR ?? '.output/chrome-mv3');

/**
 * The browser's own language: English, a Spanish browser (`--lang=es`, locale es-ES), or English
 * with no country (`en` alone: a browser that names no region, so crisis help asks for one).
 */
export type BrowserLanguage = 'en' | 'es' | 'en-no-region';

/** Starts Chromium on a profile folder with the extension loaded. */
export async function launch(
  userDataDir: string,
  options: {
    colorScheme?: 'light' | 'dark' | 'no-preference' | null;
    browserLanguage?: BrowserLanguage;
  } = {},
): Promise<BrowserContext> {
  const spanish = options.browserLanguage === 'es';
  const noRegion = options.browserLanguage === 'en-no-region';
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    ...(spanish ? { locale: 'es-ES' } : noRegion ? { locale: 'en' } : {}),
    args: [
      ...FLAGS,
      ...(spanish ? ['--lang=es', '--accept-lang=es'] : []),
      ...(noRegion ? ['--lang=en', '--accept-lang=en'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/**
 * Pins the extension to the toolbar in a closed profile's preferences, as a person does with the
 * puzzle piece's pin; the browser reads it at its next start.
 */
export function pinToToolbar(userDataDir: string, extensionId: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [extensionId] };
  writeFileSync(file, JSON.stringify(prefs));
}

/** The extension's service worker in a context (waits for it to register). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Stops every service worker through CDP, as Chrome does after ~30 s idle, and waits until it
 * has stopped. The old `Worker` handle stays usable once an extension event wakes the worker.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const stopped = new Promise<void>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A worker that had already stopped (or was stopping) reports nothing more: after a few
    // seconds it is taken as stopped, rather than waiting out the test (seen once in CI).
    await Promise.race([stopped, new Promise((done) => setTimeout(done, 5_000))]);
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/**
 * Reloads the extension as an update would (`chrome.runtime.reload()`). Chromium disables a
 * command-line-loaded unpacked extension on reload ("unsupportedDeveloperExtension") unless
 * developer mode is on, so it is turned on first through chrome://extensions.
 */
export async function reloadExtension(context: BrowserContext, worker: Worker): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        (chrome as any).developerPrivate.updateProfileConfiguration(
          { inDeveloperMode: true },
          done,
        ),
      ),
  );
  await page.close();
  await worker.evaluate(() => chrome.runtime.reload());
}

/**
 * Whether a request left the extension: anything but its own files, `data:` and `blob:`.
 * `chrome://` is Chromium's own UI (a test opens chrome://extensions), never the network.
 */
function leavesExtension(request: Request): boolean {
  return !/^(chrome-extension|data|blob|chrome):/.test(request.url());
}

interface Options {
  /** The browser's own language (`test.use({ browserLanguage: 'es' })`); English unless set. */
  browserLanguage: BrowserLanguage;
}

interface Fixtures {
  /** Every request of the pages and the worker that left the extension; must stay empty. */
  sent: string[];
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /**
   * Closes the browser and starts it again on the same profile; returns the new context.
   * `whileClosed` runs in between, e.g. to change the profile's preferences.
   */
  relaunch: (whileClosed?: () => void) => Promise<BrowserContext>;
  popup: PopupPage;
  newtab: NewTabPage;
  options: OptionsPage;
  /** Loads a backup file through the options page, as a person (or their therapist) would. */
  seed: (backupText: string) => Promise<void>;
}

/** The test function with the extension fixtures. */
export const test = base.extend<Options & Fixtures>({
  browserLanguage: ['en', { option: true }],
  // Nothing is sent anywhere: every spec that starts the browser records its
  // requests, and any to a remote address fails the test.
  sent: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
    async ({}, use) => {
      const sent: string[] = [];
      await use(sent);
      expect(sent, 'requests that left the extension').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'footholds-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, colorScheme, browserLanguage, sent }, use) => {
    const launched = await launch(userDataDir, { colorScheme, browserLanguage });
    const holder = { current: watch(launched, sent) };
    await use(new Proxy({} as BrowserContext, contextProxy(holder)));
    await holder.current.close();
  },
  relaunch: async ({ context, userDataDir, colorScheme, browserLanguage, sent }, use) => {
    await use(async (whileClosed) => {
      const holder = (context as unknown as { [HOLDER]: { current: BrowserContext } })[HOLDER];
      await holder.current.close();
      whileClosed?.();
      holder.current = watch(await launch(userDataDir, { colorScheme, browserLanguage }), sent);
      return context;
    });
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  popup: async ({ context, extensionId }, use) => {
    await use(new PopupPage(context, extensionId));
  },
  newtab: async ({ context, extensionId }, use) => {
    await use(new NewTabPage(context, extensionId));
  },
  options: async ({ context, extensionId, browserLanguage }, use) => {
    await use(
      new OptionsPage(context, extensionId, OPTIONS_WORDS[browserLanguage === 'es' ? 'es' : 'en']),
    );
  },
  seed: async ({ options }, use) => {
    await use(async (text) => {
      await options.open();
      await options.importBackup(text);
      await expect(options.page.getByRole('status')).toContainText(options.words.loaded);
      await options.page.close();
    });
  },
});

/** Records into `sent` every request of a browser's pages and workers that left the extension. */
function watch(context: BrowserContext, sent: string[]): BrowserContext {
  context.on('request', (request) => {
    if (leavesExtension(request)) sent.push(request.url());
  });
  return context;
}

const HOLDER = Symbol('holder');

/**
 * The `context` fixture is a stable proxy over the current browser, so page objects and tests
 * keep working after `relaunch()` swaps the browser underneath.
 */
function contextProxy(holder: { current: BrowserContext }): ProxyHandler<BrowserContext> {
  return {
    get(_target, key) {
      if (key === HOLDER) return holder;
      const value = Reflect.get(holder.current, key);
      return typeof value === 'function' ? value.bind(holder.current) : value;
    },
  };
}

export { expect } from '@playwright/test';
export type { Page };
