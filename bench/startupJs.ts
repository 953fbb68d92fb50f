import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadedFile } from '../tests/support/sizes';
import type { Bench } from './browser';

/**
 * The JavaScript a page really loads before its first render, recorded from the page rather
 * than read from the build's import graph (tests/support/sizes.ts): a Spanish page fetches the
 * language switch and one chunk per words part through `import()` and waits for them before it
 * renders, which no static reading of the graph can tell from code loaded later. Every script
 * the tab requests is noted in order until Preact's first render (or hydration) attaches its
 * first event handler to an element; at that moment the page makes one more request, a marker,
 * so the cut falls in the same ordered stream of requests. Each file is then gzipped (level 9)
 * from the bench copy of the build, as sizes.ts does.
 */

/** The scripts a page requested before its first render, and their sizes. */
export interface StartupJs {
  /** The page, e.g. `newtab.html` or `popup-es.html`. */
  page: string;
  /**
   * The language the page started in, when it first rendered: the popup's prerendered language
   * (`#app[data-lang]`), else `<html lang>` (popup-es.html's says "en" until the page follows
   * the setting, after its first render).
   */
  lang: string;
  raw: number;
  gzip: number;
  /** In the order the page requested them. */
  files: LoadedFile[];
}

/** The marker request's query, on a file that exists (no error in the page's console). */
const MARKER = '/manifest.json?bench-first-render';

/**
 * Installed before the page's own scripts: on the first event handler added to an element
 * (Preact's first render or hydration; the paint script and the language step add none), notes
 * the language the page started in (see `StartupJs.lang`) and requests the marker.
 */
const RENDER_SCRIPT = `(() => {
  const add = EventTarget.prototype.addEventListener;
  let marked = false;
  EventTarget.prototype.addEventListener = function (...args) {
    if (!marked && this instanceof Element) {
      marked = true;
      window.__benchRenderedLang = document.getElementById('app')?.dataset.lang || document.documentElement.lang;
      fetch(${JSON.stringify(MARKER)}).catch(() => {});
    }
    return add.apply(this, args);
  };
})();`;

/** Opens `page` in a fresh tab and records the scripts it requests before its first render. */
export async function recordStartupJs(bench: Bench, dir: string, page: string): Promise<StartupJs> {
  const tab = await bench.context.newPage();
  try {
    const paths: string[] = [];
    let rendered = false;
    tab.on('request', (request) => {
      if (rendered) return;
      const url = new URL(request.url());
      if (`${url.pathname}${url.search}` === MARKER) rendered = true;
      else if (request.resourceType() === 'script') paths.push(url.pathname.replace(/^\/+/, ''));
    });
    await tab.addInitScript({ content: RENDER_SCRIPT });
    await tab.goto(bench.url(page), { waitUntil: 'load' });
    const lang = await tab.waitForFunction(
      () => (window as unknown as { __benchRenderedLang?: string }).__benchRenderedLang,
      null,
      { timeout: 10_000 },
    );
    const started = Date.now();
    while (!rendered && Date.now() - started < 5000) await tab.waitForTimeout(50);
    if (!rendered) throw new Error(`${page}: the first-render marker never reached the bench.`);
    const files = [...new Set(paths)].map((path): LoadedFile => {
      const bytes = readFileSync(join(dir, path));
      return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    return {
      page,
      lang: String(await lang.jsonValue()),
      raw: files.reduce((n, f) => n + f.raw, 0),
      gzip: files.reduce((n, f) => n + f.gzip, 0),
      files,
    };
  } finally {
    await tab.close();
  }
}

/** The files `more` loaded that `base` did not (what a language adds before the first render). */
export function added(more: StartupJs, base: StartupJs): LoadedFile[] {
  const had = new Set(base.files.map((f) => f.path));
  return more.files.filter((f) => !had.has(f.path));
}
