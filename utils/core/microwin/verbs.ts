/**
 * Action verbs: what a concrete step is made of, in any simple form ("walking", "texts").
 */
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

/** Whether a word is a concrete action verb, in any simple form ("walking", "texts", "stopped"). */
export function isAction(word: string): boolean {
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
export function hasFollowUpAction(text: string): boolean {
  const m = /\b(?:by|and|then|through|instead)\b|[,;:—]|\s-\s/i.exec(text);
  if (!m) return false;
  const rest = text.slice((m.index ?? 0) + m[0].length);
  return rest.split(/[^a-z']+/i).some((w) => w !== '' && isAction(w));
}
