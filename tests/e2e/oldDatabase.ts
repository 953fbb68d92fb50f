/**
 * Old databases for the schema upgrade tests: a fixture in `tests/fixtures/db-v<n>.json`
 * is the whole database as version n of Footholds left it (its stores, key paths, indexes and
 * records in that version's shapes), written raw into the profile's IndexedDB from an extension
 * page, so the build under test finds it on disk as a person's browser would after an update.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { stopServiceWorker } from './fixtures';

/** One object store of a fixture. `keyPath` null: records are `{ key, value }` (out-of-line keys). */
export interface StoreFixture {
  name: string;
  keyPath: string | null;
  indexes: { name: string; keyPath: string }[];
  records: any[];
}

/** A whole database at one version. */
export interface DbFixture {
  about: string;
  version: number;
  stores: StoreFixture[];
}

/** The fixture of database version `version`, read afresh (callers may change their copy). */
export function dbFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(`tests/fixtures/db-v${version}.json`, 'utf8'));
}

/** What the page's `readDatabase` returns: the version, and every store as a fixture holds it. */
export interface DbContents {
  version: number;
  stores: StoreFixture[];
}

/**
 * A win for today, logged "just now" by the old version, so the popup and new tab have something
 * of today's to show. `at` and `day` are filled in by the page (its local day); the filled entry
 * is returned by `writeOldDatabase`.
 */
export type TodayEntry = Record<string, unknown> & { id: string };

/**
 * Writes `fixture` (plus `today`, if given) as the profile's database at the fixture's version,
 * from an extension page (icon/16.png: no Footholds code runs there). Nothing of the extension may
 * hold the database open meanwhile, so the worker is stopped and every page closed first.
 * With `keepOpen`, the page keeps its old-version connection open and ignores `versionchange`
 * (it only counts it, in `window.versionChanges`), as a page that never lets go would; that page
 * is returned, and closing it closes the connection.
 */
export async function writeOldDatabase(
  context: BrowserContext,
  extensionId: string,
  fixture: DbFixture,
  options: { today?: TodayEntry; keepOpen?: boolean } = {},
): Promise<{ page: Page; today?: Record<string, unknown> }> {
  await stopServiceWorker(context);
  for (const open of context.pages()) await open.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/icon/16.png`);
  const today = await page.evaluate(writeInPage, {
    fixture,
    today: options.today ?? null,
    keepOpen: options.keepOpen ?? false,
  });
  if (!options.keepOpen) await page.close();
  return { page, today: today ?? undefined };
}

/** Runs in the extension page: delete, then create the old database and fill it. */
async function writeInPage({
  fixture,
  today,
  keepOpen,
}: {
  fixture: DbFixture;
  today: TodayEntry | null;
  keepOpen: boolean;
}): Promise<Record<string, unknown> | null> {
  const done = <T>(request: IDBRequest<T> | IDBOpenDBRequest) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  // A day that does not turn under the test: a few seconds before midnight, wait for it.
  const untilMidnight = new Date().setHours(24, 0, 0, 0) - Date.now();
  if (untilMidnight < 15_000) await new Promise((r) => setTimeout(r, untilMidnight + 1000));
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const todayEntry = today && { ...today, at: now.getTime(), day };
  let filled = false;

  // The worker may wake (an alarm, the idle state) and open the database again between the
  // delete and the open; it then closes its connection for the delete, so try again. At an
  // older version that open fails (VersionError); at the current one it succeeds on the worker's
  // empty database without upgrading, so an open that wrote nothing is tried again too.
  for (let tries = 1; ; tries++) {
    await done(indexedDB.deleteDatabase('footholds'));
    try {
      const db = await create();
      if (!filled) {
        db.close();
        if (tries === 5) throw new Error('The worker kept the database from being written.');
        continue;
      }
      if (keepOpen) {
        const w = window as unknown as { versionChanges: number; oldDb: IDBDatabase };
        w.versionChanges = 0;
        w.oldDb = db;
        db.onversionchange = () => {
          w.versionChanges++;
        };
      } else db.close();
      return todayEntry;
    } catch (error) {
      if ((error as DOMException).name !== 'VersionError' || tries === 5) throw error;
    }
  }

  function create(): Promise<IDBDatabase> {
    filled = false;
    const opening = indexedDB.open('footholds', fixture.version);
    opening.onupgradeneeded = () => {
      filled = true;
      const db = opening.result;
      for (const spec of fixture.stores) {
        const store = db.createObjectStore(
          spec.name,
          spec.keyPath ? { keyPath: spec.keyPath } : {},
        );
        for (const index of spec.indexes) store.createIndex(index.name, index.keyPath);
        for (const record of spec.records) {
          if (spec.keyPath) store.add(record);
          else store.add(record.value, record.key);
        }
      }
      if (!todayEntry) return;
      const tx = opening.transaction as IDBTransaction;
      if (db.objectStoreNames.contains('entries')) tx.objectStore('entries').add(todayEntry);
      else tx.objectStore('days').add({ day, entries: [todayEntry] });
    };
    return done<IDBDatabase>(opening);
  }
}

/**
 * Every store of the database as it is now, read raw at whatever version it has (no upgrade),
 * in the fixtures' form: records in key order, `{ key, value }` for out-of-line keys.
 */
export function readDatabase(page: Page): Promise<DbContents> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T> | IDBOpenDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const db = await done<IDBDatabase>(indexedDB.open('footholds'));
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names);
    const stores = await Promise.all(
      names.map(async (name) => {
        const store = tx.objectStore(name);
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        const keyPath = store.keyPath as string | null;
        return {
          name,
          keyPath,
          indexes: [...store.indexNames].map((n) => ({
            name: n,
            keyPath: store.index(n).keyPath as string,
          })),
          records: keyPath ? values : values.map((value, i) => ({ key: keys[i], value })),
        };
      }),
    );
    db.close();
    return { version: db.version, stores };
  });
}
