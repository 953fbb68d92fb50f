import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import { announceChange } from './changes';
import { dayKey } from './day';
import { DB_NAME, DB_VERSION, STATE_KEYS } from './keys';
import {
  type Commitment,
  type DayKey,
  DEFAULT_SETTINGS,
  type Entry,
  type Settings,
  type Value,
} from './types';

/**
 * The one data layer. Every page and the worker open this database directly; nothing is sent
 * by message. Every write is one transaction, and nothing but IndexedDB is awaited inside one
 * (a foreign await lets the transaction auto-commit half way).
 */
export interface FootholdsSchema extends DBSchema {
  values: { key: string; value: Value };
  commitments: { key: string; value: Commitment; indexes: { byValue: string } };
  entries: {
    key: string;
    value: Entry;
    indexes: { byDay: string; byCommitment: string; byAt: number };
  };
  /** A single record under the key `settings`, holding only what the user changed. */
  settings: { key: string; value: Partial<Settings> };
  /** Small records the worker keeps between events (see `STATE_KEYS`). */
  state: { key: string; value: unknown };
}

/** An open Footholds database. */
export type FootholdsDB = IDBPDatabase<FootholdsSchema>;

/** Everything stored, as plain data (what a backup holds). */
export interface AllData {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  settings: Partial<Settings>;
}

const SETTINGS_KEY = 'settings';

let connection: Promise<FootholdsDB> | null = null;

/**
 * Opens (once per page or worker instance) the database. A newer version opened elsewhere
 * makes this connection close itself (`blocking`), and the next call opens afresh.
 */
export function openDb(): Promise<FootholdsDB> {
  if (!connection) {
    const opening = openDB<FootholdsSchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('values', { keyPath: 'id' });
          const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
          commitments.createIndex('byValue', 'valueId');
          const entries = db.createObjectStore('entries', { keyPath: 'id' });
          entries.createIndex('byDay', 'day');
          entries.createIndex('byCommitment', 'commitmentId');
          entries.createIndex('byAt', 'at');
          db.createObjectStore('settings');
          db.createObjectStore('state');
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
    connection = opening;
    opening.catch(() => {
      connection = null;
    });
  }
  return connection;
}

/** Forgets the cached connection (tests swap in a fresh IndexedDB between cases). */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}

/** The stores user data lives in (everything but the worker's `state`). */
type DataStore = Exclude<StoreNames<FootholdsSchema>, 'state'>;

/**
 * One write transaction over `stores` that also raises the data version, so anything built from
 * the data (the new tab's snapshot) can tell at a glance whether it is still current.
 */
