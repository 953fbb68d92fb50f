import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest and the modules. Build customisation lives in local WXT modules, which WXT loads
// from modules/ by itself: the first frames (popup prerender, the new tab's frame and paint
// script), module scripts after the body, and a smaller preload helper (modules/README.md).
// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only. Auto-imports matched names by text: a parameter called `storage`
  // pulled WXT's storage module (~7 KB) into the new tab, and a component and a type both
  // named StepCheck clashed.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The test build (`npm run build:test`) adds the pseudo-language (utils/model/language.ts).
    define: { __FOOTHOLDS_PSEUDO__: JSON.stringify(process.env.WXT_PSEUDO === '1') },
    // FOOTHOLDS_SOURCEMAP=1 adds source maps, to see what makes up each page's JavaScript.
    build: { sourcemap: Boolean(process.env.FOOTHOLDS_SOURCEMAP) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // The words the browser shows for Footholds come from public/_locales/<lang>/messages.json,
    // in the browser's language when there is a catalogue for it, else in English (docs/locales.md).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['alarms', 'notifications', 'storage', 'idle', 'unlimitedStorage'],
    options_ui: { open_in_tab: true },
    // The popup's keyboard shortcut (issue 15). WXT does not rename the command between MV3's
    // `_execute_action` and MV2's `_execute_browser_action`, so it is chosen here.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpen__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox puts the toolbar button on the toolbar at install, where the popup is one click
          // away (issue 19). Chrome has no such key: Options says how to pin it there instead.
          action: { default_area: 'navbar' },
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
    // WXT takes the toolbar button's tooltip from the popup page's <title>, which is a page's
    // words; the tooltip is the name, so it comes from the catalogue like the name does.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
  },
  zip: {
    // `{{manifestVersion}}` is already "mv3". The sources zip (for AMO) leaves out test output.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['test-results/**', 'playwright-report/**', 'store/**', 'bench/results.json'],
  },
});
