import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/**
 * Debian's stock Firefox ESR with the built Firefox extension, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox). The quirks this file works around
 * are noted where they bite, and in docs/firefox.md. One browser at a time: these machines have 2 cores.
 */

/** The built Firefox extension under test (`npm run build:firefox`), never `wxt dev`. */
export const EXTENSION_DIR = resolve(process.env.FOOTHOLDS_FIREFOX_DIR ?? '.output/firefox-mv3');

/** The add-on id, from the built manifest. */
export const GECKO_ID: string = JSON.parse(
  readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
).browser_specific_settings.gecko.id;

/** A fixed internal UUID (pref `extensions.webextensions.uuids`), so the host needs no lookup. */
const UUID = '5f0d7a3e-2b1c-4e8a-9c6d-0f3b2a1e4d57';

/** The extension's origin. `new URL('moz-extension://…').origin` is "null": compare hosts. */
export const ORIGIN = `moz-extension://${UUID}`;

/** Where screenshots go, to be looked at (and the store's copied from, `npm run store:screenshots`). */
export const SHOTS_DIR = resolve(
  process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results',
  'firefox',
  'screenshots',
);

/** Schemes a page or the background may load from: nothing leaves the browser. */
const LOCAL = /^(moz-extension|data|blob):/;

/** How a Firefox is started: a temporary add-on (the default), or installed in the profile. */
export interface LaunchOptions {
  /**
   * Installs the add-on into the profile (a pointer file in `<profile>/extensions/`), so it and
   * its data survive a relaunch; a temporary add-on is gone after one.
   */
  permanent?: boolean;
}

/** `url` as the extension pages' CSP (`upgrade-insecure-requests`) asks for it: http becomes https. */
const upgraded = (url: string) => url.replace(/^http:/, 'https:');

/** A running Firefox with Footholds, and what its pages asked the network for. */
export class Firefox {
  /** Every request seen that was not to `moz-extension:`, `data:` or `blob:`. */
  readonly sent: string[] = [];
  private readonly expected = new Set<string>();
  /** Every request seen, local or not (BiDi reports few local ones; see `watch`). */
  readonly seen: string[] = [];
  readonly downloads: string;
  browser!: Browser;

  private constructor(
    readonly profile: string,
    private readonly options: LaunchOptions,
  ) {
    this.downloads = join(profile, 'downloads');
  }

  /** Starts Firefox on a fresh profile with the extension installed. */
  static async launch(options: LaunchOptions = {}): Promise<Firefox> {
    const firefox = new Firefox(mkdtempSync(join(tmpdir(), 'footholds-firefox-')), options);
    mkdirSync(firefox.downloads);
    if (options.permanent) {
      mkdirSync(join(firefox.profile, 'extensions'));
      writeFileSync(join(firefox.profile, 'extensions', GECKO_ID), EXTENSION_DIR);
    }
    await firefox.start();
    return firefox;
  }

  private async start(): Promise<void> {
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: this.profile,
      // Without it Firefox 153 refuses WebDriver navigation to moz-extension:// and chrome scope.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Firefox's own alert window, not the system's: notifications stay listed and clickable.
        'alerts.useSystemBackend': false,
        'xpinstall.signatures.required': false,
        'browser.download.folderList': 2,
        'browser.download.dir': this.downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
    this.browser.on('targetcreated', (target) => {
      void target.page().then((page) => page && this.watch(page));
    });
    for (const page of await this.browser.pages()) this.watch(page);
    await this.watchBackground();
    if (!this.options.permanent) await this.browser.installExtension(EXTENSION_DIR);
  }

  /** Closes Firefox and starts it again on the same profile (needs `permanent`). */
  async relaunch(): Promise<void> {
    if (!this.options.permanent) throw new Error('A temporary add-on does not survive a relaunch');
    await this.browser.close();
    await this.start();
  }

