// `npm run bench` entry point (the npm script runs `wxt build` first). The bench is TypeScript
// that imports the app's own code (the backup format, the insights), so Vite's module runner
// loads it: no extra tool to install. See bench/main.ts.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

// `node bench/run.mjs coldCompare <label>=<folder> …` runs bench/coldCompare.ts instead (docs/benchmark.md).
const [entry, ...args] = process.argv.slice(2);
// The app's `@/` imports name the project's root, as WXT resolves them.
const { module } = await runnerImport(resolve(`bench/${entry ?? 'main'}.ts`), {
  resolve: { alias: { '@': resolve('.') } },
});
await module.main(args);
