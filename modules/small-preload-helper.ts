/**
 * A smaller stand-in for Vite's dynamic-import preload helper, and no module preloads.
 *
 * Vite wraps every dynamic `import()` of a page in a preload helper (on every page, against the
 * start-up budgets), even with `modulePreload: false`, where all it still does is add a lazily
 * loaded chunk's stylesheets (vitejs/vite#18551). This one does only that: each stylesheet the
 * page does not have yet is added and awaited, then the chunk is imported. Vite calls it as
 * `__vitePreload(load, deps)`, with `deps` the stylesheet paths (empty when there are none).
 * Module preloads are off too: pages load local files, where a preload saves next to nothing,
 * and the polyfill would weigh on every page's start-up budget.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const HELPER_ID = '\0vite/preload-helper.js';

const HELPER = `export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).map((dep) => {
    const href = '/' + dep;
    if (document.querySelector('link[href="' + href + '"]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
    return new Promise((done) => { link.onload = link.onerror = done; });
  })).then(() => load());`;

function smallPreloadHelper(): Plugin {
  return {
    name: 'footholds:small-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === HELPER_ID ? HELPER_ID : undefined),
    load: (source) => (source === HELPER_ID ? HELPER : undefined),
  };
}

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({
    plugins: [smallPreloadHelper()],
    build: { modulePreload: false },
  }));
});
