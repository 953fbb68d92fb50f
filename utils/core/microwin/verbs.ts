/**
 * Action verbs: whether a word is one (in any simple form), with a language's table (language.ts).
 */
import type { MicrowinLanguageData } from './language';

/** Whether a word is a concrete action verb, in any simple form ("walking", "texts", "stopped"). */
export function isAction(word: string, lang: MicrowinLanguageData): boolean {
  const { ACTION_VERBS, stems } = lang.verbs;
  const w = word.toLowerCase();
  return ACTION_VERBS.has(w) || stems(w).some((s) => ACTION_VERBS.has(s));
}

/** Whether, after a joining word ("by", "and", "then", "instead"), the text names a concrete action. */
export function hasFollowUpAction(text: string, lang: MicrowinLanguageData): boolean {
  const m = lang.verbs.FOLLOW_UP.exec(text);
  if (!m) return false;
  const rest = text.slice((m.index ?? 0) + m[0].length);
  return rest.split(lang.verbs.WORD_SPLIT).some((w) => w !== '' && isAction(w, lang));
}
