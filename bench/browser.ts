import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { FLAGS } from '../tests/support/chromium';

/**
 * The browser side of `npm run bench`: Chromium launched as the E2E harness does
 * (tests/e2e/fixtures.ts: the same flags from tests/support/chromium.ts, headless, same viewport),
 * but on the bench copy of the build, and one measured page load at a time, each in a fresh tab.
 */

/** The `elementtiming` name of the new tab's value statement. */
export const STATEMENT = 'value-statement';

/** The popup's text field; "usable" means it is present and enabled. */
export const WIN_LABEL = 'What did you do?';

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

/** Paint times of one load, in ms from navigation start. */
export interface PaintSample {
  /** `renderTime` of the first `element` entry named `value-statement`; null if none came. */
  element: number | null;
  /** `first-contentful-paint`; null if none came. */
  fcp: number | null;
  /**
   * `largest-contentful-paint` (`renderTime`), the first candidate reported: a page's main
   * element when it names none for element timing (the peer). Null if none came.
   */
  lcp: number | null;
  /**
   * The same three as `paintTime`: when the main thread finished the rendering update that
   * painted them, before the compositor put the frame on screen (the figures above). It is not
   * rounded to 4 ms, and it leaves out the compositor's share, which no page controls.
   */
  paint: { element: number | null; fcp: number | null; lcp: number | null };
  /** The page's `location.href` and `performance.timeOrigin` (epoch ms). */
  href: string;
  timeOrigin: number;
}

/**
 * Loads `url` in a fresh tab, waits for `load`, then reads the value statement's element timing,
 * first-contentful-paint and largest-contentful-paint through buffered PerformanceObservers.
 */
export async function loadForPaint(bench: Bench, url: string): Promise<PaintSample> {
  const page = await bench.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await readPaintIn(page);
  } finally {
    await page.close();
  }
}

/** Reads a loaded page's paint times (see `PaintSample`). */
export function readPaintIn(page: Page): Promise<PaintSample> {
  return page.evaluate(readPaint, { name: STATEMENT, timeoutMs: 3000 });
}

/**
 * Runs in the page. Self-contained: it is sent to the page as text. Done once FCP and the main
 * element have come: the element named `name` for element timing, or, on a page naming none,
 * the first largest-contentful-paint candidate.
 */
function readPaint(options: { name: string; timeoutMs: number }): Promise<PaintSample> {
  return new Promise((resolve) => {
    const out: PaintSample = {
      element: null,
      fcp: null,
      lcp: null,
      paint: { element: null, fcp: null, lcp: null },
      href: location.href,
      timeOrigin: performance.timeOrigin,
    };
    type Timed = PerformanceEntry & { renderTime?: number; loadTime?: number; paintTime?: number };
    const shown = (e: Timed) => e.renderTime || e.loadTime || e.startTime;
    const painted = (e: Timed) => (typeof e.paintTime === 'number' ? e.paintTime : null);
    const expectElement = document.querySelector(`[elementtiming="${options.name}"]`) !== null;
    const observers: PerformanceObserver[] = [];
    const finish = () => {
      for (const o of observers) o.disconnect();
      resolve(out);
    };
    const maybeDone = () => {
      if (out.fcp !== null && (expectElement ? out.element !== null : out.lcp !== null)) finish();
    };
    const observe = (type: string, take: (entry: Timed) => void) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Timed[]) take(entry);
        maybeDone();
      });
      observers.push(observer);
      observer.observe({ type, buffered: true });
    };
    observe('element', (entry) => {
      if ((entry as Timed & { identifier: string }).identifier !== options.name) return;
      if (out.element === null || shown(entry) < out.element) {
        out.element = shown(entry);
        out.paint.element = painted(entry);
      }
    });
    observe('paint', (entry) => {
      if (entry.name !== 'first-contentful-paint') return;
      out.fcp = entry.startTime;
      out.paint.fcp = painted(entry);
    });
    observe('largest-contentful-paint', (entry) => {
      if (out.lcp !== null) return;
      out.lcp = shown(entry);
      out.paint.lcp = painted(entry);
    });
    setTimeout(finish, options.timeoutMs);
  });
}

/** When the popup's field became usable, in ms from navigation start. */
export interface UsableSample {
  /** The field is in the document and enabled. */
  dom: number | null;
  /** …and the next frame has been produced (requestAnimationFrame, then a task). */
  frame: number | null;
}

/**
 * Installed before the page's own scripts: a MutationObserver that notes when a field labelled
 * "What did you do?" is present and enabled, then waits one frame.
 */
const USABLE_SCRIPT = `(() => {
  const LABEL = ${JSON.stringify(WIN_LABEL)};
  let resolve;
  window.__benchUsable = new Promise((r) => { resolve = r; });
  const find = () => {
    for (const label of document.querySelectorAll('label')) {
      const control = label.control;
      if (control && label.textContent.trim() === LABEL && !control.matches(':disabled')) return control;
    }
    const named = document.querySelector('[aria-label="' + LABEL + '"]');
    return named && !named.matches(':disabled') ? named : null;
  };
  const observer = new MutationObserver(() => {
    if (!find()) return;
    observer.disconnect();
    const dom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ dom, frame: performance.now() });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['disabled'],
  });
})();`;

