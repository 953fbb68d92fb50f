/**
 * The if-then plan in words: "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." Each kind of cue has
 * its own whole sentence, so a language puts the time, the days, the step and the value where its
 * grammar wants them; the functions below only choose the sentence and fill it. A cue's short
 * label and its days are in cues.ts.
 */
import { words } from '@/utils/copy/lang/words';
import type { Commitment, Cue } from '@/utils/model/types';
import { inline } from './core';
import { cueParts } from './cues';
import { fill } from './lang/sentences';

/** The three parts of an if-then plan: the cue itself, the step's words and the value's name. */
export interface PlanWords {
  cue: Cue;
  step: string;
  value: string;
}

/** Lower-cases the first letter unless the word looks like a name or an acronym ("TV", "I"). */
export function lowerFirst(text: string): string {
  if (/^[A-Z][a-z]/.test(text) && !/^I\b/.test(text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** The plan's words: whole sentences per kind of cue, with and without a value. */
export const planCopy = /* @__PURE__ */ words('plan', {
  plan: {
    /** The plan sentence for each kind of cue, with a value. */
    sentence: {
      time: 'At {time} {days}, I will {step} — for {value}.',
      timeAnyDay: 'At {time}, I will {step} — for {value}.',
      browserStart: 'When the browser starts, I will {step} — for {value}.',
      backAtComputer: "When I'm back at the computer, I will {step} — for {value}.",
      firstTab: 'On my first new tab, I will {step} — for {value}.',
      /** An everyday moment in the person's words that already opens a sentence ("After lunch"). */
      anchor: '{moment}, I will {step} — for {value}.',
      /** An everyday moment that needs an opening ("I get home"). */
      anchorWhen: 'When {moment}, I will {step} — for {value}.',
      anyMoment: 'At a moment I choose, I will {step} — for {value}.',
    },
    /** The same sentences for a step tied to no value. */
    sentenceNoValue: {
      time: 'At {time} {days}, I will {step}.',
      timeAnyDay: 'At {time}, I will {step}.',
      browserStart: 'When the browser starts, I will {step}.',
      backAtComputer: "When I'm back at the computer, I will {step}.",
      firstTab: 'On my first new tab, I will {step}.',
      anchor: '{moment}, I will {step}.',
      anchorWhen: 'When {moment}, I will {step}.',
      anyMoment: 'At a moment I choose, I will {step}.',
    },
    /**
     * What the sentence already says before the step, as a person may begin the step with it
     * themselves ("I will walk"); the sentence says it once.
     */
    leadIns: ['I will', "I'll", 'I’ll'] as readonly string[],
    /** A step with no words yet. */
    anyStep: 'take one small step',
    /**
     * How the person's own words for an everyday moment may begin when they already open a
     * sentence ("after my coffee"); any other moment takes `anchorWhen`.
     */
    openers: [
      'when',
      'whenever',
      'after',
      'before',
      'once',
      'as soon as',
      'every',
      'each',
      'if',
      'at',
      'on',
      'in the',
      'first thing',
      'during',
      'while',
      'right after',
      'just after',
      'just before',
    ] as readonly string[],
  },
});

/** True when the person's words for a moment already open a sentence in the words' language. */
function opensSentence(moment: string): boolean {
  const lower = moment.toLowerCase();
  return planCopy.plan.openers.some(
    (o) => lower.startsWith(o.toLowerCase()) && !/[\p{L}\p{N}]/u.test(lower.charAt(o.length)),
  );
}

/** The step without a lead-in the sentence already says ("I will walk" → "walk"). */
function withoutLeadIn(step: string): string {
  const lower = step.toLowerCase();
  const lead = planCopy.plan.leadIns.find((l) => {
    const next = lower.charAt(l.length);
    return lower.startsWith(l.toLowerCase()) && (next === '' || /\s/.test(next));
  });
  return lead ? step.slice(lead.length).trimStart() : step;
}

/** "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩.", the whole sentence for the cue's kind. */
export function planSentence({ cue, step, value }: PlanWords): string {
  const parts = cueParts(cue);
  const kind =
    parts.kind === 'anchor' && !opensSentence(parts.params.moment) ? 'anchorWhen' : parts.kind;
  // Mid-sentence after "When", the person's own moment starts small ("When the kettle boils"),
  // unless it starts with a name, an acronym or "I".
  const params =
    kind === 'anchorWhen'
      ? { ...parts.params, moment: lowerFirst(parts.params.moment) }
      : parts.params;
  const stepText = lowerFirst(withoutLeadIn(inline(step))) || planCopy.plan.anyStep;
  const valueText = inline(value);
  const sentences = valueText === '' ? planCopy.plan.sentenceNoValue : planCopy.plan.sentence;
  return fill(sentences[kind], { ...params, step: stepText, value: valueText });
}

/** A commitment's plan sentence, for a value named `valueName`, in the person's language. */
export function planOf(commitment: Pick<Commitment, 'cue' | 'step'>, valueName: string): string {
  return planSentence({ cue: commitment.cue, step: commitment.step, value: valueName });
}
