// `npm run bench` entry point (the npm script runs `wxt build` first). The bench is TypeScript
// that imports the app's own code (the backup format, the insights), so Vite's module runner
// loads it: no extra tool to install. See bench/main.ts.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport(resolve('bench/main.ts'));
await module.main();