/** Loads `url` in a fresh tab and reads when its "What did you do?" field became usable. */
export async function loadForUsable(bench: Bench, url: string): Promise<UsableSample> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript({ content: USABLE_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          (window as unknown as { __benchUsable: Promise<UsableSample> }).__benchUsable,
          new Promise<UsableSample>((r) =>
            setTimeout(() => r({ dom: null, frame: null }), timeoutMs),
          ),
        ]),
      5000,
    );
  } finally {
    await page.close();
  }
}

/** What a page showed once settled: `<html>` attributes, head and body markup, no scripts. */
export interface Rendered {
  htmlAttributes: Record<string, string>;
  /** The head as rendered (with what scripts added to it, such as styles), scripts removed. */
  head: string;
  body: string;
}

/**
 * Opens `url` once, lets it settle, and returns what it shows (see `Rendered`). The static
 * pages are built from this.
 */
export async function captureRendered(
  bench: Bench,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<Rendered> {
  const page = await bench.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return await page.evaluate(() => {
      const attrs: Record<string, string> = {};
      for (const a of Array.from(document.documentElement.attributes)) attrs[a.name] = a.value;
      const strip = (el: HTMLElement) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const s of Array.from(copy.querySelectorAll('script'))) s.remove();
        return copy.innerHTML;
      };
      return { htmlAttributes: attrs, head: strip(document.head), body: strip(document.body) };
    });
  } finally {
    await page.close();
  }
}

/** The first frame a page painted, from a CDP screencast. */
export interface FirstFrame {
  /** Top-left pixel of the first frame after the sentinel page, as `#rrggbb`; null if none. */
  first: string | null;
  /** Top-left pixel of the last frame (the settled page). */
  last: string | null;
  frames: number;
}

/** Magenta: what the tab shows before navigating, so the page's own first frame stands out. */
const SENTINEL = '#ff00ff';

/** A magenta page for the bench copy (`bench-sentinel.html`), used by `firstFrameDark`. */
export const SENTINEL_PAGE = `<!doctype html><meta charset="utf-8"><title>sentinel</title><style>html,body{background:${SENTINEL}}</style>`;

/**
 * Loads `url` in dark mode in a fresh tab that first shows the magenta `bench-sentinel.html`
 * (an extension page too, so the navigation stays in the same renderer and the screencast keeps
 * running), with a CDP screencast; returns the top-left pixel of the first frame that is not
 * magenta (the page's first painted frame: Chromium keeps the old frame until the new page
 * paints) and of the last frame. Retries a load that yielded no frame.
 */
export async function firstFrameDark(bench: Bench, url: string, tries = 3): Promise<FirstFrame> {
  let result: FirstFrame = { first: null, last: null, frames: 0 };
  for (let i = 0; i < tries && result.first === null; i++)
    result = await screencastLoad(bench, url);
  return result;
}

