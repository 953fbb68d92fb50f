import { groundingCopy } from './grounding';
import { copy } from './index';
import { composed } from './lang/words';
import { todayCopy } from './today';
import { todayViewCopy } from './todayView';

/**
 * Every word of every surface in one object, for audits and the words test. Its own module, so
 * that the Options page, which imports `copy` from `./index`, never loads the new tab's words.
 */
export const allCopy = composed(() => ({
  ...copy,
  ...todayCopy,
  ...todayViewCopy,
  ...groundingCopy,
}));