async function write(
  stores: DataStore[],
  work: (
    tx: IDBPTransaction<FootholdsSchema, StoreNames<FootholdsSchema>[], 'readwrite'>,
  ) => Promise<unknown>[],
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
function newId(): string {
  return crypto.randomUUID();
}

// ---------------------------------------------------------------------------------- values

/** Every value, oldest first. */
export async function listValues(): Promise<Value[]> {
  const all = await (await openDb()).getAll('values');
  return all.sort(byCreated);
}

/** One value by id. */
export async function getValue(id: string): Promise<Value | undefined> {
  return (await openDb()).get('values', id);
}

/** Adds a value and returns it. */
export async function addValue(input: Omit<Value, 'id' | 'createdAt'>): Promise<Value> {
  const value: Value = { ...input, id: newId(), createdAt: Date.now() };
  await write(['values'], (tx) => [tx.objectStore('values').add(value)]);
  await announceChange('values');
  return value;
}

/** Replaces a stored value (same id). */
export async function updateValue(value: Value): Promise<void> {
  await write(['values'], (tx) => [tx.objectStore('values').put(value)]);
  await announceChange('values');
}

// ----------------------------------------------------------------------------- commitments

/** Every commitment (any status), oldest first. */
export async function listCommitments(): Promise<Commitment[]> {
  const all = await (await openDb()).getAll('commitments');
  return all.sort(byCreated);
}

/** One commitment by id. */
export async function getCommitment(id: string): Promise<Commitment | undefined> {
  return (await openDb()).get('commitments', id);
}

/** Adds a commitment (active unless said otherwise) and returns it. */
export async function addCommitment(
  input: Omit<Commitment, 'id' | 'createdAt' | 'status'> & { status?: Commitment['status'] },
): Promise<Commitment> {
  const commitment: Commitment = {
    ...input,
    id: newId(),
    createdAt: Date.now(),
    status: input.status ?? 'active',
  };
  await write(['commitments'], (tx) => [tx.objectStore('commitments').add(commitment)]);
  await announceChange('commitments');
  return commitment;
}

/** Replaces a stored commitment (same id): resize, pause, archive, new cue. */
export async function updateCommitment(commitment: Commitment): Promise<void> {
  await write(['commitments'], (tx) => [tx.objectStore('commitments').put(commitment)]);
  await announceChange('commitments');
}

// --------------------------------------------------------------------------------- entries

/** What a surface passes to log an entry; id, time and day are filled in. */
export type NewEntry = Entry extends infer E
  ? E extends Entry
    ? Omit<E, 'id' | 'at' | 'day'> & { at?: number }
    : never
  : never;

/** Appends an entry to the log and returns it. */
export async function addEntry(input: NewEntry): Promise<Entry> {
  const at = input.at ?? Date.now();
  const entry = { ...input, id: newId(), at, day: dayKey(at) } as Entry;
  await write(['entries'], (tx) => [tx.objectStore('entries').add(entry)]);
  await announceChange('entries');
  return entry;
}

/** Removes one entry: the user's own undo or delete, the only way the log is rewritten. */
export async function deleteEntry(id: string): Promise<void> {
  await write(['entries'], (tx) => [tx.objectStore('entries').delete(id)]);
  await announceChange('entries');
}

/** Entries of one local day, in time order. */
export async function entriesForDay(day: DayKey): Promise<Entry[]> {
  const list = await (await openDb()).getAllFromIndex('entries', 'byDay', day);
  return list.sort(byAt);
}

/** Entries from `from` to `to` (local days, both included), in time order, through the index. */
export async function entriesInRange(from: DayKey, to: DayKey): Promise<Entry[]> {
  const list = await (await openDb()).getAllFromIndex(
    'entries',
    'byDay',
    IDBKeyRange.bound(from, to),
  );
  return list.sort(byAt);
}

/** Entries for one commitment, in time order. */
export async function entriesForCommitment(commitmentId: string): Promise<Entry[]> {
  const list = await (await openDb()).getAllFromIndex('entries', 'byCommitment', commitmentId);
  return list.sort(byAt);
}

// -------------------------------------------------------------------------------- settings

/** The settings, with defaults for anything the user has not changed. */
export async function getSettings(): Promise<Settings> {
  const stored = (await (await openDb()).get('settings', SETTINGS_KEY)) ?? {};
  return withDefaults(stored);
}

/** Changes some settings, keeping the rest. */
export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  let next: Partial<Settings> = {};
  await write(['settings'], (tx) => {
    const store = tx.objectStore('settings');
    return [
      store.get(SETTINGS_KEY).then((stored) => {
        next = { ...(stored ?? {}), ...patch };
        return store.put(next, SETTINGS_KEY);
      }),
    ];
  });
  await announceChange('settings');
  return withDefaults(next);
}

/** Fills in defaults for settings a backup or an older version left out. */
function withDefaults(stored: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
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

// ------------------------------------------------------------------------------ whole data

/** Everything stored, read in one transaction so the picture is consistent. */
export async function readAll(): Promise<AllData> {
  const db = await openDb();
  const tx = db.transaction(['values', 'commitments', 'entries', 'settings'], 'readonly');
  const [values, commitments, entries, settings] = await Promise.all([
    tx.objectStore('values').getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('entries').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
  ]);
  await tx.done;
  return { values, commitments, entries, settings: settings ?? {} };
}

/**
 * Replaces everything stored with `data`, in one transaction: either all of it lands or
 * nothing changes.
 */
export async function replaceAll(data: AllData): Promise<void> {
  // Requests are queued without awaiting each one: a single await at the end keeps the
  // transaction busy and is much faster for years of entries.
  await write(['values', 'commitments', 'entries', 'settings'], (tx) => {
    const values = tx.objectStore('values');
    const commitments = tx.objectStore('commitments');
    const entries = tx.objectStore('entries');
    const settings = tx.objectStore('settings');
    const work: Promise<unknown>[] = [
      values.clear(),
      commitments.clear(),
      entries.clear(),
      settings.clear(),
    ];
    for (const v of data.values) work.push(values.add(v));
    for (const c of data.commitments) work.push(commitments.add(c));
    for (const e of data.entries) work.push(entries.add(e));
    work.push(settings.put(data.settings, SETTINGS_KEY));
    return work;
  });
  await announceChange('all');
}

function byCreated(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byAt(a: Entry, b: Entry) {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
