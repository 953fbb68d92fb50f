/**
 * The data steps of database upgrades, in order, each inside the upgrade transaction. Loaded by
 * `openDb` only when the database on disk is older than this build, so no page carries them
 * otherwise. Bump `DB_VERSION` (utils/model/keys.ts) with each new step.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { correctedAtOfOld } from '@/utils/core/corrected';
import { stepWords } from '@/utils/core/entryWords';
import { STATE_KEYS } from '@/utils/model/keys';
import type { Entry } from '@/utils/model/types';
import type { FootholdsDB, FootholdsSchema } from './connection';
import { groupByDay } from './days';

export type UpgradeTx = IDBPTransaction<
  FootholdsSchema,
  StoreNames<FootholdsSchema>[],
  'versionchange'
>;

/** The data steps of an upgrade from `oldVersion`, one after the other in the upgrade transaction. */
export async function migrateData(
  db: FootholdsDB,
  tx: UpgradeTx,
  oldVersion: number,
): Promise<void> {
  if (oldVersion < 2) await moveEntriesIntoDays(db, tx);
  if (oldVersion < 3) await keepTheWordsOfPastWins(tx);
  if (oldVersion < 5) await markPastCorrections(tx);
}

/** Version 1 to 2: version 1 kept one record per entry in `entries`; they move into days. */
async function moveEntriesIntoDays(db: FootholdsDB, tx: UpgradeTx): Promise<void> {
  // The old store is not in today's schema, so it is reached by a name the types do not know.
  const old = tx.objectStore('entries' as StoreNames<FootholdsSchema>);
  const entries = (await old.getAll()) as Entry[];
  const days = tx.objectStore('days');
  await Promise.all(groupByDay(entries).map((record) => days.put(record)));
  db.deleteObjectStore('entries' as StoreNames<FootholdsSchema>);
}

/**
 * Version 2 to 3: every value gets its status (in use), and every win for a step gets that
 * step's words as they are today (`stepText`), the best that is known, so renaming a step from
 * now on never rewrites the past.
 */
async function keepTheWordsOfPastWins(tx: UpgradeTx): Promise<void> {
  const valueStore = tx.objectStore('values');
  const [values, commitments, days] = await Promise.all([
    valueStore.getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('days').getAll(),
  ]);
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const puts: Promise<unknown>[] = [];
  for (const value of values) {
    if (!value.status) puts.push(valueStore.put({ ...value, status: 'active' }));
  }
  const dayStore = tx.objectStore('days');
  for (const record of days) {
    let changed = false;
    const entries = record.entries.map((e) => {
      if (e.kind !== 'win' || e.stepText !== undefined || e.text !== undefined) return e;
      const commitment = e.commitmentId ? byId.get(e.commitmentId) : undefined;
      if (!commitment) return e;
      changed = true;
      return { ...e, stepText: stepWords(commitment, e.size) };
    });
    if (changed) puts.push(dayStore.put({ ...record, entries }));
  }
  await Promise.all(puts);
}

/**
 * Version 4 to 5: History's "corrected" reads `correctedAt`, stamped only by a real
 * correction, where it read `updatedAt`, which answering "How did it feel?" or choosing a skip's
 * reason also stamped. Entries stamped before get `correctedAt` where what they hold says they were
 * corrected (`correctedAtOfOld`). The data version rises too, so views built before this version
 * (the new tab's snapshot, whose minutes could contradict a step's words) are built again.
 */
async function markPastCorrections(tx: UpgradeTx): Promise<void> {
  const dayStore = tx.objectStore('days');
  const state = tx.objectStore('state');
  const [days, version] = await Promise.all([dayStore.getAll(), state.get(STATE_KEYS.version)]);
  const puts: Promise<unknown>[] = [
    state.put((typeof version === 'number' ? version : 0) + 1, STATE_KEYS.version),
  ];
  for (const record of days) {
    let changed = false;
    const entries = record.entries.map((e): Entry => {
      const correctedAt = correctedAtOfOld(e);
      if (correctedAt === undefined || e.correctedAt !== undefined) return e;
      changed = true;
      return { ...e, correctedAt };
    });
    if (changed) puts.push(dayStore.put({ ...record, entries }));
  }
  await Promise.all(puts);
}
