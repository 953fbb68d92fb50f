/**
 * The first frames, made at build time so no page waits for its JavaScript to show something:
 * - popup.html holds the popup's first frame (the bench's goal: within 1.3x a static page);
 * - newtab.html holds the new tab's frame, whose element ids come from `ValueStatement`, the one
 *   source the paint script also reads (`PAINT_IDS`);
 * - `newtab-paint.js` is `runPaintScript` (utils/pages/newtab/paintScript.ts) bundled on its own
 *   into a minified classic script, loaded, parsed and run before the new tab's first frame.
 * See modules/README.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { languageTag, popupPageFor } from '../../utils/model/language';
import { PAINT_SCRIPT_PATH } from '../../utils/pages/newtab/paintScriptFile';
import { bundlePaintScript } from './paintBundle';

type Renders = typeof import('./render');

const RENDERS = resolve(import.meta.dirname, 'render.tsx');
/** The project's root, which the app's `@/` imports name (WXT's alias, given to Vite's runner). */
const ROOT = resolve(import.meta.dirname, '../..');

/** Loads the render module once, for every page and language. */
function rendersLoader(): () => Promise<Renders> {
  let renders: Promise<Renders> | undefined;
  return () => {
    renders ??= runnerImport<Renders>(RENDERS, {
      configFile: false,
      logLevel: 'error',
      // The words see the test build's pseudo-language as the pages do.
      define: { __FOOTHOLDS_PSEUDO__: JSON.stringify(process.env.WXT_PSEUDO === '1') },
      resolve: { alias: { '@': ROOT } },
    }).then((r) => r.module);
    return renders;
  };
}

/** The HTML a page's `<div id="app">` starts with, rendered from the page's own components. */
function firstFrames(load: () => Promise<Renders>): Plugin {
  return {
    name: 'footholds:first-frames',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const page = /[\\/](popup|newtab)[\\/]index\.html$/.exec(ctx.filename)?.[1];
        if (!page) return html;
        const r = await load();
        if (page === 'newtab')
          return html.replace('<div id="app"></div>', `<div id="app">${r.renderNewTab()}</div>`);
        const frame = r.renderPopup('en');
        return html.replace('<div id="app"></div>', `<div id="app" data-lang="en">${frame}</div>`);
      },
    },
  };
}

/**
 * Writes popup-<lang>.html beside popup.html for each other language this build has words for:
 * the same page (its scripts and styles), with the first frame in that language.
 */
async function popupPerLanguage(outDir: string, load: () => Promise<Renders>): Promise<void> {
  const r = await load();
  const page = join(outDir, 'popup.html');
  const html = await readFile(page, 'utf8');
  // The English frame: from its opening tag to the last </div> before the page's scripts.
  const english = /<div id="app" data-lang="en">[\s\S]*<\/div>(?=\s*(?:<script|<\/body>))/.exec(
    html,
  );
  if (!english) throw new Error('popup.html: its English first frame is not where expected');
  for (const language of r.languages()) {
    if (language === 'en') continue;
    const frame = `<div id="app" data-lang="${language}">${r.renderPopup(language)}</div>`;
    // The page says its language from the first frame, for screen readers and hyphenation.
    const tagged = html.replace(/<html lang="en"/, `<html lang="${languageTag(language)}"`);
    await writeFile(
      join(outDir, popupPageFor(language)),
      tagged.replace(english[0], () => frame),
    );
  }
}

export default defineWxtModule((wxt) => {
  const load = rendersLoader();
  addViteConfig(wxt, () => ({ plugins: [firstFrames(load)] }));
  wxt.hook('build:done', async () => {
    await popupPerLanguage(wxt.config.outDir, load);
  });
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push({ relativeDest: PAINT_SCRIPT_PATH, contents: await bundlePaintScript() });
  });
});
