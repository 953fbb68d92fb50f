import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATEMENT } from './browser';

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
  rendered: { htmlAttributes: Record<string, string>; body: string },
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

/** Writes a page into the bench copy. Chromium reads unpacked extensions from disk on each load. */
export function writePage(dir: string, file: string, html: string): void {
  writeFileSync(join(dir, file), html);
}
