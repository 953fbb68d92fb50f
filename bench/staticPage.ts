import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type Bench, readBuilt } from './browser';
import { COPY, PEER_COPY, PEER_STATIC, type Profile, staticFile } from './config';
import { STATEMENT } from './paint';
import type { PeerSource } from './peer';
import { WIN_LABEL } from './popup';

/**
 * The physical limit the pages are compared with: a static copy of what a page shows, with the
 * same head (meta, inline style, stylesheets linked from the same built files) and no script,
 * captured from the live page once it has settled. It lives only in the bench copy of the build
 * (`.output/bench-chrome-mv3`), so it is an extension page too: same origin, same process, same
 * disk.
 */

/** Copies the built extension to the bench folder, replacing any earlier copy. */
export function makeBenchCopy(from: string, to: string): void {
  if (!existsSync(join(from, 'manifest.json'))) {
    throw new Error(`No build in ${from}: run \`wxt build\` first (npm run bench does).`);
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/**
 * The static page for a built page: its `<head>` without scripts or module preloads, and the
 * body as the live page rendered it. The value statement keeps (or, on a page without it,
 * gets) `elementtiming`, so both pages are timed the same way.
 */
export function staticPage(
  builtHtml: string,
  rendered: Rendered,
  note: string,
  options: { statement: boolean },
): string {
  const head = (builtHtml.match(/<head[^>]*>([\s\S]*?)<\/head>/i)?.[1] ?? '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*>\s*/gi, '');
  let body = rendered.body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  if (options.statement && !body.includes(`elementtiming="${STATEMENT}"`)) {
    body = body.replace(/<h1\b/i, `<h1 elementtiming="${STATEMENT}"`);
  }
  const attrs = Object.entries(rendered.htmlAttributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<!doctype html>
<!-- ${note} -->
<html${attrs}>
  <head>
    ${head.trim()}
  </head>
  <body>
    ${body.trim()}
  </body>
</html>
`;
}

/**
 * The static page for a peer's page: its head as rendered (a peer's scripts may add styles to
 * it) and its body, without scripts. Its links are root-relative, so it must be written into the
 * same extension folder.
 */
export function staticPeerPage(rendered: Rendered, note: string): string {
  const head = rendered.head.replace(
    /<link\b[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>\s*/gi,
    '',
  );
  return staticPage(`<head>${head}</head>`, rendered, note, { statement: false });
}

/** Writes a page into the bench copy. Chromium reads unpacked extensions from disk on each load. */
export function writePage(dir: string, file: string, html: string): void {
  writeFileSync(join(dir, file), html);
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

/**
 * The peer's static page, from what its new tab shows once settled (its own network requests
 * fail under the test flags, which allow no network). Returns a description of its main
 * element (its first largest-contentful-paint candidate) for the table.
 */
export async function writePeerStatic(bench: Bench, peer: PeerSource): Promise<string> {
  const page = await bench.context.newPage();
  let main = '';
  try {
    await page.goto(bench.url(peer.newtab), { waitUntil: 'load' });
    main = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const el = (list.getEntries()[0] as PerformanceEntry & { element?: Element }).element;
            resolve(
              el ? `<${el.tagName.toLowerCase()}> "${el.textContent?.trim().slice(0, 24)}"` : '?',
            );
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve('?'), 3000);
        }),
    );
  } finally {
    await page.close();
  }
  const rendered: Rendered = await captureRendered(bench, bench.url(peer.newtab), async () => {});
  writePage(
    PEER_COPY,
    PEER_STATIC,
    staticPeerPage(
      rendered,
      `Bench only: ${peer.name} ${peer.version}'s new tab as it rendered, same head and CSS, no script.`,
    ),
  );
  return main;
}

/** Writes the static new tab and popup for a profile, from what the live pages show. */
export async function writeStaticPages(bench: Bench, profile: Profile): Promise<void> {
  await writeStaticNewTab(bench, staticFile('newtab', profile), profile);
  const popup = await captureRendered(bench, bench.url('popup.html'), (page) =>
    page.getByLabel(WIN_LABEL).first().waitFor({ timeout: 5000 }),
  );
  writePage(
    COPY,
    staticFile('popup', profile),
    staticPage(readBuilt(COPY, 'popup.html'), popup, staticNote('popup', profile), {
      statement: false,
    }),
  );
}

/** Writes `file`, the static new tab for a profile, from what its live new tab shows. */
export async function writeStaticNewTab(bench: Bench, file: string, profile: string) {
  const newtab = await captureRendered(bench, bench.url('newtab.html'), (page) =>
    page
      .waitForFunction(
        (name) => document.querySelector(`[elementtiming="${name}"]`)?.textContent?.trim(),
        STATEMENT,
        { timeout: 5000 },
      )
      .then(() => undefined)
      .catch(() => undefined),
  );
  writePage(
    COPY,
    file,
    staticPage(readBuilt(COPY, 'newtab.html'), newtab, staticNote('new tab', profile), {
      statement: true,
    }),
  );
}

const staticNote = (page: string, profile: string) =>
  `Bench only: the ${page} as it rendered on the ${profile} profile, same head and CSS, no script.`;
