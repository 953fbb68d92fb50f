import { rmSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { copy } from '../utils/copy';
import { dataCopy } from '../utils/copy/options/data';
import type { BackupFile } from '../utils/core/backup';
import { bytesOf, ITEM_BUDGET, itemBytes, MAX_ITEMS, QUOTA_BYTES } from '../utils/core/sync/mirror';
import { CHANGE_CHANNEL, DB_NAME } from '../utils/model/keys';
import { type Bench, freshProfile, launchBench } from './browser';
import { COPY, SYNC_REPEATS, SYNC_STATIC } from './config';
import { grid, ms } from './format';
import { log } from './log';
import { writeStaticNewTab } from './staticPage';
import { type Stats, stats } from './stats';
import { type SyncNewTab, syncNewTabLines } from './syncNewTab';

/**
 * Sync on a plan of 10 values and 40 steps (the five-year plan without its log): one profile
 * imports it through Options and ticks Settings → Sync as a person would, and what the worker
 * writes is weighed against the browsers' quotas; fresh profiles then take those items in, as
 * the browser's sync would deliver them, and are timed from the tick until the whole plan is
 * here. The table's SYNC section, with the new tab's rows from bench/syncNewTab.ts.
 */

/** The figures of the SYNC section. */
export interface SyncResult {
  values: number;
  steps: number;
  /** `chrome.storage.sync.getBytesInUse(null)` once this computer's write is in. */
  bytesInUse: number;
  /** The same items counted by the app (`bytesOf`), as Settings' meter does without the API. */
  countedBytes: number;
  quotaBytes: number;
  items: number;
  maxItems: number;
  /** The largest item (key and JSON), against the app's own item budget. */
  largestItem: number;
  itemBudget: number;
  /** Tick → every value and step of this computer in sync storage. */
  writeMs: number;
  /** On fresh profiles, from the tick: the whole plan in IndexedDB, and shown in an open tab. */
  apply: { inDb: Stats; shown: Stats; samples: { inDb: number | null; shown: number | null }[] };
  newtab: SyncNewTab;
}

const words = copy.options;

/**
 * The launch's welcome tab (Options opens at its welcome on a fresh profile), closed so it does
 * not redraw beside what is timed.
 */
export async function closeWelcome(bench: Bench): Promise<void> {
  const welcome =
    bench.context.pages().find((p) => p.url().includes('options.html')) ??
    (await bench.context.waitForEvent('page', { timeout: 5000 }).catch(() => null));
  await welcome?.close();
}

/**
 * Imports `plan` (a backup file, with or without its entries) through Options → "Import a
 * backup", confirming the replacement if asked.
 */
export async function importPlan(bench: Bench, page: Page, plan: BackupFile): Promise<void> {
  await page.goto(bench.url('options.html#data'), { waitUntil: 'load' });
  await page.getByLabel(dataCopy.data.importLabel).setInputFiles({
    name: 'footholds-plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan)),
  });
  const confirm = page.getByRole('button', { name: dataCopy.data.confirm });
  const said = dataCopy.data.loaded(
    plan.values.length,
    plan.commitments.length,
    plan.entries.length,
  );
  const loaded = page.getByRole('status').filter({ hasText: said });
  await confirm.or(loaded).first().waitFor({ timeout: 120_000 });
  if (await confirm.isVisible()) await confirm.click();
  await loaded.waitFor({ timeout: 120_000 });
}

/** Opens Settings and returns its sync checkbox, once it can be ticked. */
export async function syncBox(bench: Bench, page: Page) {
  await page.goto(bench.url('options.html#settings'), { waitUntil: 'load' });
  const box = page.getByRole('checkbox', { name: words.sync.choice });
  await page.waitForFunction(() => document.querySelector('.sync input:not(:disabled)'), null, {
    timeout: 10_000,
  });
  return box;
}

type Watched = Window & { __benchSync?: Promise<{ tick: number; done: number } | null> };

/**
 * Runs in Settings before the tick: notes the click on the checkbox, then waits until `done`
 * says yes, checked on every change notice (and every 250 ms, in case none comes). Times are
 * epoch ms (`timeOrigin + now`), so another tab's can be set beside them.
 */
async function watchTick(arg: {
  want: { values: number; steps: number };
  what: 'written' | 'inDb';
  db: string;
  channel: string;
}): Promise<void> {
  const now = () => performance.timeOrigin + performance.now();
  const db =
    arg.what === 'inDb'
      ? await new Promise<IDBDatabase>((resolve, reject) => {
          const opening = indexedDB.open(arg.db);
          opening.onsuccess = () => resolve(opening.result);
          opening.onerror = () => reject(opening.error);
        })
      : null;
  const count = (d: IDBDatabase, store: string) =>
    new Promise<number>((resolve) => {
      const request = d.transaction(store).objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
    });
  const there = async () => {
    if (db) return [await count(db, 'values'), await count(db, 'commitments')];
    const keys = Object.keys(await chrome.storage.sync.get(null));
    // Record heads only: a big record's chunks (`<key>#<n>`) are not records.
    const heads = keys.filter((key) => !key.includes('#'));
    return ['value.', 'commitment.'].map((k) => heads.filter((key) => key.startsWith(k)).length);
  };
  let tick = 0;
  (window as Watched).__benchSync = new Promise((resolve) => {
    const check = async () => {
      if (!tick) return;
      const at = now();
      const [values, steps] = await there();
      if (values >= arg.want.values && steps >= arg.want.steps) resolve({ tick, done: at });
    };
    document.addEventListener(
      'click',
      (event) => {
        if (!tick && (event.target as HTMLInputElement).type === 'checkbox') tick = now();
      },
      true,
    );
    new BroadcastChannel(arg.channel).onmessage = () => void check();
    chrome.storage.onChanged.addListener((_changes, area) => {
      if (area === 'sync') void check();
    });
    setInterval(() => void check(), 250);
    setTimeout(() => resolve(null), 30_000);
  });
}

/** Runs in Values and steps: resolves with the epoch ms of the frame that first showed `steps`. */
function watchShown(steps: number): void {
  (window as Watched & { __benchShown?: Promise<number> }).__benchShown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('article.commitment').length < steps) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Ticks the sync checkbox in `page` with `watchTick` set; returns the tick and done times. */
async function tickAndWait(
  page: Page,
  box: Locator,
  what: 'written' | 'inDb',
  want: { values: number; steps: number },
) {
  await page.evaluate(watchTick, { want, what, db: DB_NAME, channel: CHANGE_CHANNEL });
  await box.check();
  const seen = await page.evaluate(() => (window as Watched).__benchSync);
  if (!seen) throw new Error(`Sync bench: the plan was not ${what} within 30 s of the tick.`);
  return seen;
}

/**
 * The sync rows' first run, on `profile`: the plan imported, sync turned on in Settings, the
 * worker's write weighed, the static new tab captured; then `SYNC_REPEATS` fresh profiles take
 * in the items. Returns everything but the new tab's ratio (`syncNewTab`, after the rounds).
 */
export async function syncFigures(
  profile: string,
  plan: BackupFile,
): Promise<Omit<SyncResult, 'newtab'>> {
  const want = { values: plan.values.length, steps: plan.commitments.length };
  log(`sync: ${want.values} values and ${want.steps} steps, turned on in Settings`);
  const bench = await launchBench(profile, COPY);
  let items: Record<string, unknown>;
  let bytesInUse: number;
  let writeMs: number;
  try {
    await closeWelcome(bench);
    const page = await bench.context.newPage();
    await importPlan(bench, page, plan);
    const box = await syncBox(bench, page);
    const seen = await tickAndWait(page, box, 'written', want);
    writeMs = seen.done - seen.tick;
    ({ items, bytesInUse } = await page.evaluate(async () => ({
      items: await chrome.storage.sync.get(null),
      bytesInUse: await chrome.storage.sync.getBytesInUse(null),
    })));
    await page.close();
    await writeStaticNewTab(bench, SYNC_STATIC, 'sync-on');
  } finally {
    await bench.close();
  }

  const samples: SyncResult['apply']['samples'] = [];
  for (let r = 0; r < SYNC_REPEATS; r++) {
    log(`sync: fresh computer ${r + 1}/${SYNC_REPEATS} takes in the mirror`);
    samples.push(await applyOnFresh(items, want));
  }
  const of = (f: (s: (typeof samples)[number]) => number | null) =>
    stats(samples.map(f).filter((v): v is number => v !== null));
  return {
    ...want,
    bytesInUse,
    countedBytes: bytesOf(items),
    quotaBytes: QUOTA_BYTES,
    items: Object.keys(items).length,
    maxItems: MAX_ITEMS,
    largestItem: Math.max(...Object.entries(items).map(([k, v]) => itemBytes(k, v))),
    itemBudget: ITEM_BUDGET,
    writeMs,
    apply: { inDb: of((s) => s.inDb), shown: of((s) => s.shown), samples },
  };
}

/**
 * One fresh computer: an empty profile, the other computer's items delivered into its sync
 * storage (as the browser's sync would), Values and steps open in one tab, and the tick in
 * Settings in another; timed until the whole plan is in IndexedDB, and until its 40 steps are
 * shown in the open tab.
 */
async function applyOnFresh(
  items: Record<string, unknown>,
  want: { values: number; steps: number },
): Promise<{ inDb: number | null; shown: number | null }> {
  const dir = freshProfile('sync-fresh');
  const bench = await launchBench(dir, COPY);
  try {
    await closeWelcome(bench);
    const steps = await bench.context.newPage();
    await steps.goto(bench.url('options.html#steps'), { waitUntil: 'load' });
    await steps.locator('#steps-heading').waitFor({ timeout: 10_000 });
    await steps.evaluate(watchShown, want.steps);
    const page = await bench.context.newPage();
    const box = await syncBox(bench, page);
    await page.evaluate((i) => chrome.storage.sync.set(i), items);
    const seen = await tickAndWait(page, box, 'inDb', want);
    const shown = await steps.evaluate(() =>
      Promise.race([
        (window as Window & { __benchShown?: Promise<number> }).__benchShown,
        new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
      ]),
    );
    return { inDb: seen.done - seen.tick, shown: shown ? shown - seen.tick : null };
  } finally {
    await bench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table's SYNC section. */
export function syncLines(s: SyncResult): string[] {
  const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;
  const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  return [
    '',
    `SYNC · a plan of ${s.values} values and ${s.steps} steps, "${words.sync.choice}" ticked in Settings`,
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
      ['tick → this computer’s plan written to sync storage', ms(s.writeMs), '', ''],
      [
        `fresh computer, tick → all ${s.values} values and ${s.steps} steps in IndexedDB (median of ${s.apply.inDb.n})`,
        ms(s.apply.inDb.median),
        '',
        '',
      ],
      ['  p95', ms(s.apply.inDb.p95), '', ''],
      [
        `fresh computer, tick → all ${s.steps} steps shown in an open Values and steps tab (median of ${s.apply.shown.n})`,
        ms(s.apply.shown.median),
        '',
        '',
      ],
      ['  p95', ms(s.apply.shown.p95), '', ''],
    ]),
    ...syncNewTabLines(s.newtab),
  ];
}
