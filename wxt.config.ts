import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { minifySync, type Plugin, runnerImport } from 'vite';
import { defineConfig } from 'wxt';
import { MODULE_ATTRIBUTE, PAINT_SCRIPT_PATH, paintScriptSource } from './utils/paint';

/**
 * Puts the popup's first frame into popup.html at build time (scripts/prerender.tsx), so the
 * popup is usable before its JavaScript runs (issue #6: popup within 1.3x a static page).
 */
function prerenderPopup(): Plugin {
  return {
    name: 'footholds:prerender-popup',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (!/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const { module } = await runnerImport<typeof import('./scripts/prerender')>(
          resolve('scripts/prerender.tsx'),
          { configFile: false, logLevel: 'error' },
        );
        return html.replace(
          '<div id="app"></div>',
          `<div id="app">${module.prerenderPopup()}</div>`,
        );
      },
    },
  };
}

/**
 * Vite wraps every dynamic `import()` of a page in a preload helper (~0.7 KB gzip on every page,
 * issue #6 budgets), even with `modulePreload: false`, where all it still does is add a lazily
 * loaded chunk's stylesheets. This one does only that: each stylesheet the page does not have yet
 * is added and awaited, then the chunk is imported. Vite calls it as `__vitePreload(load, deps)`,
 * with `deps` the stylesheet paths (empty when there are none).
 */
function smallPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  const code = `export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).map((dep) => {
    const href = '/' + dep;
    if (document.querySelector('link[href="' + href + '"]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
    return new Promise((done) => { link.onload = link.onerror = done; });
  })).then(() => load());`;
  return {
    name: 'footholds:small-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) => (source === id ? code : undefined),
  };
}

/**
 * Vite moves each page's module script into `<head>`. Fetched that early, it is compiled and run
 * before the first frame and delays it: the new tab painted its value statement 1.13-1.17x a
 * static page with the script in the head, 1.04-1.08x with it at the end of the body (bench A/B,
 * issue #6). So the module goes to the end of the body; and on the new tab, whose paint script
 * already shows the statement, the paint script starts the module itself once the first frame
 * is drawn (`startAfterFirstFrame` in utils/paint.ts; 1.03x on a cold extension process, where
 * the end of the body still gave 1.11x).
 */
function moduleScriptLast(): Plugin {
  const paintTag = `<script src="/${PAINT_SCRIPT_PATH}"></script>`;
  return {
    name: 'footholds:module-script-last',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tags = html.match(/\s*<script type="module"[^>]*><\/script>/g) ?? [];
        let out = html;
        for (const tag of tags) out = out.replace(tag, '');
        const src = tags.length === 1 ? tags[0].match(/\ssrc="([^"]+)"/)?.[1] : undefined;
        if (src && out.includes(paintTag)) {
          return out.replace(
            paintTag,
            `<script src="/${PAINT_SCRIPT_PATH}" ${MODULE_ATTRIBUTE}="${src}"></script>`,
          );
        }
        return out.replace('</body>', `${tags.map((t) => t.trim()).join('\n')}\n</body>`);
      },
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only. Auto-imports matched names by text: a parameter called `storage`
  // pulled WXT's storage module (~7 KB) into the new tab, and a component and a type both
  // named StepCheck clashed.
  imports: false,
  vite: () => ({
    plugins: [smallPreloadHelper(), preact(), prerenderPopup(), moduleScriptLast()],
    // FOOTHOLDS_SOURCEMAP=1 adds source maps, to see what makes up each page's JavaScript.
    build: {
      sourcemap: Boolean(process.env.FOOTHOLDS_SOURCEMAP),
      // No modulepreload polyfill or preload helper: pages load local files, where a preload
      // saves next to nothing, and the helper cost ~1 KB gzip on every page (issue #6 budgets).
      modulePreload: false,
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Footholds',
    description: 'Small, kind, repeated steps toward what matters to you.',
    permissions: ['alarms', 'notifications', 'storage', 'idle', 'unlimitedStorage'],
    options_ui: { open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'footholds@footholds.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The new tab's parse-time paint script, generated from utils/paint.ts so its storage keys
    // and element ids have one source, and minified like the rest of the build (it is loaded,
    // parsed and run before the new tab's first frame).
    'build:publicAssets': (_wxt, files) => {
      const { code } = minifySync(PAINT_SCRIPT_PATH, paintScriptSource());
      files.push({ relativeDest: PAINT_SCRIPT_PATH, contents: code });
    },
  },
  zip: {
    // `{{manifestVersion}}` is already "mv3". The sources zip (for AMO) leaves out test output.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['test-results/**', 'playwright-report/**', 'store/**', 'bench/results.json'],
  },
});
