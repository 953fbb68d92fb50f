/** Everything at once in the one data layer: what backups read and replace, and Delete everything. */
import type { IDBPTransaction, StoreNames } from 'idb';
import { STATE_KEYS } from '@/utils/model/keys';
import type { AllData } from '@/utils/model/types';
import {
  type DataStore,
  type FootholdsSchema,
  getDataVersion,
  openDb,
  type WriteTx,
  write,
} from './connection';
import { groupByDay } from './days';
import { HARD_DAYS_KEY } from './hardDays';
import { byAt } from './log';
import { SETTINGS_KEY } from './plan';

/** The stores a backup covers (and Delete everything empties): everything but the worker's state. */
const ALL_STORES: DataStore[] = [
  'values',
  'commitments',
  'days',
  'settings',
  'reviews',
  'hardDays',
];

/** Queues reads of everything in `tx`; resolves to it as plain data, entries in time order. */
function readIn<Mode extends IDBTransactionMode>(
  tx: IDBPTransaction<FootholdsSchema, ArrayLike<StoreNames<FootholdsSchema>>, Mode>,
): Promise<AllData> {
  return Promise.all([
    tx.objectStore('values').getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('days').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('hardDays').get(HARD_DAYS_KEY),
  ]).then(([values, commitments, days, settings, reviews, hardDaysPlan]) => ({
    values,
    commitments,
    entries: days.flatMap((d) => d.entries).sort(byAt),
    settings: settings ?? {},
    reviews,
    ...(hardDaysPlan ? { hardDaysPlan } : {}),
  }));
}

/** Queues a clear of every store a backup covers. */
function clearIn(tx: WriteTx): Promise<unknown>[] {
  return ALL_STORES.map((store) => tx.objectStore(store).clear());
}

/** Everything stored, read in one transaction so the picture is consistent. */
export async function readAll(): Promise<AllData> {
  const tx = (await openDb()).transaction(ALL_STORES, 'readonly');
  const [data] = await Promise.all([readIn(tx), tx.done]);
  return data;
}

/**
 * Replaces everything stored with `data`, in one transaction: either all of it lands or
 * nothing changes. Entry ids must be unique (undo finds an entry by id within its day).
 */
export async function replaceAll(data: AllData): Promise<void> {
  const ids = new Set(data.entries.map((e) => e.id));
  if (ids.size !== data.entries.length) throw new Error('Two entries share an id.');
  // Requests are queued without awaiting each one: a single await at the end keeps the
  // transaction busy and is much faster for years of entries.
  await write(ALL_STORES, (tx) => {
    const values = tx.objectStore('values');
    const commitments = tx.objectStore('commitments');
    const days = tx.objectStore('days');
    const settings = tx.objectStore('settings');
    const reviews = tx.objectStore('reviews');
    const work = clearIn(tx);
    if (data.hardDaysPlan)
      work.push(tx.objectStore('hardDays').add(data.hardDaysPlan, HARD_DAYS_KEY));
    for (const r of data.reviews ?? []) work.push(reviews.add(r));
    for (const v of data.values) work.push(values.add(v));
    for (const c of data.commitments) work.push(commitments.add(c));
    for (const d of groupByDay(data.entries)) work.push(days.add(d));
    work.push(settings.put(data.settings, SETTINGS_KEY));
    return work;
  });
}

/**
 * What Delete everything took, for its Undo: the person's data, the worker's own records (the
 * reminder log with its put-offs and holds, "Not now" memory of offers, the time away), and the
 * data version the deletion left, so Undo can tell whether anything was written since.
 */
export interface Taken {
  data: AllData;
  /** Every record of the `state` store but the data version, as `[key, value]`. */
  state: [string, unknown][];
  /** The data version right after the deletion. */
  version: number;
  /** Records of the `state` store the deletion left in place (sync's, when it goes everywhere). */
  kept: string[];
}

/**
 * Queues a read of every worker record but the data version and those `kept`; resolves to
 * `[key, value]` pairs.
 */
function readState(tx: WriteTx, kept: readonly string[]): Promise<[string, unknown][]> {
  const state = tx.objectStore('state');
  return Promise.all([state.getAllKeys(), state.getAll()]).then(([keys, records]) =>
    keys
      .map((key, i): [string, unknown] => [String(key), records[i]])
      .filter(([key]) => key !== STATE_KEYS.version && !kept.includes(key)),
  );
}

