/**
 * Reading the step out of an English sentence: "I will", a leading cue clause, a purpose clause.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';

/** "I will", "I'll", "I'm going to" …: the step follows. */
export const INTENT_STRONG =
  /\b(?:i|we)\s{0,2}(?:'ll|'m going to|'m gonna|m going to|am going to|am gonna|are going to|will|shall)\b\s*/gi;
export const INTENT_WEAK =
  /\b(?:i|we)\s{0,2}(?:want to|wanna|would like to|'d like to|plan to|intend to|aim to|promise to|commit to|need to|have to|must|should|hope to|'m to|am to|try to)\b\s*/i;

export const LEADING_FILLER =
  /^(?:(?:and|so|ok|okay|then|maybe|just|really|actually|definitely|finally|also|try to|try and|at least|to|today|tomorrow|(?:my |the )?(?:goal|plan|aim|intention|commitment)(?: is(?: to)?|:))\b[\s,:]*){1,6}/i;

export const LEADING_CUE =
  /^(?:when|whenever|after|before|once|as soon as|every time|each time|if|on|at|in the|first thing|every|each|during|while)\b[^,]{0,100},\s*/i;

/** A purpose clause after the step: "so that …", "because …". */
export const PURPOSE = /\s(?:so that|so i can|so i|in order to|because)\b.*$/;

/** The reading part of the English table. */
export const reading: MicrowinLanguageData['reading'] = {
  INTENT_STRONG,
  INTENT_WEAK,
  LEADING_FILLER,
  LEADING_CUE,
  PURPOSE,
};
