import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MODULE_ATTRIBUTE } from '@/utils/pages/newtab/paintScriptFile';

/**
 * What each page of the built extension loads at start, and how big it is. Deterministic, so
 * `tests/e2e/size.spec.ts` asserts the budgets from it and `npm run bench` prints it (so it lives
 * in tests/support/, shared by both).
 *
 * A page loads what its HTML names (`<script src>`, the module a script names in `data-module`,
 * `<link rel="modulepreload">`, `<link rel="stylesheet">`) and, from each script, every static `import … from './x.js'` and
 * `export … from './x.js'`, followed to the end. Dynamic `import('./x.js')` is lazy: counted on
 * its own line (`lazyJs`), never in the page's budget. Gzip is per file at level 9, since each
 * file is read separately.
 */

/** Budgets from issues 6 and 14, in bytes of gzip (1 KB = 1000 bytes, the stricter reading). */
export const BUDGETS = {
  newtabJsGzip: 12_000,
  popupJsGzip: 20_000,
  optionsJsGzip: 60_000,
} as const;

/** One file a page loads. */
export interface LoadedFile {
  /** Path inside the extension folder, like `chunks/newtab-abc.js`. */
  path: string;
  raw: number;
  gzip: number;
}

/** What one page loads, summed by kind. */
export interface PageSize {
  page: string;
  js: { raw: number; gzip: number; files: LoadedFile[] };
  css: { raw: number; gzip: number; files: LoadedFile[] };
  /** Scripts reached only through dynamic `import()` (loaded later, on demand). */
  lazyJs: { raw: number; gzip: number; files: LoadedFile[] };
}

/** The pages measured: the three HTML pages and the service worker. */
export const PAGES = ['newtab', 'popup', 'options', 'background'] as const;

/** Sizes of every page in a built extension folder (default `.output/chrome-mv3`). */
export function measureSizes(dir = '.output/chrome-mv3'): Record<string, PageSize> {
  const out: Record<string, PageSize> = {};
  for (const page of PAGES) out[page] = measurePage(dir, page);
  return out;
}

/** Sizes of one page (`newtab`, `popup`, `options`) or of `background` (the service worker). */
export function measurePage(dir: string, page: string): PageSize {
  const scripts: string[] = [];
  const styles: string[] = [];
  if (page === 'background') {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const worker: string | undefined = manifest.background?.service_worker;
    if (!worker) throw new Error('The manifest names no background service worker.');
    scripts.push(clean(worker));
  } else {
    const html = readFileSync(join(dir, `${page}.html`), 'utf8');
    for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
      const name = tag.slice(1, 5).toLowerCase() === 'link' ? 'link' : 'script';
      const rel = attr(tag, 'rel')?.toLowerCase();
      const url = name === 'script' ? attr(tag, 'src') : attr(tag, 'href');
      if (!url || /^[a-z]+:/i.test(url)) continue;
      const path = resolveFrom(`${page}.html`, url);
      if (name === 'script' || rel === 'modulepreload') scripts.push(path);
      // The new tab's paint script starts the page's module right after the first frame.
      const started = name === 'script' ? attr(tag, MODULE_ATTRIBUTE) : undefined;
      if (started) scripts.push(resolveFrom(`${page}.html`, started));
      else if (rel === 'stylesheet') styles.push(path);
    }
  }
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (path: string, set: Set<string>) => {
    if (eager.has(path) || set.has(path)) return;
    set.add(path);
    const code = read(dir, path).toString('utf8');
    for (const spec of staticImports(code)) visit(resolveFrom(path, spec), set);
    for (const spec of dynamicImports(code)) {
      const target = resolveFrom(path, spec);
      if (!eager.has(target)) visit(target, lazy);
    }
  };
  for (const path of scripts) visit(path, eager);
  for (const path of eager) lazy.delete(path);
  return {
    page,
    js: total(dir, [...eager]),
    css: total(dir, styles),
    lazyJs: total(dir, [...lazy]),
  };
}

/** Static imports and re-exports of a built (minified) module. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) if (isRelative(m[1])) found.push(m[1]);
  return found;
}

/** `import('./x.js')` with a literal path. */
export function dynamicImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) {
    if (isRelative(m[1])) found.push(m[1]);
  }
  return found;
}

/** Formats bytes as `12.3 KB` (1 KB = 1000 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function total(dir: string, paths: string[]) {
  const files = paths.map((path): LoadedFile => {
    const bytes = read(dir, path);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    files,
  };
}

function read(dir: string, path: string): Buffer {
  const file = join(dir, path);
  if (!existsSync(file)) {
    throw new Error(`${path} is referenced but missing from ${relative('.', dir) || dir}`);
  }
  return readFileSync(file);
}

function isRelative(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/');
}

/** Resolves a reference found in `from` (a path inside the extension) to a path inside it. */
function resolveFrom(from: string, url: string): string {
  const path = url.split(/[?#]/)[0];
  if (path.startsWith('/')) return clean(path);
  return clean(posix.join(posix.dirname(from), path));
}

function clean(path: string): string {
  return posix.normalize(path).replace(/^\/+/, '');
}

function attr(tag: string, name: string): string | undefined {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