/** Queues the deletion of every worker record but the data version. */
function clearState(tx: WriteTx, keys: readonly string[]): Promise<unknown>[] {
  return keys.map((key) => tx.objectStore('state').delete(key));
}

/**
 * Deletes everything Footholds holds, in one transaction: every value, step, entry, setting,
 * weekly review and the plan for hard days, and every record the worker keeps (a put-off reminder left behind would come
 * back for a step that no longer exists), but for the records named in `kept`. Returns what was there, read in that same
 * transaction, so the person's Undo can put exactly that back (`undoRemoveAll`).
 */
export async function removeAll(kept: readonly string[] = []): Promise<Taken> {
  const taken: Taken = {
    data: { values: [], commitments: [], entries: [], settings: {}, reviews: [] },
    state: [],
    version: 0,
    kept: [...kept],
  };
  await write(ALL_STORES, (tx) => {
    const state = tx.objectStore('state');
    // Requests run in the order they are made: every read before any clear. The version read
    // here is the one before this write raises it by one.
    const reads = Promise.all([
      readIn(tx),
      readState(tx, kept),
      state.get(STATE_KEYS.version),
    ]).then(([data, records, version]) => {
      taken.data = data;
      taken.state = records;
      taken.version = (typeof version === 'number' ? version : 0) + 1;
      return Promise.all(
        clearState(
          tx,
          records.map(([key]) => key),
        ),
      );
    });
    return [reads, ...clearIn(tx)];
  });
  return taken;
}

/** Whether nothing was written since `removeAll` took `taken`, so its Undo is still exact. */
export async function unchangedSince(taken: Taken): Promise<boolean> {
  return (await getDataVersion()) === taken.version;
}

/**
 * The person's Undo of Delete everything: puts back exactly what `removeAll` took, worker records
 * included, in one transaction, but only if nothing was written since (an import, a win, a new
 * value). Then it would not be the same data any more, so nothing changes and it returns false
 * (an Undo after an import would mix two sets of data). True when everything is back.
 */
export async function undoRemoveAll(taken: Taken): Promise<boolean> {
  const changedSince = new Error('Something was written since the deletion.');
  try {
    await write(ALL_STORES, (tx) => {
      const state = tx.objectStore('state');
      const values = tx.objectStore('values');
      const commitments = tx.objectStore('commitments');
      const days = tx.objectStore('days');
      const settings = tx.objectStore('settings');
      const reviews = tx.objectStore('reviews');
      const check = state.get(STATE_KEYS.version).then((version) => {
        // Thrown, so the transaction rolls back and not even the version moves.
        if (version !== taken.version) throw changedSince;
        const { data } = taken;
        const work: Promise<unknown>[] = [...clearIn(tx)];
        const plan = data.hardDaysPlan;
        if (plan) work.push(tx.objectStore('hardDays').put(plan, HARD_DAYS_KEY));
        for (const r of data.reviews ?? []) work.push(reviews.put(r));
        for (const v of data.values) work.push(values.put(v));
        for (const c of data.commitments) work.push(commitments.put(c));
        for (const d of groupByDay(data.entries)) work.push(days.put(d));
        work.push(settings.put(data.settings, SETTINGS_KEY));
        // The worker's records exactly as taken: any it wrote since (the time away) go first.
        work.push(
          state
            .getAllKeys()
            .then((keys) =>
              Promise.all(
                keys
                  .filter((k) => k !== STATE_KEYS.version && !taken.kept.includes(String(k)))
                  .map((k) => state.delete(k)),
              ),
            )
            .then(() => Promise.all(taken.state.map(([key, record]) => state.put(record, key)))),
        );
        return Promise.all(work);
      });
      return [check];
    });
  } catch (error) {
    if (error === changedSince) return false;
    throw error;
  }
  return true;
}

/**
 * Whether nothing at all is stored yet (no values, steps, entries or plan for hard days), so an
 * import replaces nothing.
 */
export async function hasNothingStored(): Promise<boolean> {
  const db = await openDb();
  const counts = await Promise.all(
    (['values', 'commitments', 'days', 'hardDays'] as const).map((store) => db.count(store)),
  );
  return counts.every((n) => n === 0);
}