async function screencastLoad(bench: Bench, url: string): Promise<FirstFrame> {
  const page = await bench.context.newPage();
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(bench.url('bench-sentinel.html'), { waitUntil: 'load' });
    const cdp = await bench.context.newCDPSession(page);
    const colours: string[] = [];
    let navigated = false;
    let sentinelSeen = false;
    let settle: () => void = () => {};
    const settled = new Promise<void>((r) => {
      settle = r;
    });
    cdp.on('Page.screencastFrame', (frame) => {
      const colour = topLeftPixel(frame.data);
      if (colour === SENTINEL) sentinelSeen = true;
      else if (navigated) {
        colours.push(colour);
        settle();
      }
      cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    for (let waited = 0; !sentinelSeen && waited < 2000; waited += 50) {
      await page.waitForTimeout(50);
    }
    if (!sentinelSeen) return { first: null, last: null, frames: 0 };
    navigated = true;
    await page.goto(url, { waitUntil: 'load' });
    await Promise.race([settled, page.waitForTimeout(3000)]);
    await page.waitForTimeout(300);
    await cdp.send('Page.stopScreencast');
    await cdp.detach();
    return { first: colours[0] ?? null, last: colours.at(-1) ?? null, frames: colours.length };
  } finally {
    await page.close();
  }
}

/**
 * The top-left pixel of a PNG (base64) as `#rrggbb`. For the first pixel of the first row every
 * PNG filter predicts 0, so the stored bytes are the pixel itself: no full decode is needed.
 */
export function topLeftPixel(base64: string): string {
  const png = Buffer.from(base64, 'base64');
  const idat: Buffer[] = [];
  let colourType = 2;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') colourType = data[9];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // raw[0] is the first row's filter type; RGB or RGBA follow (8-bit).
  if (colourType !== 2 && colourType !== 6)
    throw new Error(`Unexpected PNG colour type ${colourType}`);
  return `#${[raw[1], raw[2], raw[3]].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** The floor under import and export: the same work done bare, in an extension page. */
export interface StorageLimit {
  /** `JSON.parse` of the backup text. */
  parseMs: number;
  /** All values, commitments and entries put in one transaction into an empty scratch database
   * laid out as the app stores them now: entries a day to a record (see utils/db.ts). */
  writeMs: number;
  /** The same data one record per entry, with the three entry indexes database version 1 had:
   * the layout the app moved away from, for comparison. */
  writePerEntryMs: number;
  /** `getAll` of every store in one transaction (day layout). */
  readMs: number;
  /** `JSON.stringify(…, null, 2)` of what was read, as export writes it. */
  stringifyMs: number;
}

/**
 * Runs the import and export work without the app (no validation, no UI, no change notices) in
 * `page`, on a scratch database that is deleted afterwards; the app's data is not touched.
 */
export async function storageLimit(page: Page, text: string): Promise<StorageLimit> {
  return page.evaluate(async (backupText) => {
    const NAME = 'footholds-bench-scratch';
    type Layout = 'days' | 'perEntry';
    const done = (request: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (request instanceof IDBTransaction) {
          request.oncomplete = () => resolve();
          request.onerror = () => reject(request.error);
          request.onabort = () => reject(request.error);
        } else {
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }
      });
    const open = async (layout: Layout) => {
      await done(indexedDB.deleteDatabase(NAME));
      const opening = indexedDB.open(NAME, 1);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        db.createObjectStore('values', { keyPath: 'id' });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        if (layout === 'days') {
          db.createObjectStore('days', { keyPath: 'day' });
          return;
        }
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('byDay', 'day');
        entries.createIndex('byCommitment', 'commitmentId');
        entries.createIndex('byAt', 'at');
      };
      await done(opening);
      return opening.result;
    };
    type Entry = { day: string };
    const records = (
      data: Record<string, unknown[]>,
      layout: Layout,
    ): Record<string, unknown[]> => {
      if (layout === 'perEntry') {
        return { values: data.values, commitments: data.commitments, entries: data.entries };
      }
      const days = new Map<string, unknown[]>();
      for (const e of data.entries as Entry[]) {
        const list = days.get(e.day);
        if (list) list.push(e);
        else days.set(e.day, [e]);
      }
      return {
        values: data.values,
        commitments: data.commitments,
        days: [...days].map(([day, entries]) => ({ day, entries })),
      };
    };
    const writeAll = async (db: IDBDatabase, data: Record<string, unknown[]>, layout: Layout) => {
      const start = performance.now();
      const byStore = records(data, layout);
      const stores = Object.keys(byStore);
      const write = db.transaction(stores, 'readwrite');
      for (const store of stores) {
        for (const record of byStore[store]) write.objectStore(store).add(record);
      }
      await done(write);
      return performance.now() - start;
    };

    const t0 = performance.now();
    const data = JSON.parse(backupText);
    const parseMs = performance.now() - t0;

    const perEntry = await open('perEntry');
    const writePerEntryMs = await writeAll(perEntry, data, 'perEntry');
    perEntry.close();

    const db = await open('days');
    const writeMs = await writeAll(db, data, 'days');
    const stores = ['values', 'commitments', 'days'];
    const t1 = performance.now();
    const read = db.transaction(stores, 'readonly');
    const requests = stores.map((store) => read.objectStore(store).getAll());
    await done(read);
    const t2 = performance.now();
    JSON.stringify(
      {
        values: requests[0].result,
        commitments: requests[1].result,
        entries: requests[2].result.flatMap((d: { entries: unknown[] }) => d.entries),
      },
      null,
      2,
    );
    const t3 = performance.now();
    db.close();
    await done(indexedDB.deleteDatabase(NAME));
    return { parseMs, writeMs, writePerEntryMs, readMs: t2 - t1, stringifyMs: t3 - t2 };
  }, text);
}

/** Reads a built HTML file of the bench copy. */
export function readBuilt(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** What the weekly review's charts over weeks must show before they count as painted. */
export const REVIEW_CHARTS = '[data-weeks="12"] [data-chart="time-of-day"]';

/**
 * Installed before the page's own scripts: notes when the review's 12-week charts (and its
 * Patterns) are in the document, then waits one frame, as `USABLE_SCRIPT` does.
 */
const CHARTS_SCRIPT = `(() => {
  let resolve;
  window.__benchCharts = new Promise((r) => { resolve = r; });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(REVIEW_CHARTS)})) return;
    if (!document.querySelector('#patterns-mood-heading')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Loads the weekly review (`options.html#review`) in a fresh tab and reads when Patterns and
 * the 12-week charts were painted, in ms from navigation start (null if not within 10 s).
 */
export async function loadForCharts(bench: Bench, url: string): Promise<number | null> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript({ content: CHARTS_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          (window as unknown as { __benchCharts: Promise<number> }).__benchCharts,
          new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
        ]),
      10_000,
    );
  } finally {
    await page.close();
  }
}
