/**
 * English action verbs: what a concrete step is made of, in any simple form ("walking", "texts").
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `walk text call phone ring message email write read drink eat stretch breathe take put go open
  reply send make cook wash fill tidy clean sit stand step list jot note draw sketch paint play sing
  dance listen look water feed pet hug thank ask say tell smile wave brush floss shower bathe dress
  lay set pack prepare meditate journal pray run jog cycle bike ride swim lift pick clear wipe sweep
  vacuum hoover fold hang empty load unload throw recycle file pay book schedule visit meet invite
  share post turn switch close shut light press plant chop cut bake boil roll tap hum whistle
  name count notice sip chew rinse change charge plug unplug leave lie nap rest get grab bring carry
  move dust mop scrub sort organise organize answer check add buy order return hold kiss greet`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that join a second action on: "by", "and", "then", "instead", a comma or a dash. */
export const FOLLOW_UP = /\b(?:by|and|then|through|instead)\b|[,;:—]|\s-\s/i;

/** English words are letters and apostrophes ("don't"). */
export const WORD_SPLIT = /[^a-z']+/i;

/** The simple forms a word may come from: "walking" → walk, "baking" → bake, "texts" → text. */
export function stems(word: string): string[] {
  const found: string[] = [];
  if (word.endsWith('ing')) {
    const base = word.slice(0, -3);
    found.push(base, `${base}e`, base.slice(0, -1));
  }
  if (word.endsWith('es')) found.push(word.slice(0, -2));
  if (word.endsWith('s')) found.push(word.slice(0, -1));
  return found;
}

/** The verbs part of the English table. */
export const verbs: MicrowinLanguageData['verbs'] = {
  ACTION_VERBS,
  FOLLOW_UP,
  WORD_SPLIT,
  stems,
};
