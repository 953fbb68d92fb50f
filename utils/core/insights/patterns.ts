/**
 * Patterns over several weeks: mood on days with each value and each step, beside
 * days without it, with both counts; and how steps felt beside the check-in before them. Things
 * that went together, never a cause. Nothing is shown on too little data; instead, how much
 * more would be enough.
 */
import type { Commitment, DayKey, Entry, Value } from '@/utils/model/types';

/** Check-in days each side (with, without) needs before a mood pattern is shown. */
export const PATTERN_MIN_DAYS = 3;
/** Wins with how they felt, each after a check-in that day, a step needs before it is shown. */
export const FELT_MIN_WINS = 3;

/** One side of a mood pattern: how many check-in days, and their mean mood. */
export interface PatternSide {
  days: number;
  mood: number;
}

/** Mood on days with a value or a step, beside days without it. */
export interface MoodPattern {
  kind: 'value' | 'step';
  id: string;
  /** The value's name, or the step's words today. */
  name: string;
  with: PatternSide;
  without: PatternSide;
}

/** How a step felt after it was done, beside the mood checked in before it that day. */
export interface FeltPattern {
  commitmentId: string;
  step: string;
  /** Wins counted: each with `felt` and a check-in earlier that day. */
  times: number;
  /** Mean `felt`, 1–5. */
  felt: number;
  /** Mean mood of the check-in just before each of those wins, 1–5. */
  before: number;
}

/** What the Patterns part of the review shows for a range of days. */
export interface Patterns {
  from: DayKey;
  to: DayKey;
  /** Days in the range with at least one check-in. */
  checkinDays: number;
  /** Values first, then steps; each with enough data on both sides. */
  mood: MoodPattern[];
  /** Values and steps with some wins in the range that are left out for too little data. */
  leftOut: number;
  /** With no mood pattern shown: the fewest more check-in days that could show one; else 0. */
  moreDays: number;
  felt: FeltPattern[];
  /** With no felt pattern shown: the fewest more such wins that could show one; else 0. */
  moreFelt: number;
}

interface Sides {
  kind: 'value' | 'step';
  id: string;
  name: string;
  winDays: Set<DayKey>;
}

/**
 * Patterns over `from`–`to` (both included). One pass over the entries: each day's check-ins are
 * averaged first (a day counts once), win days are gathered per value and per step, and felt
 * wins are matched with the latest check-in before them that day. A value or step is shown when
 * it has at least `PATTERN_MIN_DAYS` check-in days with it and as many without it. Entries
 * added later without a time (`untimed`) have no "before", so they count for mood but not felt.
 */
export function patterns(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  from: DayKey;
  to: DayKey;
}): Patterns {
  const { from, to } = input;
  const commitmentsById = new Map(input.commitments.map((c) => [c.id, c]));
  const valuesById = new Map(input.values.map((v) => [v.id, v]));
  const checkins = new Map<DayKey, { sum: number; n: number }>();
  /** Each day's timed check-ins, in time order: the "before" of a felt win. */
  const timed = new Map<DayKey, { at: number; mood: number }[]>();
  const sides = new Map<string, Sides>();
  const felt: { commitmentId: string; day: DayKey; at: number; felt: number }[] = [];

  const side = (kind: 'value' | 'step', id: string, name: string): Sides => {
    const key = `${kind}:${id}`;
    let s = sides.get(key);
    if (!s) {
      s = { kind, id, name, winDays: new Set() };
      sides.set(key, s);
    }
    return s;
  };

  for (const e of input.entries) {
    if (e.day < from || e.day > to) continue;
    if (e.kind === 'checkin') {
      const c = checkins.get(e.day);
      if (c) {
        c.sum += e.mood;
        c.n++;
      } else checkins.set(e.day, { sum: e.mood, n: 1 });
      if (!e.untimed) {
        const list = timed.get(e.day) ?? [];
        list.push({ at: e.at, mood: e.mood });
        timed.set(e.day, list);
      }
    } else if (e.kind === 'win') {
      const commitment = e.commitmentId ? commitmentsById.get(e.commitmentId) : undefined;
      const value = valuesById.get(e.valueId ?? commitment?.valueId ?? '');
      if (value) side('value', value.id, value.name).winDays.add(e.day);
      if (commitment) {
        side('step', commitment.id, commitment.step).winDays.add(e.day);
        if (typeof e.felt === 'number' && !e.untimed) {
          felt.push({ commitmentId: commitment.id, day: e.day, at: e.at, felt: e.felt });
        }
      }
    }
  }

  const mood: MoodPattern[] = [];
  let leftOut = 0;
  let moreDays = Number.POSITIVE_INFINITY;
  for (const s of sides.values()) {
    const w = { days: 0, sum: 0 };
    const wo = { days: 0, sum: 0 };
    for (const [day, c] of checkins) {
      const target = s.winDays.has(day) ? w : wo;
      target.days++;
      target.sum += c.sum / c.n;
    }
    const missing =
      Math.max(0, PATTERN_MIN_DAYS - w.days) + Math.max(0, PATTERN_MIN_DAYS - wo.days);
    if (missing === 0) {
      mood.push({
        kind: s.kind,
        id: s.id,
        name: s.name,
        with: { days: w.days, mood: w.sum / w.days },
        without: { days: wo.days, mood: wo.sum / wo.days },
      });
    } else {
      leftOut++;
      moreDays = Math.min(moreDays, missing);
    }
  }
  mood.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'value' ? -1 : 1) ||
      b.with.days - a.with.days ||
      a.name.localeCompare(b.name),
  );
  if (mood.length > 0) moreDays = 0;
  else if (!Number.isFinite(moreDays)) {
    // No wins at all yet: both sides still to come.
    moreDays = 2 * PATTERN_MIN_DAYS - Math.min(checkins.size, PATTERN_MIN_DAYS);
  }

  const feltBy = new Map<string, { n: number; felt: number; before: number }>();
  for (const f of felt) {
    const earlier = (timed.get(f.day) ?? []).filter((c) => c.at <= f.at);
    if (earlier.length === 0) continue;
    const before = earlier.reduce((a, c) => (c.at >= a.at ? c : a));
    const sum = feltBy.get(f.commitmentId) ?? { n: 0, felt: 0, before: 0 };
    sum.n++;
    sum.felt += f.felt;
    sum.before += before.mood;
    feltBy.set(f.commitmentId, sum);
  }
  const feltPatterns: FeltPattern[] = [];
  let mostFelt = 0;
  for (const [commitmentId, sum] of feltBy) {
    mostFelt = Math.max(mostFelt, sum.n);
    if (sum.n < FELT_MIN_WINS) continue;
    feltPatterns.push({
      commitmentId,
      step: commitmentsById.get(commitmentId)?.step ?? '',
      times: sum.n,
      felt: sum.felt / sum.n,
      before: sum.before / sum.n,
    });
  }
  feltPatterns.sort((a, b) => b.times - a.times || a.step.localeCompare(b.step));

  return {
    from,
    to,
    checkinDays: checkins.size,
    mood,
    leftOut,
    moreDays,
    felt: feltPatterns,
    moreFelt: feltPatterns.length > 0 ? 0 : FELT_MIN_WINS - mostFelt,
  };
}
