// Copies the store screenshots the Firefox end-to-end run took (test-results/firefox/screenshots/
// store-*.png, 1280×800) into store/screenshots/, to be committed with the listing.
// Run `npm run build:firefox && npm run test:firefox` first.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = join(process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results', 'firefox', 'screenshots');
const to = join('store', 'screenshots');
const shots = readdirSync(from).filter((f) => /^store-.+\.png$/.test(f));
if (shots.length === 0) {
  console.error(`No store-*.png in ${from}: run the Firefox suite first (npm run test:firefox).`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const shot of shots) {
  const name = shot.replace(/^store-/, '');
  copyFileSync(join(from, shot), join(to, name));
  console.log(`${join(from, shot)} -> ${join(to, name)}`);
}
