import { coreCopy } from './core';
import { optionsCopy } from './options';
import { planCopy } from './plan';
import { popupCopy } from './popup';
import { reminderCopy } from './reminders';
import { todayCopy } from './today';

/**
 * Every sentence Footholds says, in one place, so it can be read, audited and translated at once:
 * this folder, gathered here as `copy`. The parts are separate modules only so that the new tab
 * and the popup load just their own words (issue #6 size budgets); they import a part directly.
 *
 * Rules for anything added here (tests/unit/words.test.ts checks the word list):
 * plain, warm and short; no blame and no pressure; no clinical or medical words; effort counts.
 */
export const copy = {
  ...coreCopy,
  ...planCopy,
  ...todayCopy,
  ...popupCopy,
  ...reminderCopy,
  ...optionsCopy,
} as const;

/** The shape of the product's words. */
export type Copy = typeof copy;

export type { PlanWords } from './plan';
export { coreCopy, optionsCopy, planCopy, popupCopy, reminderCopy, todayCopy };
