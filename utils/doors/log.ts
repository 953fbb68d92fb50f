/**
 * The log's front door: every write to the log goes through here, and each one is announced with
 * its origin. What it owns: a step's win (`logStepWin`, the one action the new tab, the popup and
 * a reminder's Done all call; a step is done once a day, whichever surface answers first), a
 * free win, a skip and a check-in (`logEntry`), Undo and Delete (`removeEntry`), how a win felt
 * and why a step was set aside (`answerEntry`), a correction (`correctEntry`) and Undo after a
 * delete (`putBackEntry`). The new tab and the popup load it on the first click, after their
 * first frame: their start-up budgets have no room for it.
 */
import { stepWords } from '@/utils/core/entryWords';
import {
  addEntry,
  addStepWin,
  amendEntry,
  deleteEntry,
  type EntryAmendment,
  type NewEntry,
  replaceEntry,
  restoreEntry,
} from '@/utils/db/days';
import type { ChangeOrigin } from '@/utils/model/changes';
import type { Commitment, Entry, EntrySource, WinEntry, WinSize } from '@/utils/model/types';
import { announce, THIS_PAGE } from './notices';

export type { NewEntry } from '@/utils/db/days';

/** Logs a free win (no step), a skip or a check-in, and returns it as stored. */
export async function logEntry<E extends NewEntry>(
  input: E,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Extract<Entry, { kind: E['kind'] }>> {
  const entry = await addEntry(input);
  await announce(origin, 'entries');
  return entry as Extract<Entry, { kind: E['kind'] }>;
}

/** Removes one entry: the person's own Undo or Delete, the only way the log is rewritten. */
export async function removeEntry(
  entry: Pick<Entry, 'id' | 'day'>,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await deleteEntry(entry);
  await announce(origin, 'entries');
}

/** What a surface says when a step is done. */
export interface StepWinAsked {
  /** The step (its id, value and words). */
  commitment: Pick<Commitment, 'id' | 'valueId' | 'step' | 'smallerStep'>;
  size: WinSize;
  source: EntrySource;
  /** The words on screen, when they may differ from the step's words now. */
  stepText?: string;
  at?: number;
}

/** The win stored, or the one already there that day (`already`: nothing was written). */
export interface StepWinLogged {
  entry: WinEntry;
  already: boolean;
}

/**
 * Logs a win for a step, unless the step already has one that day. A second win for the same
 * step on purpose goes through "What did you do?" in the popup, as a free-text win.
 */
export async function logStepWin(
  asked: StepWinAsked,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<StepWinLogged> {
  const { commitment, size, source, at } = asked;
  const logged = await addStepWin({
    kind: 'win',
    source,
    commitmentId: commitment.id,
    valueId: commitment.valueId,
    stepText: asked.stepText ?? stepWords(commitment, size),
    size,
    ...(at === undefined ? {} : { at }),
  });
  if (!logged.already) await announce(origin, 'entries');
  return logged;
}

/**
 * Adds `change` to the stored entry and returns it as stored; an entry no longer there (undone
 * elsewhere) comes back unchanged, and nothing is announced.
 */
export async function answerEntry<E extends Entry>(
  entry: E,
  change: EntryAmendment,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<E> {
  const stored = await amendEntry(entry, change);
  if (stored !== entry) await announce(origin, 'entries');
  return stored;
}

/** Replaces `before` with `after` (same id), moving it to another day when its day changed. */
export async function correctEntry(
  before: Entry,
  after: Entry,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await replaceEntry(before, after);
  await announce(origin, 'entries');
}

/** Puts a deleted entry back exactly as it was (Undo after Delete). */
export async function putBackEntry(entry: Entry, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await restoreEntry(entry);
  await announce(origin, 'entries');
}
