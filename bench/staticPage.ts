import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Rendered, STATEMENT } from './browser';

/**
 * The physical limit the pages are compared with: a static copy of what a page shows, with the
 * same head (meta, inline style, stylesheets linked from the same built files) and no script.
 * It lives only in the bench copy of the build (`.output/bench-chrome-mv3`), so it is an
 * extension page too: same origin, same process, same disk.
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
