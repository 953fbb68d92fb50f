import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
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
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip' },
});
