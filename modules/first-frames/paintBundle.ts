/**
 * Bundles `runPaintScript` and what it imports into one minified classic script (an IIFE with no
 * imports), for `newtab-paint.js`. Its own file so the unit tests can run the very script the
 * build ships.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ENTRY = '\0footholds:paint-entry';
const PAINT_SCRIPT = resolve(import.meta.dirname, '../../utils/pages/newtab/paintScript.ts');

/** The source of `newtab-paint.js`. */
export async function bundlePaintScript(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'error',
    // The app's `@/` imports, as WXT resolves them.
    resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
    plugins: [
      {
        name: 'footholds:paint-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
        load: (id) =>
          id === ENTRY
            ? `import { runPaintScript } from ${JSON.stringify(PAINT_SCRIPT)}; runPaintScript(document);`
            : undefined,
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs[0].output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('newtab-paint.js: the bundle has no code');
  return chunk.code;
}
