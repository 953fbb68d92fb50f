/**
 * Simulated computers for the log's sync: each with its own log, clock and `known`, sharing one
 * `storage.sync` item store. A round runs the plan's round first (on a plan of settings only, or
 * the one given) and the log's on the mirror it leaves, as the worker does.
 */
import { syncRound } from '@/utils/core/sync/engine';
import type { KnownLog } from '@/utils/core/sync/logDays';
import { type LogRound, logRound } from '@/utils/core/sync/logRound';
import type { Known } from '@/utils/core/sync/merge';
import { dayKey } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';

export const NOON = Date.UTC(2026, 2, 10, 12);
export const TODAY: DayKey = dayKey(NOON);

export interface LogComputer {
  id: string;
  skew: number;
  local: Map<string, Entry>;
  known: KnownLog;
  plan: Map<string, unknown>;
  planKnown: Known;
}

export function computer(id: string, skew = 0): LogComputer {
  return { id, skew, local: new Map(), known: {}, plan: new Map(), planKnown: {} };
}

let serial = 0;

/** A win for step `step` logged at `at` (the day is `at`'s local day). */
export function win(at: number, step = `c${++serial}`, extra: Partial<Entry> = {}): Entry {
  const id = `w${++serial}`;
  return {
    id,
    at,
    day: dayKey(at),
    source: 'popup',
    kind: 'win',
    size: 'full',
    commitmentId: step,
    stepText: 'Walk for ten minutes',
    ...extra,
  } as Entry;
}

/** A check-in with a note. */
export function checkin(at: number, note = 'slept well'): Entry {
  const id = `k${++serial}`;
  return { id, at, day: dayKey(at), source: 'popup', kind: 'checkin', mood: 4, energy: 3, note };
}

export function log(c: LogComputer, entry: Entry): Entry {
  c.local.set(entry.id, entry);
  return entry;
}

/** One round on `c` at its clock; its write lands unless `fail`. Returns the round. */
export function round(
  c: LogComputer,
  store: Record<string, unknown>,
  now: number,
  options: { fail?: boolean; days?: number; view?: Record<string, unknown> } = {},
): LogRound {
  const at = now + c.skew;
  const items = structuredClone(options.view ?? store);
  const plan = syncRound(c.plan, c.planKnown, items, c.id, at, () => true);
  c.plan = plan.plan;
  const today = dayKey(at);
  const r = logRound({
    local: [...c.local.values()],
    known: c.known,
    items: plan.mirror,
    me: c.id,
    now: at,
    today,
    days: options.days,
    readable: () => true,
  });
  for (const entry of r.remove) c.local.delete(entry.id);
  for (const entry of r.put) c.local.set(entry.id, entry);
  if (options.fail) {
    c.planKnown = plan.knownPulled;
    c.known = r.knownPulled;
    return r;
  }
  c.planKnown = plan.known;
  c.known = r.fits ? r.known : r.knownPulled;
  Object.assign(store, plan.set, r.fits ? r.set : {});
  for (const key of [...plan.remove, ...(r.fits ? r.drop : [])]) delete store[key];
  return r;
}

/** The entries a computer holds from `from` on, by id, as JSON (for comparing computers). */
export function holds(c: LogComputer, from: DayKey = '0000-00-00'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, e] of [...c.local].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (e.day >= from) out[id] = JSON.stringify(e);
  }
  return out;
}
