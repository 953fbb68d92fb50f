import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type { HardDaysPlan } from '@/utils/model/hardDays';
import { DB_NAME, DB_VERSION, STATE_KEYS } from '@/utils/model/keys';
import type { Commitment, DayKey, Entry, Settings, Value, WeekReview } from '@/utils/model/types';

/**
 * The one data layer. Every page and the worker open this database directly; nothing is sent
 * by message. Every write is one transaction, and nothing but IndexedDB is awaited inside one
 * (a foreign await lets the transaction auto-commit half way). Pages and the worker never call
 * this layer to write: the doors (`utils/doors/`) do, and announce each change.
 *
 * It is several modules because each page loads only what it uses (the new tab and popup have
 * start-up budgets, and a module a page imports at start carries every export another chunk of
 * that page uses from it):
 * - `connection.ts` (this one): the schema, the connection, the write helper, the data version
 *   and the worker's small records. All the new tab needs at start.
 * - `log.ts`: the log by day (reads, adding and removing an entry, the one day-record change);
 *   `stepWin.ts`, `amend.ts`, `corrections.ts`: the log's other writes, loaded when asked.
 * - `plan.ts`: values, commitments and settings; `offerMemory.ts`, `reminderLog.ts`: this
 *   computer's own records; `reviews.ts`: weekly reviews; `hardDays.ts`: the plan for hard days.
 * - `all.ts`: everything at once, for backups and Delete everything.
 * - `migrations.ts`: the data steps of upgrades, loaded only when one is needed.
 */
export interface FootholdsSchema extends DBSchema {
  values: { key: string; value: Value };
  commitments: { key: string; value: Commitment; indexes: { byValue: string } };
  /** The log, one record per local day that has entries (see `DayRecord`). */
  days: { key: DayKey; value: DayRecord };
  /** A single record under the key `settings`, holding only what the user changed. */
  settings: { key: string; value: Partial<Settings> };
  /** Small records the worker keeps between events (see `STATE_KEYS`). */
  state: { key: string; value: unknown };
  /** Weekly reviews kept (a reflection, the week's one step), by the week's first day. */
  reviews: { key: DayKey; value: WeekReview };
  /** The plan for hard days: one record, under the key `plan` (`HARD_DAYS_KEY`), or none. */
  hardDays: { key: string; value: HardDaysPlan };
}

/**
 * One local day of the log. Entries are stored a day to a record, not one to a record: every
 * read is by day or by a range of days, and five years of heavy use are 1,800 records to write
 * instead of 42,000, which is what lets a backup import in well under two seconds.
 */
export interface DayRecord {
  day: DayKey;
  /** In the order they were logged. */
  entries: Entry[];
}

/** An open Footholds database. */
export type FootholdsDB = IDBPDatabase<FootholdsSchema>;

/** A write transaction over some stores (see `write`). */
export type WriteTx = IDBPTransaction<FootholdsSchema, StoreNames<FootholdsSchema>[], 'readwrite'>;

let connection: Promise<FootholdsDB> | null = null;

/** The data steps of upgrades (utils/db/migrations.ts), loaded only when an upgrade needs them. */
type Migrations = typeof import('./migrations');

/**
 * Opens (once per page or worker instance) the database. A newer version opened elsewhere
 * makes this connection close itself (`blocking`), and the next call opens afresh.
 *
 * The data steps of an upgrade run inside the upgrade transaction (nothing is lost if one stops
 * half way), and nothing but IndexedDB may be awaited there. Their code, which a new tab almost
 * never needs (its 12 KB budget), is not loaded up front: an open that finds an older database
 * gives up before changing anything, loads the steps, and opens again with them.
 */
export function openDb(): Promise<FootholdsDB> {
  if (!connection) {
    const opening = openAt(null).catch(() => import('./migrations').then(openAt));
    connection = opening;
    opening.catch(() => {
      connection = null;
    });
  }
  return connection;
}

function openAt(migrations: Migrations | null): Promise<FootholdsDB> {
  const opening: Promise<FootholdsDB> = openDB<FootholdsSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('values', { keyPath: 'id' });
        const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
        commitments.createIndex('byValue', 'valueId');
        db.createObjectStore('settings');
        db.createObjectStore('state');
      }
      if (oldVersion < 2) db.createObjectStore('days', { keyPath: 'day' });
      if (oldVersion < 4) db.createObjectStore('reviews', { keyPath: 'weekStart' });
      if (oldVersion < 6) db.createObjectStore('hardDays');
      if (oldVersion >= 1) {
        // Without its data steps an upgrade must not happen: give up, and `openDb` tries again.
        if (!migrations) {
          tx.done.catch(() => {}); // the abort is the point: `openDb` opens again with the steps
          tx.abort();
        } else void migrations.migrateData(db, tx, oldVersion);
      }
    },
    blocking() {
      void opening.then((db) => db.close());
      connection = null;
    },
    terminated() {
      connection = null;
    },
  });
  return opening;
}

/** Forgets the cached connection (tests swap in a fresh IndexedDB between cases). */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}

/** The stores user data lives in (everything but the worker's `state`). */
export type DataStore = Exclude<StoreNames<FootholdsSchema>, 'state'>;

/**
 * One write transaction over `stores` that also raises the data version, so anything built from
 * the data (the new tab's snapshot) can tell at a glance whether it is still current. `work`
 * queues its requests and returns them; a failing one rolls the whole transaction back.
 */
export async function write(
  stores: DataStore[],
  work: (tx: WriteTx) => Promise<unknown>[],
): Promise<void> {
  const db = await openDb();
  const names: StoreNames<FootholdsSchema>[] = [...stores, 'state'];
  const tx = db.transaction(names, 'readwrite');
  const state = tx.objectStore('state');
  const bump = state
    .get(STATE_KEYS.version)
    .then((v) => state.put((typeof v === 'number' ? v : 0) + 1, STATE_KEYS.version));
  try {
    await Promise.all([...work(tx), bump, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    throw error;
  }
}

/** The data version: it changes with every write to values, commitments, entries or settings. */
export async function getDataVersion(): Promise<number> {
  const v = await (await openDb()).get('state', STATE_KEYS.version);
  return typeof v === 'number' ? v : 0;
}

/** A new random id. */
export function newId(): string {
  return crypto.randomUUID();
}

// ----------------------------------------------------------------------------------- state

/** Reads a small worker record from the `state` store. */
export async function getState<T>(key: string): Promise<T | undefined> {
  return (await (await openDb()).get('state', key)) as T | undefined;
}

/**
 * Reads, changes and writes one worker record in a single transaction, so two events handled
 * at once cannot both take the same reminder slot.
 */
export async function updateState<T, R>(
  key: string,
  change: (current: T | undefined) => { next: T; result: R },
): Promise<R> {
  const db = await openDb();
  const tx = db.transaction('state', 'readwrite');
  const { next, result } = change((await tx.store.get(key)) as T | undefined);
  await tx.store.put(next, key);
  await tx.done;
  return result;
}
