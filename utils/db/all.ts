/** Everything at once in the one data layer: what backups read and replace, and Delete everything. */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { AllData } from '../model/types';
import { announceChange } from './changes';
import {
  type DataStore,
  type FootholdsSchema,
  groupByDay,
  openDb,
  type WriteTx,
  write,
} from './connection';
import { byAt } from './log';
import { SETTINGS_KEY } from './plan';

/** The stores a backup covers: everything but the worker's state. */
const ALL_STORES: DataStore[] = ['values', 'commitments', 'days', 'settings', 'reviews'];

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
  ]).then(([values, commitments, days, settings, reviews]) => ({
    values,
    commitments,
    entries: days.flatMap((d) => d.entries).sort(byAt),
    settings: settings ?? {},
    reviews,
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
    for (const r of data.reviews ?? []) work.push(reviews.add(r));
    for (const v of data.values) work.push(values.add(v));
    for (const c of data.commitments) work.push(commitments.add(c));
    for (const d of groupByDay(data.entries)) work.push(days.add(d));
    work.push(settings.put(data.settings, SETTINGS_KEY));
    return work;
  });
  await announceChange('all');
}

/**
 * Deletes every value, step, entry, setting and weekly review, in one transaction, and returns what was there,
 * read in that same transaction, so that `putBack` can restore it (the person's Undo).
 */
export async function removeAll(): Promise<AllData> {
  let taken: AllData = { values: [], commitments: [], entries: [], settings: {}, reviews: [] };
  await write(ALL_STORES, (tx) => {
    // Requests run in the order they are made: every read before any clear.
    const read = readIn(tx).then((data) => {
      taken = data;
    });
    return [read, ...clearIn(tx)];
  });
  await announceChange('all');
  return taken;
}

/**
 * Puts back what `removeAll` took (the person's Undo), keeping anything saved since: values and
 * steps go back by id, each day's entries are merged by id, and a setting changed since the
 * deletion keeps its new value. One transaction.
 */
export async function putBack(data: AllData): Promise<void> {
  await write(ALL_STORES, (tx) => {
    const values = tx.objectStore('values');
    const commitments = tx.objectStore('commitments');
    const days = tx.objectStore('days');
    const settings = tx.objectStore('settings');
    const reviews = tx.objectStore('reviews');
    const work: Promise<unknown>[] = [];
    // A week reviewed again since the deletion keeps its new words.
    for (const r of data.reviews ?? []) {
      work.push(reviews.get(r.weekStart).then((now) => (now ? undefined : reviews.put(r))));
    }
    for (const v of data.values) work.push(values.put(v));
    for (const c of data.commitments) work.push(commitments.put(c));
    for (const { day, entries } of groupByDay(data.entries)) {
      work.push(
        days.get(day).then((now) => {
          const kept = now?.entries ?? [];
          const ids = new Set(kept.map((e) => e.id));
          return days.put({ day, entries: [...entries.filter((e) => !ids.has(e.id)), ...kept] });
        }),
      );
    }
    work.push(
      settings
        .get(SETTINGS_KEY)
        .then((now) => settings.put({ ...data.settings, ...(now ?? {}) }, SETTINGS_KEY)),
    );
    return work;
  });
  await announceChange('all');
}

/** Whether nothing at all is stored yet (no values, steps or entries), so an import replaces nothing. */
export async function hasNothingStored(): Promise<boolean> {
  const db = await openDb();
  const counts = await Promise.all([db.count('values'), db.count('commitments'), db.count('days')]);
  return counts.every((n) => n === 0);
}

/**
 * How many steps are for a value and how many entries name it (directly or through a step):
 * a value can be deleted only when both are 0. Reads the whole log, so only on request.
 */
export async function valueReferences(
  valueId: string,
): Promise<{ steps: number; entries: number }> {
  const db = await openDb();
  const [commitments, days] = await Promise.all([db.getAll('commitments'), db.getAll('days')]);
  const steps = new Set(commitments.filter((c) => c.valueId === valueId).map((c) => c.id));
  let entries = 0;
  for (const record of days) {
    for (const e of record.entries) {
      if (e.kind === 'checkin') continue;
      if (e.valueId === valueId || (e.commitmentId && steps.has(e.commitmentId))) entries++;
    }
  }
  return { steps: steps.size, entries };
}