  /** Closes Firefox and deletes its profile. */
  async close(): Promise<void> {
    await this.browser?.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Records every request a page makes. Firefox's BiDi reports network (http, https) loads. */
  private watch(page: Page): void {
    page.on('request', (request) => this.record(request.url()));
  }

  private record(url: string): void {
    this.seen.push(url);
    if (!LOCAL.test(url) && !this.expected.has(upgraded(url))) this.sent.push(url);
  }

  /**
   * Records, from chrome scope, every network channel the extension opens anywhere (its pages
   * and its background, which BiDi does not show as a page): any http(s) or WebSocket request
   * whose loading or triggering principal is the add-on. Firefox's own traffic (remote
   * settings) has the system principal and is left out.
   */
  private async watchBackground(): Promise<void> {
    await this.chrome(`(() => {
      const id = ${JSON.stringify(GECKO_ID)};
      globalThis.__footholdsSent = [];
      const ours = (p) => p && (p.addonId === id || (p.spec || '').startsWith(${JSON.stringify(ORIGIN)}));
      Services.obs.addObserver({
        observe(subject) {
          const channel = subject.QueryInterface(Ci.nsIChannel);
          const info = channel.loadInfo;
          if (ours(info?.loadingPrincipal) || ours(info?.triggeringPrincipal)) {
            globalThis.__footholdsSent.push(channel.URI.spec);
          }
        },
      }, 'http-on-modify-request');
    })()`);
  }

  /** Everything the network recorders hold; the chrome-scope list is moved into `seen`. */
  async requests(): Promise<{ seen: string[]; sent: string[] }> {
    const urls = JSON.parse(
      (await this.chrome('JSON.stringify(globalThis.__footholdsSent.splice(0))')) as string,
    ) as string[];
    for (const url of urls) this.record(url);
    return { seen: [...this.seen], sent: [...this.sent] };
  }

  /**
   * Forgets a deliberate request (the recorder's own test) and any copy of it still to come:
   * Firefox may ask again for it, upgraded to https, after the first attempt is recorded. The
   * check after the test still sees every other request. `afterEach` clears the list.
   */
  async forgetRequest(url: string): Promise<void> {
    await this.requests();
    this.expected.add(upgraded(url));
    const left = this.sent.filter((sent) => !this.expected.has(upgraded(sent)));
    this.sent.length = 0;
    this.sent.push(...left);
  }

  /** Requests named by `forgetRequest` count again (after each test). */
  expectNothing(): void {
    this.expected.clear();
  }

  /**
   * Opens an extension page in a new tab and waits for it to load. `page.goto()` never resolves
   * on extension pages (no load events there), so it navigates through BiDi itself.
   */
  async open(path: string, viewport = { width: 1100, height: 800 }): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setViewport(viewport);
    await navigate(page, `${ORIGIN}/${path}`);
    return page;
  }

  /** Every open tab with its address (`page.url()` stays about:blank on extension pages). */
  async tabs(): Promise<{ page: Page; href: string }[]> {
    const pages = await this.browser.pages();
    return Promise.all(
      pages.map(async (page) => ({
        page,
        href: await page.evaluate(() => location.href).catch(() => ''),
      })),
    );
  }

  /** Waits for a tab whose address contains `part` (one the extension opened itself). */
  async waitForTab(part: string, timeout = 10_000): Promise<Page> {
    const end = Date.now() + timeout;
    for (;;) {
      const found = (await this.tabs()).find((t) => t.href.includes(part));
      if (found) {
        await found.page.waitForFunction(() => document.readyState === 'complete');
        return found.page;
      }
      if (Date.now() > end) throw new Error(`No tab at ${part} within ${timeout} ms`);
      await sleep(200);
    }
  }

  /** Evaluates an expression in Firefox's own (chrome-scope) window, or another chrome window. */
  async chrome(expression: string, urlPart = 'browser.xhtml'): Promise<unknown> {
    const connection = (this.browser as any).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = (tree.result.contexts as { context: string; url: string }[]).find((c) =>
      c.url.includes(urlPart),
    );
    if (!context) throw new Error(`No chrome window at ${urlPart}`);
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: context.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return result.result.value;
  }

  /** Whether the extension's background is running or stopped. */
  async backgroundState(): Promise<string> {
    return (await this.chrome(`${EXTENSION}.backgroundState`)) as string;
  }

  /** Stops the background as Firefox does when it is idle, and waits until it has stopped. */
  async stopBackground(): Promise<void> {
    await this.chrome(`${EXTENSION}.terminateBackground()`);
  }

  /** Clicks the reminder showing in Firefox's alert window, as a person would. */
  async clickNotification(): Promise<void> {
    await this.chrome('onAlertClick()', 'alerts/alert.xhtml');
  }

  /** The text of a file Firefox downloaded, waiting for it to finish. */
  async download(name: RegExp, timeout = 10_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      // Firefox writes `name.part` first and renames it when the download is complete.
      const file = readdirSync(this.downloads).find((f) => name.test(f) && !f.endsWith('.part'));
      if (file) {
        const text = readFileSync(join(this.downloads, file), 'utf8');
        rmSync(join(this.downloads, file));
        if (text) return text;
      }
      if (Date.now() > end) throw new Error(`No download matching ${name} within ${timeout} ms`);
      await sleep(100);
    }
  }
}

/** The add-on as Firefox's parent process holds it. */
const EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
  .ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

/** Navigates a tab and waits for the load (see `Firefox.open`). */
export async function navigate(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as any).browsingContext.navigate(url, 'complete');
}

/** Waits a little. */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * One Firefox for a test file (launched before its first test, closed after its last), and the
 * rule every test keeps: no request left the browser.
 */
export function useFirefox(options: LaunchOptions = {}): { readonly current: Firefox } {
  const holder = { current: undefined as unknown as Firefox };
  beforeAll(async () => {
    holder.current = await Firefox.launch(options);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  afterEach(async () => {
    const { sent } = await holder.current.requests();
    holder.current.expectNothing();
    expect(sent, 'requests to anything but moz-extension:, data: or blob:').toEqual([]);
  });
  return holder;
}
