import { type Commitment, DEFAULT_SETTINGS, type Settings, type Value } from '@/utils/model/types';
import { newId, openDb, write } from './connection';

/**
 * The plan in the one data layer (see `connection.ts`): values, commitments and settings. Apart from the
 * new tab's, so a current new tab loads none of it.
 */

/** The key of the one record in the `settings` store. */
export const SETTINGS_KEY = 'settings';

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

/** Adds a value (in use unless said otherwise) and returns it. */
export async function addValue(
  input: Omit<Value, 'id' | 'createdAt' | 'status'> & { status?: Value['status'] },
): Promise<Value> {
  const value: Value = {
    ...input,
    status: input.status ?? 'active',
    id: newId(),
    createdAt: Date.now(),
  };
  await write(['values'], (tx) => [tx.objectStore('values').add(value)]);
  return value;
}

/** Replaces a stored value (same id). */
export async function updateValue(value: Value): Promise<void> {
  await write(['values'], (tx) => [tx.objectStore('values').put(value)]);
}

/** Deletes a value (only ever one nothing refers to: see `valueReferences`). */
export async function deleteValue(id: string): Promise<void> {
  await write(['values'], (tx) => [tx.objectStore('values').delete(id)]);
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
  return commitment;
}

/** Replaces a stored commitment (same id): resize, pause, archive, new cue. */
export async function updateCommitment(commitment: Commitment): Promise<void> {
  await write(['commitments'], (tx) => [tx.objectStore('commitments').put(commitment)]);
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

/**
 * Deletes a commitment (sync: a step deleted on another computer; the app itself sets aside).
 * The plan for hard days lets go of it as its routine's step in the same transaction, so no id
 * is left pointing at nothing.
 */
export async function deleteCommitment(id: string): Promise<void> {
  // Loaded only here (sync alone deletes a step), so the pages that read the plan at start,
  // the new tab among them, do not carry the plan for hard days.
  const { letGoOfRoutineStep } = await import('./hardDays');
  await write(['commitments', 'hardDays'], (tx) => [
    tx.objectStore('commitments').delete(id),
    letGoOfRoutineStep(tx, id),
  ]);
}

/** Replaces the settings record as a whole (sync: the settings another computer saved). */
export async function replaceSettings(settings: Partial<Settings>): Promise<void> {
  await write(['settings'], (tx) => [tx.objectStore('settings').put(settings, SETTINGS_KEY)]);
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
  return withDefaults(next);
}

/** Fills in defaults for settings a backup or an older version left out. */
function withDefaults(stored: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

function byCreated(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
