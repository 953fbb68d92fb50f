/**
 * Each page's module script goes after the body, and on the new tab the paint script starts it.
 *
 * Vite moves each page's module script into `<head>`. Fetched that early, it is compiled and run
 * before the first frame and delays it (the bench compares the new tab with a static page). So the
 * module goes to the end of the body; and on the new tab, whose paint script already shows the
 * statement, the paint script starts the module itself once the first frame is drawn
 * (`startAfterFirstFrame` in utils/pages/newtab/paintScript.ts): on a cold extension process the
 * end of the body alone still holds that frame back. The build hands it the module's path in
 * `data-module`.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { MODULE_ATTRIBUTE, PAINT_SCRIPT_PATH } from '../utils/pages/newtab/paintScriptFile';

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

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [moduleScriptLast()] }));
});
