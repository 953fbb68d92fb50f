import { adjustCopy } from './adjust';
import { coreCopy } from './core';
import { cueCopy } from './cues';
import { composed } from './lang/words';
import { limitCopy } from './limits';
import { microwinCopy } from './microwin';
import { optionsCopy } from './options';
import { planCopy } from './plan';
import { popupCopy } from './popup';
import { reminderNoteCopy } from './reminderNotes';
import { reminderCopy } from './reminders';
import { replyCopy } from './replies';
import { skipReplyCopy } from './skipReplies';
import { storageCopy } from './storage';
import { todayCopy } from './today';

/**
 * Every sentence Footholds says, in one place, so it can be read, audited and translated at once:
 * this folder, gathered as `allCopy` in `all.ts`. The parts are separate modules only so that each page
 * loads just its own words (the start-up budgets): the new tab and the popup import their parts
 * directly, and the Options page uses `copy`, which leaves out the new tab's words (`todayCopy`)
 * so that they stay in the new tab's own file.
 *
 * Rules for anything added here (tests/unit/words.test.ts checks the word list):
 * plain, warm and short; no blame and no pressure; no clinical or medical words; effort counts.
 */
export const copy = composed(() => ({
  ...coreCopy,
  ...replyCopy,
  ...skipReplyCopy,
  ...storageCopy,
  ...planCopy,
  ...cueCopy,
  ...popupCopy,
  ...reminderCopy,
  ...optionsCopy,
  notes: reminderNoteCopy,
  ...adjustCopy,
  ...limitCopy,
  microwin: microwinCopy,
}));

/** The shape of the Options page's words. */
export type Copy = typeof copy;

export type { PlanWords } from './plan';
export {
  adjustCopy,
  coreCopy,
  cueCopy,
  limitCopy,
  microwinCopy,
  optionsCopy,
  planCopy,
  popupCopy,
  reminderCopy,
  reminderNoteCopy,
  todayCopy,
};
