/**
 * What History shows for one month, derived from what was read (pure): the days newest first,
 * each entry in words, with its time and whether it was added later or corrected.
 */

import { copy } from '@/utils/copy';
import { historyCopy } from '@/utils/copy/options/history';
import { clockOf } from '@/utils/core/drafts/entryDraft';
import { entryStep, entryValueId } from '@/utils/core/entryWords';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import { unknownKind } from '@/utils/model/entryKinds';
import type { Commitment, DayKey, Entry, EntryKind, Value } from '@/utils/model/types';

/** Which entries to show. */
export type HistoryFilter = 'all' | EntryKind;

/** The filters, in the order they are offered. */
export const HISTORY_FILTERS: readonly HistoryFilter[] = ['all', 'win', 'skip', 'checkin'];

/** One entry, ready to show. */
export interface HistoryItem {
  entry: Entry;
  /** What it was, in words ("Walk for ten minutes for Health"). */
  what: string;
  /** A check-in's note, shown apart from `what` so it reads in its own direction. */
  note?: string;
  /** Its time of day ("09:30"), or null when it was added later without one. */
  time: string | null;
  /** Entered afterwards, for a past day. */
  addedLater: boolean;
  /**
   * Corrected since (`correctedAt`: its words, step, value, size, check-in, day or time), never
   * for only saying how it felt or why it was skipped.
   */
  corrected: boolean;
}

/** One day of History. */
export interface HistoryDay {
  day: DayKey;
  items: HistoryItem[];
}

/** A month of History, newest day first. */
export interface HistoryView {
  /** `YYYY-MM` of the month shown; null when nothing is logged at all. */
  month: string | null;
  /** Every month with entries, newest first. */
  months: string[];
  days: HistoryDay[];
}

/** The months (`YYYY-MM`) that hold any of these days, newest first. */
export function monthsOf(days: readonly DayKey[]): string[] {
  return [...new Set(days.map((d) => d.slice(0, 7)))].sort().reverse();
}

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: DayKey; to: DayKey } {
  const from = `${month}-01`;
  const start = dayStart(from);
  const next = dayKey(new Date(start.getFullYear(), start.getMonth() + 1, 1));
  return { from, to: addDays(next, -1) };
}

/** An entry in a few words, as History lists it (a check-in's note is the item's `note`). */
export function describeEntry(
  e: Entry,
  values: ReadonlyMap<string, Value>,
  commitments: ReadonlyMap<string, Commitment>,
): string {
  const words = historyCopy.history;
  if (e.kind === 'checkin') {
    const moodWord = copy.checkin.moodScale[e.mood - 1] ?? '';
    const energyWord = copy.checkin.energyScale[e.energy - 1] ?? '';
    return words.checkin(e.mood, moodWord, e.energy, energyWord);
  }
  const commitment = e.commitmentId ? commitments.get(e.commitmentId) : undefined;
  const step = entryStep(e, commitment);
  if (e.kind === 'skip') {
    const line = words.skip(step);
    return e.reason ? `${line} (${words.reasons[e.reason]})` : line;
  }
  if (e.kind !== 'win') return unknownKind(e);
  const valueId = entryValueId(e, commitment);
  const line = words.win(step, valueId ? (values.get(valueId)?.name ?? '') : '');
  return e.size === 'smaller' && commitment ? `${line} (${words.smallerWin})` : line;
}

/** Builds a month of History from its entries (any order), newest day and entry first. */
export function historyView(input: {
  month: string | null;
  months: string[];
  entries: Entry[];
  values: Value[];
  commitments: Commitment[];
  filter: HistoryFilter;
}): HistoryView {
  const values = new Map(input.values.map((v) => [v.id, v]));
  const commitments = new Map(input.commitments.map((c) => [c.id, c]));
  const byDay = new Map<DayKey, HistoryItem[]>();
  const shown = input.entries
    .filter((e) => input.filter === 'all' || e.kind === input.filter)
    .sort((a, b) => b.at - a.at);
  for (const e of shown) {
    const item: HistoryItem = {
      entry: e,
      what: describeEntry(e, values, commitments),
      note: e.kind === 'checkin' && e.note ? e.note : undefined,
      time: e.untimed ? null : clockOf(e.at),
      addedLater: e.addedAt !== undefined,
      corrected: e.correctedAt !== undefined,
    };
    const list = byDay.get(e.day);
    if (list) list.push(item);
    else byDay.set(e.day, [item]);
  }
  const days = [...byDay]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([day, items]) => ({ day, items }));
  return { month: input.month, months: input.months, days };
}
