import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, runnerImport } from 'vite';
import { defineConfig } from 'wxt';
import { PAINT_SCRIPT_PATH, paintScriptSource } from './utils/paint';

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

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only. Auto-imports matched names by text: a parameter called `storage`
  // pulled WXT's storage module (~7 KB) into the new tab, and a component and a type both
  // named StepCheck clashed.
  imports: false,
  vite: () => ({
    plugins: [preact(), prerenderPopup()],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The new tab's parse-time paint script, generated from utils/paint.ts so its storage keys
    // and element ids have one source.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PAINT_SCRIPT_PATH, contents: paintScriptSource() });
    },
  },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip' },
});
