/**
 * What can stop a draft from being saved, as codes: the forms read them, the words module
 * (utils/copy/options/index.ts, draftProblemText) says them.
 */

/**
 * A draft problem: a value with no name, a step with no words, a cue's missing time or a time
 * named twice, days, minutes away or everyday moment, an entry for a day still to come, a win
 * with no words and no step, a check-in with no mood or energy.
 */
export type DraftProblem =
  | 'name-needed'
  | 'step-needed'
  | 'need-time'
  | 'time-twice'
  | 'need-days'
  | 'need-away'
  | 'need-anchor'
  | 'future-day'
  | 'no-words'
  | 'pick-mood-energy';
