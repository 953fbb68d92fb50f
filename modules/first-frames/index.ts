/**
 * The first frames, made at build time so no page waits for its JavaScript to show something:
 * - popup.html holds the popup's first frame (the bench's goal: within 1.3x a static page);
 * - newtab.html holds the new tab's frame, whose element ids come from `ValueStatement`, the one
 *   source the paint script also reads (`PAINT_IDS`);
 * - `newtab-paint.js` is `runPaintScript` (utils/pages/newtab/paintScript.ts) bundled on its own
 *   into a minified classic script, loaded, parsed and run before the new tab's first frame.
 * See modules/README.md.
 */
import { resolve } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { PAINT_SCRIPT_PATH } from '../../utils/pages/newtab/paintScriptFile';
import { bundlePaintScript } from './paintBundle';

type Renders = typeof import('./render');

const RENDERS = resolve(import.meta.dirname, 'render.tsx');
/** The project's root, which the app's `@/` imports name (WXT's alias, given to Vite's runner). */
const ROOT = resolve(import.meta.dirname, '../..');

/** The HTML a page's `<div id="app">` starts with, rendered from the page's own components. */
function firstFrames(): Plugin {
  let renders: Promise<Renders> | undefined;
  const load = () => {
    renders ??= runnerImport<Renders>(RENDERS, {
      configFile: false,
      logLevel: 'error',
      resolve: { alias: { '@': ROOT } },
    }).then((r) => r.module);
    return renders;
  };
  return {
    name: 'footholds:first-frames',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const page = /[\\/](popup|newtab)[\\/]index\.html$/.exec(ctx.filename)?.[1];
        if (!page) return html;
        const r = await load();
        const frame = page === 'popup' ? r.renderPopup() : r.renderNewTab();
        return html.replace('<div id="app"></div>', `<div id="app">${frame}</div>`);
      },
    },
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [firstFrames()] }));
  wxt.hook('build:publicAssets', async (_wxt, files) => {
    files.push({ relativeDest: PAINT_SCRIPT_PATH, contents: await bundlePaintScript() });
  });
});
