import { words } from '@/utils/copy/lang/words';
import type { Commitment, Cue } from '@/utils/model/types';
import { WEEK_FROM_MONDAY } from '@/utils/model/weekdays';
import { capitalise, inline } from './core';

/** The three parts of an if-then plan, already in words: "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." */
export interface PlanWords {
  cue: string;
  step: string;
  value: string;
}

/** Lower-cases the first letter unless the word looks like a name or an acronym ("TV", "I"). */
export function lowerFirst(text: string): string {
  if (/^[A-Z][a-z]/.test(text) && !/^I\b/.test(text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** Cue words that already start a sentence well ("After my coffee", "At 13:00 …"). */
const CUE_OPENERS =
  /^(when|whenever|after|before|once|as soon as|every|each|if|at|on|in the|first thing|during|while|right after|just after|just before)\b/i;

/** Short day names, Sunday = 0, matching `Date.getDay()`. */
export const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "every day", "on weekdays", "on weekends", "on Mon, Wed and Fri", or "" for no days. */
function englishDaysPhrase(days: readonly number[] | undefined): string {
  const set = new Set((Array.isArray(days) ? days : []).filter((d) => Number.isInteger(d)));
  const chosen = WEEK_FROM_MONDAY.filter((d) => set.has(d));
  if (chosen.length === 0) return '';
  if (chosen.length === 7) return 'every day';
  const key = chosen.join(',');
  if (key === '1,2,3,4,5') return 'on weekdays';
  if (key === '6,0') return 'on weekends';
  const names = chosen.map((d) => SHORT_DAYS[d]);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `on ${list}`;
}

/** "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." Cue labels that already open a sentence are kept. */
function englishPlanSentence({ cue, step, value }: PlanWords): string {
  const cueText = inline(cue);
  const opening =
    cueText === '' ? 'Today' : CUE_OPENERS.test(cueText) ? capitalise(cueText) : `When ${cueText}`;
  const stepText =
    lowerFirst(inline(step).replace(/^i\s*(?:'|’)ll\s+|^i will\s+/i, '')) || 'take one small step';
  const valueText = inline(value);
  return valueText === ''
    ? `${opening}, I will ${stepText}.`
    : `${opening}, I will ${stepText} — for ${valueText}.`;
}

/** Short words for a cue: "At 13:00 on weekdays", "When the browser starts", "After my morning coffee". */
function englishCueLabel(cue: Cue): string {
  switch (cue?.kind) {
    case 'time': {
      const days = englishDaysPhrase(cue.days);
      return days ? `At ${cue.at} ${days}` : `At ${cue.at}`;
    }
    case 'browser-start':
      return 'When the browser starts';
    case 'back-at-computer':
      return "When I'm back at the computer";
    case 'first-tab':
      return 'On my first new tab';
    case 'anchor': {
      const text = inline(cue.text ?? '');
      return text ? capitalise(text) : 'At a moment I choose';
    }
    default:
      return 'At a moment I choose';
  }
}

/** The if-then plan in words: the plan sentence, cue labels and days. */
export const planCopy = /* @__PURE__ */ words('plan', {
  /** "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." */
  planSentence: englishPlanSentence,
  /** Short words for each kind of cue. */
  cueLabel: englishCueLabel,
  /** The days a cue is on. */
  daysPhrase: englishDaysPhrase,
});

// In the person's language: each reads the registered words at the time it is called.

/** The plan sentence in the person's language. */
export const planSentence = (plan: PlanWords): string => planCopy.planSentence(plan);

/** A cue's short words in the person's language. */
export const cueLabel = (cue: Cue): string => planCopy.cueLabel(cue);

/** The days a cue is on, in the person's language. */
export const daysPhrase = (days: readonly number[] | undefined): string =>
  planCopy.daysPhrase(days);

/** A commitment's plan sentence, for a value named `valueName`, in the person's language. */
export function planOf(commitment: Pick<Commitment, 'cue' | 'step'>, valueName: string): string {
  return planSentence({ cue: cueLabel(commitment.cue), step: commitment.step, value: valueName });
}
