// `npm run test:at -- "2026-12-07 00:20" [playwright arguments]`: runs the Chromium e2e suite as
// if the clock said that (local time), to find tests that pass only at some hours or on some days
// (a cue already due today, a Monday with no check-in yet, a month two days old). It uses
// libfaketime (`apt-get install -y faketime`) with a fixed offset, so the runner and every browser
// process agree on the time and it keeps running; the "@start" form restarts the clock in each
// new process, and they drift apart. Firefox ESR does not start under libfaketime, so this is
// Chromium and unit tests only (`--unit` runs vitest instead). Not part of `npm test`.
import { spawnSync } from 'node:child_process';

const [when, ...rest] = process.argv.slice(2);
const target = when ? new Date(when.replace(' ', 'T')) : null;
if (!target || Number.isNaN(target.getTime())) {
  console.error('Say when, in local time: npm run test:at -- "2026-12-07 00:20" [test arguments]');
  process.exit(2);
}
if (spawnSync('faketime', ['-f', '+0', 'true']).status !== 0) {
  console.error('This needs libfaketime: apt-get install -y faketime');
  process.exit(2);
}
const offset = Math.round((target.getTime() - Date.now()) / 1000);
const unit = rest[0] === '--unit';
const command = unit ? ['vitest', 'run', ...rest.slice(1)] : ['playwright', 'test', ...rest];
console.log(
  `Running as if it were ${target.toString()} (offset ${offset} s): npx ${command.join(' ')}`,
);
const run = spawnSync(
  'faketime',
  ['-f', offset < 0 ? String(offset) : `+${offset}`, 'npx', ...command],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
