import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { copy } from '../utils/copy';
import type { BackupFile } from '../utils/core/backup';
import { LOG_DAYS, MIN_LOG_DAYS } from '../utils/core/sync/logDays';
import { readLogDays } from '../utils/core/sync/logMirror';
import {
  bytesOf,
  ITEM_BUDGET,
  itemBytes,
  MAX_ITEMS,
  QUOTA_BYTES,
  WRITE_GAP_MS,
} from '../utils/core/sync/mirror';
import { DB_NAME } from '../utils/model/keys';
import { freshProfile, launchBench } from './browser';
import { BUILD, COPY, SYNC_REPEATS } from './config';
import { goal, grid, ms } from './format';
import { log, timed } from './log';
import { fiveYearBackup } from './seed';
import { makeBenchCopy } from './staticPage';
import { type Stats, stats } from './stats';
import { closeWelcome, importPlan, syncBox } from './sync';
import { entriesHere, type Seen, tickBoth, type WatchArg } from './syncLogWatch';

/**
 * Sync with the log: one profile imports the whole five-year backup through Options and ticks
 * both Sync boxes in Settings as a person would; once the worker's write holds the log's days,
 * the items are weighed against the quotas and the days counted. Fresh profiles then take those
 * items in (delivered as the browser's sync would) and are timed from the first tick until the
 * plan and every mirrored entry are in IndexedDB (the watch in the page: bench/syncLogWatch.ts).
 * The table's SYNC WITH THE LOG section; `npm run bench:sync-log` runs it alone (`main`).
 */

/** The figures of the SYNC WITH THE LOG section. */
export interface SyncLogResult {
  /** Entries in the five-year backup imported. */
  entries: number;
  bytesInUse: number;
  /** The same items counted by the app (`bytesOf`). */
  countedBytes: number;
  quotaBytes: number;
  items: number;
  maxItems: number;
  largestItem: number;
  itemBudget: number;
  /** `log.<day>` records in sync storage. */
  logDays: number;
  /** The days the worker says it mirrored (the sync state's `logDays`), as Settings shows them. */
  stateLogDays: number | null;
  /** Settings' notice when fewer than 30 days fit, word for word. */
  settingsSays: string | null;
  /** Entries in the mirrored days; the five years held on those days; this computer holds after. */
  mirroredEntries: number;
  entriesThoseDays: number;
  entriesHereAfter: number;
  /** Log tick → the log's days in sync storage (the worker keeps `WRITE_GAP_MS` between writes). */
  writeMs: number;
  /** Fresh profiles: first tick → plan and log in IndexedDB, less the pause before the second tick. */
  apply: { all: Stats; log: Stats; samples: ApplySample[] };
}

/** One fresh profile's times, ms. */
interface ApplySample {
  all: number;
  /** Log tick → every mirrored entry in IndexedDB. */
  log: number;
  /** The second box enabled → ticked: the person's (Playwright's) pause, left out of `all`. */
  pause: number;
}

const words = copy.options;
/** Where `npm run bench:sync-log` writes its figures (the whole bench writes bench/results.json). */
const ALONE = resolve('.output/bench-sync-log.json');

/** What a fresh computer waits for: the plan, and every entry in the mirror's log days. */
function mirrorWant(backup: BackupFile, items: Record<string, unknown>): WatchArg['want'] {
  const { days } = readLogDays(items, () => true);
  const mirrored = Object.keys(days).sort();
  return {
    values: backup.values.length,
    steps: backup.commitments.length,
    entries: mirrored.reduce((n, day) => n + days[day].entries.length, 0),
    first: mirrored[0] ?? '',
    last: mirrored.at(-1) ?? '',
  };
}

/**
 * The section's figures: five years imported into `profile`, both boxes ticked, the write
 * weighed; then `SYNC_REPEATS` fresh profiles take the items in.
 */
export async function syncLogFigures(profile: string, backup: BackupFile): Promise<SyncLogResult> {
  log(`sync with the log: ${backup.entries.length} entries imported, both boxes ticked`);
  const bench = await launchBench(profile, COPY);
  let items: Record<string, unknown>;
  let bytesInUse: number;
  let seen: Seen;
  let settingsSays: string | null = null;
  let want: WatchArg['want'];
  let entriesHereAfter: number;
  try {
    await closeWelcome(bench);
    const page = await bench.context.newPage();
    await importPlan(bench, page, backup);
    const box = await syncBox(bench, page);
    const none = { values: 0, steps: 0, entries: 0, first: '', last: '' };
    seen = await tickBoth(page, box, 'written', none);
    ({ items, bytesInUse } = await page.evaluate(async () => ({
      items: await chrome.storage.sync.get(null),
      bytesInUse: await chrome.storage.sync.getBytesInUse(null),
    })));
    want = mirrorWant(backup, items);
    entriesHereAfter = await page.evaluate(entriesHere, { db: DB_NAME, ...want });
    if (seen.logDays !== null && seen.logDays < LOG_DAYS) {
      // The notice as Settings shows it once it has read the worker's last round.
      const notice = page.locator('.sync-log .notice');
      settingsSays = await notice
        .filter({ hasText: words.sync.fewerDays(seen.logDays) })
        .textContent({ timeout: 5000 })
        .catch(() => notice.textContent({ timeout: 1000 }).catch(() => null));
    }
  } finally {
    await bench.close();
  }

  const samples: ApplySample[] = [];
  for (let r = 0; r < SYNC_REPEATS && want.entries > 0; r++) {
    log(`sync with the log: fresh computer ${r + 1}/${SYNC_REPEATS} takes in the mirror`);
    samples.push(await applyOnFresh(items, want));
  }
  const inDays = new Set(Object.keys(readLogDays(items, () => true).days));
  return {
    entries: backup.entries.length,
    bytesInUse,
    countedBytes: bytesOf(items),
    quotaBytes: QUOTA_BYTES,
    items: Object.keys(items).length,
    maxItems: MAX_ITEMS,
    largestItem: Math.max(...Object.entries(items).map(([k, v]) => itemBytes(k, v))),
    itemBudget: ITEM_BUDGET,
    logDays: inDays.size,
    stateLogDays: seen.logDays,
    settingsSays,
    mirroredEntries: want.entries,
    entriesThoseDays: backup.entries.filter((e) => inDays.has(e.day)).length,
    entriesHereAfter,
    writeMs: seen.done - seen.logTick,
    apply: {
      all: stats(samples.map((s) => s.all)),
      log: stats(samples.map((s) => s.log)),
      samples,
    },
  };
}

