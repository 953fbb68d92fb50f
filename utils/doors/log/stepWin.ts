/**
 * The log's door (see `index.ts`): "log a step's win", the one action the new tab, the popup and
 * a reminder's Done all call. A step is done once a day, whichever surface answers first.
 */
import { stepWords } from '../../core/entryWords';
import { addStepWin } from '../../db/stepWin';
import type { ChangeOrigin } from '../../model/changes';
import type { Commitment, EntrySource, WinEntry, WinSize } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

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
