/**
 * The plan's part of a sync round in the worker: the plan as sync sees it (values, steps,
 * settings and, where the person ticked it, the plan for hard days), its round against the
 * mirror, and what came in written into IndexedDB. The round itself is `utils/worker/sync.ts`.
 */
import { hardDaysPlanOf } from '@/utils/core/backup/hardDays';
import { type PlanRecords, type Round, syncRound } from '@/utils/core/sync/engine';
import {
  HARD_DAYS_RECORD,
  knownForHardDays,
  readableWith,
  withoutHardDays,
} from '@/utils/core/sync/hardDays';
import type { Known } from '@/utils/core/sync/merge';
import { type MirrorRecord, overQuota, parseRecordKey, recordKey } from '@/utils/core/sync/mirror';
import { isReadableRecord } from '@/utils/core/sync/readable';
import { deleteHardDaysPlan, getHardDaysPlan, putHardDaysPlan } from '@/utils/db/hardDays';
import {
  deleteCommitment,
  deleteValue,
  getSettings,
  listCommitments,
  listValues,
  replaceSettings,
  updateCommitment,
  updateValue,
} from '@/utils/db/plan';
import type { SyncState } from '@/utils/db/syncState';
import type { ChangeKind } from '@/utils/model/changes';
import type { Commitment, Settings, Value } from '@/utils/model/types';

/**
 * The plan as sync sees it: record key → record; with `hardDays` (ticked here), the plan for
 * hard days too, when there is one.
 */
export async function readPlanRecords(hardDays = false): Promise<PlanRecords> {
  const [values, commitments, settings, hardDaysPlan] = await Promise.all([
    listValues(),
    listCommitments(),
    getSettings(),
    hardDays ? getHardDaysPlan() : undefined,
  ]);
  const plan: PlanRecords = new Map();
  for (const value of values) plan.set(recordKey('value', value.id), value);
  for (const c of commitments) plan.set(recordKey('commitment', c.id), c);
  plan.set(recordKey('settings'), settings);
  if (hardDaysPlan) plan.set(HARD_DAYS_RECORD, hardDaysPlan);
  return plan;
}

/** Writes what came in through sync into IndexedDB; returns the kinds of data that changed. */
export async function applyHere(records: readonly MirrorRecord[]): Promise<ChangeKind[]> {
  const kinds = new Set<ChangeKind>();
  for (const record of records) {
    const named = parseRecordKey(record.key);
    if (!named) continue;
    if (named.kind === 'settings') {
      if (!record.deleted) await replaceSettings(record.data as Partial<Settings>);
      kinds.add('settings');
    } else if (named.kind === 'hardDays') {
      // Only a plan it can read arrives here (`isReadableRecord`); a deletion removes it.
      const plan = record.deleted ? null : hardDaysPlanOf(record.data);
      if (plan) await putHardDaysPlan(plan);
      else if (record.deleted) await deleteHardDaysPlan();
      kinds.add('hardDays');
    } else if (named.kind === 'value') {
      if (record.deleted) await deleteValue(named.id ?? '');
      else await updateValue(record.data as Value);
      kinds.add('values');
    } else {
      if (record.deleted) await deleteCommitment(named.id ?? '');
      else await updateCommitment(record.data as Commitment);
      kinds.add('commitments');
    }
  }
  return [...kinds];
}

/**
 * The plan's part of a round: values, steps and settings, and the plan for hard days where it is
 * ticked (`core/sync/hardDays.ts`). A ticked plan that would take the mirror past the quota is
 * left out of this round (`hardDaysLeftOut`), so the rest still travels. `knownKept` is what was
 * known of the plan for hard days when the round left it out, to keep for when it is ticked again.
 */
export async function planRound(
  state: SyncState,
  items: Record<string, unknown>,
  now: number,
): Promise<{
  r: Round;
  plan: PlanRecords;
  hardDaysLeftOut: boolean;
  knownKept: Known | null;
}> {
  const kept = (): Known | null =>
    HARD_DAYS_RECORD in state.known ? { [HARD_DAYS_RECORD]: state.known[HARD_DAYS_RECORD] } : null;
  const without = async () => {
    const plan = await readPlanRecords(false);
    const known = withoutHardDays(state.known);
    const readable = readableWith(false, isReadableRecord);
    return { plan, r: syncRound(plan, known, items, state.me, now, readable) };
  };
  if (!state.hardDays) return { ...(await without()), hardDaysLeftOut: false, knownKept: kept() };
  const plan = await readPlanRecords(true);
  const here = plan.get(HARD_DAYS_RECORD) as { updatedAt?: number } | undefined;
  const known = knownForHardDays(state.known, here?.updatedAt, items);
  const r = syncRound(plan, known, items, state.me, now, isReadableRecord);
  if (!overQuota(r.mirror)) return { r, plan, hardDaysLeftOut: false, knownKept: null };
  return { ...(await without()), hardDaysLeftOut: true, knownKept: kept() };
}
