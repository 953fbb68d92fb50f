/**
 * `npm run bench:cold -- <label>=<folder> …`: the first new tab after a browser start for
 * several unpacked builds side by side, to find what a change does to it (see docs/benchmark.md,
 * "Where the cold first tab's time goes"). The first folder is the base
 * (a static new tab: `.output/bench-static-newtab` after `npm run bench`); the others are builds
 * or hand-made variants of them. Each gets its own profile: a first run, then, with
 * `COLD_FIVE_YEARS=1`, five years of data imported through Options on every Footholds build
 * (a folder with an options.html), and one new tab so the snapshot exists. Then
 * `COLD_ROUNDS` (default 16) rounds, every build launched once a round, the order rotated.
 */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataCopy } from '@/utils/copy/options/data';
import { launchBench } from './browser';
import { type ColdTarget, coldFirstTab } from './cold';
import { fiveYearBackup } from './seed';
import { median } from './stats';

const ROUNDS = Number(process.env.COLD_ROUNDS ?? 16);
const FIVE_YEARS = process.env.COLD_FIVE_YEARS === '1';

/** Readies `profile` for `dir`: its first run (and data), and one new tab. */
async function prepare(profile: string, dir: string): Promise<void> {
  const bench = await launchBench(profile, dir);
  try {
    if (FIVE_YEARS && existsSync(join(dir, 'options.html'))) {
      const page = await bench.context.newPage();
      await page.goto(bench.url('options.html#data'));
      await page.getByLabel(dataCopy.data.importLabel).setInputFiles({
        name: 'five-years.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(fiveYearBackup({ now: new Date() }))),
      });
      const confirm = page.getByRole('button', { name: dataCopy.data.confirm });
      await confirm.click({ timeout: 60_000 }).catch(() => {}); // an empty profile is not asked
      await page.getByText(/^Backup loaded/).waitFor({ timeout: 120_000 });
    }
    const tab = await bench.context.newPage();
    await tab.goto('chrome://newtab/');
    await tab.waitForTimeout(1500);
  } finally {
    await bench.close();
  }
}

/** Prepares every build's profile, then launches them in rotated rounds and prints each median. */
export async function main(args: string[]): Promise<void> {
  const targets: ColdTarget[] = [];
  for (const arg of args) {
    const [label, folder] = arg.split('=');
    if (!label || !folder) throw new Error(`"${arg}": give each build as <label>=<folder>.`);
    const dir = resolve(folder);
    targets.push({ key: label, label, extensionDir: dir, profile: '', main: 'element' });
  }
  if (targets.length < 2) throw new Error('Give at least two builds: the base first.');
  try {
    for (const t of targets) {
      t.profile = mkdtempSync(join(tmpdir(), `footholds-cold-${t.key}-`));
      await prepare(t.profile, t.extensionDir);
    }
    const samples: Record<string, number[]> = {};
    for (const t of targets) await coldFirstTab(t); // one uncounted round
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[(i + round) % targets.length];
        const { main } = await coldFirstTab(t);
        if (main === null) continue;
        samples[t.key] = [...(samples[t.key] ?? []), main];
      }
    }
    const base = median(samples[targets[0].key] ?? []);
    for (const t of targets) {
      const list = samples[t.key] ?? [];
      const m = median(list);
      console.log(
        `${t.label.padEnd(16)} median ${m.toFixed(0).padStart(4)} ms  ${(m / base).toFixed(2)}×  (${list.length} launches: ${list.map((x) => x.toFixed(0)).join(' ')})`,
      );
    }
  } finally {
    for (const t of targets) if (t.profile) rmSync(t.profile, { recursive: true, force: true });
  }
}
