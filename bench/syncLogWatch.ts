import type { Locator, Page } from '@playwright/test';
import { copy } from '../utils/copy';
import { CHANGE_CHANNEL, DB_NAME, STATE_KEYS } from '../utils/model/keys';

/**
 * The SYNC WITH THE LOG rows' watch in Settings (bench/syncLog.ts): both Sync boxes ticked as a
 * person would, and the wait, seen from the page, until the worker has written the log's days to
 * sync storage (the first profile) or stored the plan and every mirrored entry in IndexedDB (a
 * fresh profile). Functions handed to `page.evaluate` use nothing imported.
 */

/** What a watch waits for: the log written (first profile), or the plan and log stored here. */
export interface WatchArg {
  mode: 'written' | 'inDb';
  labels: { plan: string; log: string };
  want: { values: number; steps: number; entries: number; first: string; last: string };
  db: string;
  channel: string;
  stateKey: string;
}

/** The times the watch noted (epoch ms), and the days the worker says it mirrored. */
export interface Seen {
  planTick: number;
  logEnabled: number;
  logTick: number;
  done: number;
  logDays: number | null;
}

const words = copy.options;

type Watched = Window & { __benchLog?: Promise<Seen | null> };

/**
 * Runs in Settings before the ticks: notes each box's click and when the log's box is enabled,
 * then, once the log's box is ticked, checks on every change notice (and every 50 ms, in case
 * none comes) whether the log is written or stored here. Times are epoch ms.
 */
async function watchLog(arg: WatchArg): Promise<void> {
  const now = () => performance.timeOrigin + performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(arg.db);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const ask = <T>(store: string, query: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const request = query(db.transaction(store).objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const labelOf = (el: EventTarget | Element | null) =>
    (el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '';
  const logBox = () =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
      (input) => labelOf(input) === arg.labels.log,
    );
  const t = { planTick: 0, logEnabled: 0, logTick: 0 };
  document.addEventListener(
    'click',
    (event) => {
      const label = labelOf(event.target);
      if (label === arg.labels.plan && !t.planTick) t.planTick = now();
      if (label === arg.labels.log && !t.logTick) t.logTick = now();
    },
    true,
  );
  new MutationObserver(() => {
    if (t.planTick && !t.logEnabled && logBox()?.disabled === false) t.logEnabled = now();
  }).observe(document.body, { attributes: true, subtree: true, childList: true });
  const there = async () => {
    const state = (await ask('state', (s) => s.get(arg.stateKey))) as
      | { logDays?: number; knownLog?: object; problem?: { kind: string } | null }
      | undefined;
    const logDays = state?.logDays ?? null;
    if (arg.mode === 'written') {
      const keys = Object.keys(await chrome.storage.sync.get(null));
      const heads = keys.filter((k) => /^log\.\d{4}-\d{2}-\d{2}$/.test(k)).length;
      const known = Object.keys(state?.knownLog ?? {}).length;
      // The worker notes what it wrote in the same round, after the write: wait for both.
      const written = logDays !== null && heads > 0 && known > 0 && heads >= known;
      return { done: written || state?.problem?.kind === 'quota', logDays };
    }
    const values = await ask('values', (s) => s.count());
    const steps = await ask('commitments', (s) => s.count());
    const range = IDBKeyRange.bound(arg.want.first, arg.want.last);
    const days = (await ask('days', (s) => s.getAll(range))) as { entries: unknown[] }[];
    const entries = days.reduce((n, d) => n + d.entries.length, 0);
    const { want } = arg;
    return {
      done: values >= want.values && steps >= want.steps && entries >= want.entries,
      logDays,
    };
  };
  (window as Watched).__benchLog = new Promise((resolve) => {
    let busy = false;
    const check = async () => {
      if (!t.logTick || busy) return;
      busy = true;
      const at = now();
      try {
        const seen = await there();
        if (seen.done) resolve({ ...t, done: at, logDays: seen.logDays });
      } finally {
        busy = false;
      }
    };
    new BroadcastChannel(arg.channel).onmessage = () => void check();
    chrome.storage.onChanged.addListener((_changes, area) => {
      if (area === 'sync') void check();
    });
    setInterval(() => void check(), 50);
    setTimeout(() => resolve(null), 60_000);
  });
}

/** Ticks both boxes in Settings (`page`) with `watchLog` set, and waits for what it watches. */
export async function tickBoth(
  page: Page,
  planBox: Locator,
  mode: WatchArg['mode'],
  want: WatchArg['want'],
) {
  const labels = { plan: words.sync.choice, log: words.sync.logChoice };
  const arg = {
    mode,
    labels,
    want,
    db: DB_NAME,
    channel: CHANGE_CHANNEL,
    stateKey: STATE_KEYS.sync,
  };
  await page.evaluate(watchLog, arg);
  await planBox.check();
  await page.getByRole('checkbox', { name: labels.log }).check();
  const seen = await page.evaluate(() => (window as Watched).__benchLog);
  if (!seen) throw new Error(`Sync log bench: the log was not ${mode} within 60 s of the ticks.`);
  return seen;
}

/** Runs in an extension page: the entries IndexedDB holds from day `first` to day `last`. */
export function entriesHere(arg: { db: string; first: string; last: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(arg.db);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const range = IDBKeyRange.bound(arg.first, arg.last);
      const request = opening.result.transaction('days').objectStore('days').getAll(range);
      request.onerror = () => reject(request.error);
      request.onsuccess = () =>
        resolve(
          request.result.reduce((n: number, d: { entries: unknown[] }) => n + d.entries.length, 0),
        );
    };
  });
}