/**
 * One fresh computer: an empty profile, the items delivered into its sync storage, Settings
 * open, both boxes ticked; timed until the plan and every mirrored entry are in IndexedDB.
 */
async function applyOnFresh(
  items: Record<string, unknown>,
  want: WatchArg['want'],
): Promise<ApplySample> {
  const dir = freshProfile('sync-log-fresh');
  const bench = await launchBench(dir, COPY);
  try {
    await closeWelcome(bench);
    const page = await bench.context.newPage();
    const box = await syncBox(bench, page);
    await page.evaluate((i) => chrome.storage.sync.set(i), items);
    const seen = await tickBoth(page, box, 'inDb', want);
    const pause = seen.logEnabled ? seen.logTick - seen.logEnabled : 0;
    return { all: seen.done - seen.planTick - pause, log: seen.done - seen.logTick, pause };
  } finally {
    await bench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table's SYNC WITH THE LOG section. */
export function syncLogLines(s: SyncLogResult): string[] {
  const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;
  const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const fewer = s.stateLogDays !== null && s.stateLogDays < LOG_DAYS;
  const a = s.apply;
  const range = a.samples.map((x) => x.all);
  return [
    '',
    `SYNC WITH THE LOG · five years (${s.entries.toLocaleString('en')} entries) imported, "${words.sync.choice}" and "${words.sync.logChoice}" ticked`,
    ...grid([
      ['what', 'figure', 'share', 'goal'],
      [
        'sync storage in use (getBytesInUse), of QUOTA_BYTES',
        bytes(s.bytesInUse),
        share(s.bytesInUse, s.quotaBytes),
        `≤ ${bytes(s.quotaBytes)}`,
      ],
      ['  the same items as the app counts them (bytesOf)', bytes(s.countedBytes), '', ''],
      ['items, of MAX_ITEMS', String(s.items), share(s.items, s.maxItems), `≤ ${s.maxItems}`],
      ['largest item (key + JSON)', bytes(s.largestItem), '', `≤ ${bytes(s.itemBudget)}`],
      [
        `log days mirrored (log.<day> records), of ${LOG_DAYS}`,
        String(s.logDays),
        '',
        // Fewer than 30 is the design when they do not fit beside the plan; never under 7.
        goal(s.logDays >= MIN_LOG_DAYS, `≥ ${MIN_LOG_DAYS} days`),
      ],
      ...(fewer ? [['  the days Settings says travel', String(s.stateLogDays), '', '']] : []),
      ['  entries in them', String(s.mirroredEntries), '', ''],
      [
        '  entries on those days: imported here, and here once the log was on',
        `${s.entriesThoseDays} → ${s.entriesHereAfter}`,
        '',
        '',
      ],
      [
        `log tick → its days written (writes ≥ ${WRITE_GAP_MS / 1000} s apart)`,
        ms(s.writeMs),
        '',
        '',
      ],
      [
        `fresh computer, ticks → plan and all ${s.mirroredEntries} entries in IndexedDB (median of ${a.all.n})`,
        ms(a.all.median),
        '',
        goal(a.all.median < 1000, '< 1 s'),
      ],
      ['  p95', ms(a.all.p95), '', ''],
      ['  fastest – slowest', `${ms(Math.min(...range))} – ${ms(Math.max(...range))}`, '', ''],
      ['  of which log tick → its entries in IndexedDB (median)', ms(a.log.median), '', ''],
    ]),
    ...(s.settingsSays ? [`  Settings says: “${s.settingsSays}”`] : []),
  ];
}

/** `npm run bench:sync-log`: this section alone, on a fresh bench copy of the build. */
export async function main(): Promise<void> {
  makeBenchCopy(BUILD, COPY);
  const backup = fiveYearBackup({ now: new Date() });
  const profile = freshProfile('sync-log');
  try {
    const result = await timed('sync with the log', () => syncLogFigures(profile, backup));
    writeFileSync(ALONE, `${JSON.stringify(result, null, 2)}\n`);
    console.log(syncLogLines(result).join('\n'));
    log(`details in ${ALONE}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
