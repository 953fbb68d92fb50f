/**
 * Reading the step out of a sentence: without "I will", a leading cue clause or a purpose clause.
 */
import { MAX_ANALYSED_CHARS } from '@/utils/model/limits';

// Reading the step out of a sentence

/** "I will", "I'll", "I'm going to" …: the step follows. */
export const INTENT_STRONG =
  /\b(?:i|we)\s{0,2}(?:'ll|'m going to|'m gonna|m going to|am going to|am gonna|are going to|will|shall)\b\s*/gi;
export const INTENT_WEAK =
  /\b(?:i|we)\s{0,2}(?:want to|wanna|would like to|'d like to|plan to|intend to|aim to|promise to|commit to|need to|have to|must|should|hope to|'m to|am to|try to)\b\s*/i;

export const LEADING_FILLER =
  /^(?:(?:and|so|ok|okay|then|maybe|just|really|actually|definitely|finally|also|try to|try and|at least|to|today|tomorrow|(?:my |the )?(?:goal|plan|aim|intention|commitment)(?: is(?: to)?|:))\b[\s,:]*){1,6}/i;

export const LEADING_CUE =
  /^(?:when|whenever|after|before|once|as soon as|every time|each time|if|on|at|in the|first thing|every|each|during|while)\b[^,]{0,100},\s*/i;

/** The step part of a sentence, without "I will", a leading cue clause, or a purpose clause. */
export function stepCore(all: string): string {
  let core = all;
  let last: RegExpExecArray | null = null;
  for (const m of core.matchAll(INTENT_STRONG)) last = m as RegExpExecArray;
  if (last) {
    core = core.slice((last.index ?? 0) + last[0].length);
  } else {
    const weak = INTENT_WEAK.exec(core);
    if (weak) core = core.slice(weak.index + weak[0].length);
    else core = core.replace(LEADING_CUE, '');
  }
  core = core.replace(/^[\s,.:;!-]+/, '').replace(LEADING_FILLER, '');
  core = core.replace(/\s(?:so that|so i can|so i|in order to|because)\b.*$/, '');
  return core.replace(/[\s.!?,;:]+$/, '').trim();
}

/** Single spaces, first `MAX_ANALYSED_CHARS` characters, lower case, straight quotes. */
export function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ANALYSED_CHARS)
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
