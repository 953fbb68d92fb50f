/**
 * Reading the step out of a sentence: without "I will", a leading cue clause or a purpose clause,
 * with a language's table (language.ts).
 */
import { MAX_ANALYSED_CHARS } from '@/utils/model/limits';
import type { MicrowinLanguageData } from './language';

/** The step part of a sentence, without "I will", a leading cue clause, or a purpose clause. */
export function stepCore(all: string, lang: MicrowinLanguageData): string {
  const { INTENT_STRONG, INTENT_WEAK, LEADING_CUE, LEADING_FILLER, PURPOSE } = lang.reading;
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
  core = core.replace(PURPOSE, '');
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
