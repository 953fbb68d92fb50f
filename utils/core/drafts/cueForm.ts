import { tidyAlsoAt } from '@/utils/model/cueTimes';
import { clockMinutes, isClockTime } from '@/utils/model/day';
import type { Cue, CueKind, Weekday } from '@/utils/model/types';
import { WEEKDAYS } from '@/utils/model/weekdays';
import type { DraftProblem } from './problems';

/**
 * The cue editor's form, as plain strings and lists, and the way to and from a `Cue`. Pure, so
 * the rules (which the backup file's checks also hold) are tested without a browser.
 */
export interface CueForm {
  kind: CueKind;
  /** `time` cue: `HH:MM`. */
  at: string;
  /** `time` cue: up to `MORE_TIMES` more times (`HH:MM`, or as typed), one row each. */
  alsoAt: string[];
  /** `time` cue: chosen weekdays. */
  days: Weekday[];
  /** `back-at-computer` cue: minutes away, as typed. */
  awayMinutes: string;
  /** `anchor` cue: the everyday moment. */
  anchorText: string;
  /** `anchor` cue: whether to remind at a time too. */
  remind: boolean;
  /** `anchor` cue: the reminder's `HH:MM`. */
  remindAt: string;
  /** `anchor` cue: the reminder's weekdays. */
  remindDays: Weekday[];
}

/** The fields a problem can belong to. */
export type CueField =
  | 'at'
  | 'alsoAt'
  | 'days'
  | 'awayMinutes'
  | 'anchorText'
  | 'remindAt'
  | 'remindDays';

/** The order the five kinds of cue are offered in. */
export const CUE_KINDS: readonly CueKind[] = [
  'time',
  'browser-start',
  'back-at-computer',
  'first-tab',
  'anchor',
];

/** A new cue's form: a morning time on every day, with sensible values for the other kinds. */
export const DEFAULT_CUE_FORM: Readonly<CueForm> = Object.freeze({
  kind: 'time',
  at: '09:00',
  alsoAt: [],
  days: [...WEEKDAYS],
  awayMinutes: '30',
  anchorText: '',
  remind: false,
  remindAt: '09:00',
  remindDays: [...WEEKDAYS],
});

/** The form for an existing cue (or the default form for none). */
export function cueFormFrom(cue?: Cue): CueForm {
  const form: CueForm = {
    ...DEFAULT_CUE_FORM,
    alsoAt: [],
    days: [...DEFAULT_CUE_FORM.days],
    remindDays: [...DEFAULT_CUE_FORM.remindDays],
  };
  if (!cue) return form;
  form.kind = cue.kind;
  switch (cue.kind) {
    case 'time':
      form.at = cue.at;
      form.alsoAt = [...(cue.alsoAt ?? [])];
      form.days = sortDays(cue.days);
      break;
    case 'back-at-computer':
      form.awayMinutes = String(cue.awayMinutes);
      break;
    case 'anchor':
      form.anchorText = cue.text;
      if (cue.remindAt) {
        form.remind = true;
        form.remindAt = cue.remindAt;
        if (cue.days && cue.days.length > 0) form.remindDays = sortDays(cue.days);
      }
      break;
  }
  return form;
}

/** The result of reading a cue form. */
export type CueFormResult =
  | { ok: true; cue: Cue }
  | { ok: false; problems: Partial<Record<CueField, DraftProblem>> };

/**
 * Reads a form into a cue, or says (as codes) which fields need a look. Only the fields of
 * the chosen kind are read, so switching kinds never leaves a stale problem behind.
 */
export function cueFromForm(form: CueForm): CueFormResult {
  const problems: Partial<Record<CueField, DraftProblem>> = {};
  let cue: Cue | undefined;
  switch (form.kind) {
    case 'time': {
      const at = form.at.trim();
      if (!isClockTime(at)) problems.at = 'need-time';
      if (form.days.length === 0) problems.days = 'need-days';
      const more = form.alsoAt.map((t) => t.trim());
      const moreProblem = moreTimeProblems(at, more).find((p) => p !== undefined);
      if (moreProblem) problems.alsoAt = moreProblem;
      // Saved sorted and distinct, and left out when there are none, as the backup file has it.
      const alsoAt = tidyAlsoAt(at, more);
      cue = { kind: 'time', at, days: sortDays(form.days), ...(alsoAt ? { alsoAt } : {}) };
      break;
    }
    case 'browser-start':
      cue = { kind: 'browser-start' };
      break;
    case 'first-tab':
      cue = { kind: 'first-tab' };
      break;
    case 'back-at-computer': {
      const text = form.awayMinutes.trim();
      const minutes = Number(text);
      if (!/^\d{1,4}$/.test(text) || minutes < 1 || minutes > 1440) {
        problems.awayMinutes = 'need-away';
      }
      cue = { kind: 'back-at-computer', awayMinutes: minutes };
      break;
    }
    case 'anchor': {
      const text = form.anchorText.replace(/\s+/g, ' ').trim();
      if (text === '') problems.anchorText = 'need-anchor';
      const anchor: Cue = { kind: 'anchor', text };
      if (form.remind) {
        const remindAt = form.remindAt.trim();
        if (!isClockTime(remindAt)) problems.remindAt = 'need-time';
        if (form.remindDays.length === 0) problems.remindDays = 'need-days';
        anchor.remindAt = remindAt;
        // Every day is the same as no days (see isScheduledOn); keep the stored cue short.
        if (form.remindDays.length < 7) anchor.days = sortDays(form.remindDays);
      }
      cue = anchor;
      break;
    }
    default:
      return { ok: false, problems: { at: 'need-time' } };
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, cue };
}

/**
 * What each more-time row needs, row by row: a clock time (`need-time`), and one not already
 * named, as the first time or in an earlier row (`time-twice`). `undefined` for a row that is fine.
 */
export function moreTimeProblems(
  at: string,
  alsoAt: readonly string[],
): (DraftProblem | undefined)[] {
  return alsoAt.map((raw, i) => {
    const t = raw.trim();
    if (!isClockTime(t)) return 'need-time';
    if (t === at.trim() || alsoAt.slice(0, i).some((other) => other.trim() === t)) {
      return 'time-twice';
    }
    return undefined;
  });
}

/**
 * A time for a new more-time row: three hours after the latest time the form has, on the hour,
 * or the next free hour after that (round midnight), so a new row starts as a time of its own.
 */
export function nextFreeTime(at: string, alsoAt: readonly string[]): string {
  const taken = [at, ...alsoAt].map((t) => t.trim()).filter(isClockTime);
  const latest = Math.max(...taken.map(clockMinutes), 9 * 60 - 180);
  let hour = (Math.floor(latest / 60) + 3) % 24;
  const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;
  for (let i = 0; i < 24 && taken.includes(hhmm(hour)); i++) hour = (hour + 1) % 24;
  return hhmm(hour);
}

/** Adds or removes one weekday, keeping the list sorted and free of repeats. */
export function toggleDay(days: readonly Weekday[], day: Weekday, on: boolean): Weekday[] {
  const set = new Set(days);
  if (on) set.add(day);
  else set.delete(day);
  return sortDays([...set]);
}

function sortDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].filter((d) => WEEKDAYS.includes(d)).sort((a, b) => a - b);
}
