/**
 * An entry as it is being corrected or added in History, as plain strings, and the way to an
 * entry. Pure, so the rules (never a future day, a win needs words or a step) are tested without
 * a browser.
 */
import { isCorrection } from '@/utils/core/corrected';
import { stepWords } from '@/utils/core/entryWords';
import { dayKey, dayStart, isClockTime, isDayKey } from '@/utils/model/day';
import { unknownKind } from '@/utils/model/entryKinds';
import type { Commitment, DayKey, Entry, SkipReason, WinSize } from '@/utils/model/types';
import type { DraftProblem } from './problems';
import { tidy } from './tidy';

/** The fields History edits, whatever the kind. */
export interface EntryDraft {
  day: DayKey;
  /** `HH:MM`, or '' for none given. */
  time: string;
  /** A win's words: its own text, or the words of its step as logged. */
  words: string;
  /** For a back-filled win: one of the person's steps, or '' for something else. */
  commitmentId: string;
  valueId: string;
  size: WinSize;
  reason: SkipReason | '';
  mood: number;
  energy: number;
  note: string;
}

/** Where a draft is not ready yet, by field, as codes the words module says. */
export type EntryProblems = Partial<Record<'day' | 'words' | 'scale', DraftProblem>>;

/** Local clock time `HH:MM` of an epoch moment. */
export function clockOf(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The moment of a day and a clock time; with no time, midday, marked untimed. */
export function momentOf(day: DayKey, time: string): { at: number; untimed: boolean } {
  const start = dayStart(day);
  const [h, m] = isClockTime(time) ? time.split(':').map(Number) : [12, 0];
  const at = new Date(start.getFullYear(), start.getMonth(), start.getDate(), h, m).getTime();
  return { at, untimed: !isClockTime(time) };
}

/** The draft for an existing entry. */
export function entryDraftFrom(e: Entry): EntryDraft {
  const base: EntryDraft = {
    day: e.day,
    time: e.untimed ? '' : clockOf(e.at),
    words: '',
    commitmentId: '',
    valueId: '',
    size: 'full',
    reason: '',
    mood: 0,
    energy: 0,
    note: '',
  };
  if (e.kind === 'checkin') return { ...base, mood: e.mood, energy: e.energy, note: e.note ?? '' };
  if (e.kind === 'skip') return { ...base, reason: e.reason ?? '' };
  if (e.kind !== 'win') return unknownKind(e);
  return {
    ...base,
    words: e.text ?? e.stepText ?? '',
    commitmentId: e.commitmentId ?? '',
    valueId: e.valueId ?? '',
    size: e.size,
  };
}

/** An empty draft for a past day (yesterday, unless said). */
export function emptyEntryDraft(today: DayKey): EntryDraft {
  return {
    ...entryDraftFrom({ id: '', kind: 'skip', at: 0, day: today, source: 'options' }),
    day: today,
    time: '',
  };
}

/** What is not ready in a draft for an entry of `kind`; empty when it can be saved. */
export function entryProblems(
  draft: EntryDraft,
  kind: Entry['kind'],
  today: DayKey,
  commitment?: Pick<Commitment, 'step' | 'smallerStep'>,
): EntryProblems {
  const problems: EntryProblems = {};
  if (!isDayKey(draft.day) || draft.day > today) problems.day = 'future-day';
  if (kind === 'win' && !tidy(draft.words) && !commitment) problems.words = 'no-words';
  if (kind === 'checkin' && !(draft.mood >= 1 && draft.energy >= 1)) {
    problems.scale = 'pick-mood-energy';
  }
  return problems;
}

/**
 * The entry a draft makes: `before` changed (its id and source kept), or a new entry for a past day
 * (`addedAt` stamped). A step's win keeps the words given, else its step's words in that size.
 * A change stamps `updatedAt`; a correction (`isCorrection`: what it was, its day or time) also
 * stamps `correctedAt`, so a new skip reason alone is no correction. A draft that
 * changes nothing gives `before` back as it was, and a win keeps how it felt.
 */
export function entryFromDraft(
  draft: EntryDraft,
  kind: Entry['kind'],
  now: number,
  before?: Entry,
  commitment?: Pick<Commitment, 'id' | 'valueId' | 'step' | 'smallerStep'>,
): Entry {
  const after = entryOf(draft, kind, now, before, commitment);
  if (!before) return after;
  const reasonOf = (e: Entry) => (e.kind === 'skip' ? e.reason : undefined);
  const corrected = isCorrection(before, after);
  if (!corrected && reasonOf(before) === reasonOf(after)) return before;
  const correctedAt = corrected ? now : before.correctedAt;
  return {
    ...after,
    updatedAt: now,
    ...(correctedAt !== undefined ? { correctedAt } : {}),
  };
}

/** The entry a draft describes, before the stamps of a change. */
function entryOf(
  draft: EntryDraft,
  kind: Entry['kind'],
  now: number,
  before?: Entry,
  commitment?: Pick<Commitment, 'id' | 'valueId' | 'step' | 'smallerStep'>,
): Entry {
  // The same day and time keep the moment to the millisecond (the form holds minutes only).
  const sameMoment =
    before !== undefined &&
    draft.day === before.day &&
    draft.time === (before.untimed ? '' : clockOf(before.at));
  const { at, untimed } = sameMoment
    ? { at: before.at, untimed: Boolean(before.untimed) }
    : momentOf(draft.day, draft.time);
  const keep = before
    ? { id: before.id, source: before.source }
    : { id: '', source: 'options' as const };
  const stamps = before
    ? before.addedAt !== undefined
      ? { addedAt: before.addedAt }
      : {}
    : { addedAt: now };
  const base = {
    ...keep,
    at,
    day: sameMoment ? before.day : dayKey(at),
    ...stamps,
    ...(untimed ? { untimed: true as const } : {}),
  };
  if (kind === 'checkin') {
    const note = tidy(draft.note);
    return { ...base, kind, mood: draft.mood, energy: draft.energy, ...(note ? { note } : {}) };
  }
  if (kind === 'skip') {
    const skip = before?.kind === 'skip' ? before : undefined;
    return {
      ...base,
      kind,
      ...(skip?.commitmentId ? { commitmentId: skip.commitmentId } : {}),
      ...(skip?.valueId ? { valueId: skip.valueId } : {}),
      ...(draft.reason ? { reason: draft.reason } : {}),
    };
  }
  if (kind !== 'win') return unknownKind(kind);
  const words = tidy(draft.words);
  // A value left as it was stays as it was (a step's win may have none of its own).
  const ownValue = before?.kind === 'win' ? before.valueId : undefined;
  const valueId =
    before && draft.valueId === (ownValue ?? '') ? ownValue : draft.valueId || commitment?.valueId;
  const commitmentId = commitment?.id ?? (before?.kind === 'win' ? before.commitmentId : undefined);
  const said = commitmentId
    ? { stepText: words || (commitment ? stepWords(commitment, draft.size) : '') }
    : { text: words };
  // How it felt, and how it was expected to go, are the person's answers, not part of what
  // History edits: they stay.
  const felt = before?.kind === 'win' ? before.felt : undefined;
  const expected = before?.kind === 'win' ? before.expected : undefined;
  return {
    ...base,
    kind,
    ...(commitmentId ? { commitmentId } : {}),
    ...(valueId ? { valueId } : {}),
    ...said,
    size: draft.size,
    ...(felt !== undefined ? { felt } : {}),
    ...(expected !== undefined ? { expected } : {}),
  };
}
