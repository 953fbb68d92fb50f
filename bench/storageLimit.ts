import type { Page } from '@playwright/test';

/**
 * The floor under import and export: the same work done bare in an extension page (parse, put,
 * get, stringify), with no validation, no UI and no change notices, on a scratch database.
 */

/** The floor under import and export: the same work done bare, in an extension page. */
export interface StorageLimit {
  /** `JSON.parse` of the backup text. */
  parseMs: number;
  /** All values, commitments and entries put in one transaction into an empty scratch database
   * laid out as the app stores them: entries a day to a record (see utils/db/). */
  writeMs: number;
  /** The same data one record per entry, with the three entry indexes of database version 1:
   * the older layout, kept for comparison. */
  writePerEntryMs: number;
  /** `getAll` of every store in one transaction (day layout). */
  readMs: number;
  /** `JSON.stringify(…, null, 2)` of what was read, as export writes it. */
  stringifyMs: number;
}

/**
 * Runs the import and export work without the app (no validation, no UI, no change notices) in
 * `page`, on a scratch database that is deleted afterwards; the app's data is not touched.
 */
export async function storageLimit(page: Page, text: string): Promise<StorageLimit> {
  return page.evaluate(async (backupText) => {
    const NAME = 'footholds-bench-scratch';
    type Layout = 'days' | 'perEntry';
    const done = (request: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (request instanceof IDBTransaction) {
          request.oncomplete = () => resolve();
          request.onerror = () => reject(request.error);
          request.onabort = () => reject(request.error);
        } else {
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }
      });
    const open = async (layout: Layout) => {
      await done(indexedDB.deleteDatabase(NAME));
      const opening = indexedDB.open(NAME, 1);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        db.createObjectStore('values', { keyPath: 'id' });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        if (layout === 'days') {
          db.createObjectStore('days', { keyPath: 'day' });
          return;
        }
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('byDay', 'day');
        entries.createIndex('byCommitment', 'commitmentId');
        entries.createIndex('byAt', 'at');
      };
      await done(opening);
      return opening.result;
    };
    type Entry = { day: string };
    const records = (
      data: Record<string, unknown[]>,
      layout: Layout,
    ): Record<string, unknown[]> => {
      if (layout === 'perEntry') {
        return { values: data.values, commitments: data.commitments, entries: data.entries };
      }
      const days = new Map<string, unknown[]>();
      for (const e of data.entries as Entry[]) {
        const list = days.get(e.day);
        if (list) list.push(e);
        else days.set(e.day, [e]);
      }
      return {
        values: data.values,
        commitments: data.commitments,
        days: [...days].map(([day, entries]) => ({ day, entries })),
      };
    };
    const writeAll = async (db: IDBDatabase, data: Record<string, unknown[]>, layout: Layout) => {
      const start = performance.now();
      const byStore = records(data, layout);
      const stores = Object.keys(byStore);
      const write = db.transaction(stores, 'readwrite');
      for (const store of stores) {
        for (const record of byStore[store]) write.objectStore(store).add(record);
      }
      await done(write);
      return performance.now() - start;
    };

    const t0 = performance.now();
    const data = JSON.parse(backupText);
    const parseMs = performance.now() - t0;

    const perEntry = await open('perEntry');
    const writePerEntryMs = await writeAll(perEntry, data, 'perEntry');
    perEntry.close();

    const db = await open('days');
    const writeMs = await writeAll(db, data, 'days');
    const stores = ['values', 'commitments', 'days'];
    const t1 = performance.now();
    const read = db.transaction(stores, 'readonly');
    const requests = stores.map((store) => read.objectStore(store).getAll());
    await done(read);
    const t2 = performance.now();
    JSON.stringify(
      {
        values: requests[0].result,
        commitments: requests[1].result,
        entries: requests[2].result.flatMap((d: { entries: unknown[] }) => d.entries),
      },
      null,
      2,
    );
    const t3 = performance.now();
    db.close();
    await done(indexedDB.deleteDatabase(NAME));
    return { parseMs, writeMs, writePerEntryMs, readMs: t2 - t1, stringifyMs: t3 - t2 };
  }, text);
}
