/**
 * Action verbs: whether a word is one (in any simple form), with a language's table (language.ts).
 */
import type { MicrowinLanguageData } from './language';

/** Whether a word is a concrete action verb, in any simple form ("walking", "texts", "stopped"). */
export function isAction(word: string, lang: MicrowinLanguageData): boolean {
  const ACTION_VERBS = lang.verbs.ACTION_VERBS;
  const w = word.toLowerCase();
  if (ACTION_VERBS.has(w)) return true;
  const stems: string[] = [];
  if (w.endsWith('ing')) {
    const base = w.slice(0, -3);
    stems.push(base, `${base}e`, base.slice(0, -1));
  }
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s')) stems.push(w.slice(0, -1));
  return stems.some((s) => ACTION_VERBS.has(s));
}

/** Whether, after a joining word ("by", "and", "then", "instead"), the text names a concrete action. */
export function hasFollowUpAction(text: string, lang: MicrowinLanguageData): boolean {
  const m = lang.verbs.FOLLOW_UP.exec(text);
  if (!m) return false;
  const rest = text.slice((m.index ?? 0) + m[0].length);
  return rest.split(/[^a-z']+/i).some((w) => w !== '' && isAction(w, lang));
}
