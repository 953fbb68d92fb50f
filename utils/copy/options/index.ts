import { capitalise, inline, smallWins } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';
import type { DraftProblem } from '@/utils/core/drafts/problems';
import { onboardingCopy } from './onboarding';
import { settingsCopy } from './settings';
import { stepsCopy } from './steps';
import { syncCopy } from './sync';

/** Words of the options page: help, crisis support, the micro-win check, growth offers and settings. */
export const optionsCopy = /* @__PURE__ */ words('options/index', {
  /** Offers to grow a step that has become easy, or shrink one that has been hard to reach. */
  growth: {
    grow: "You've done this often lately. Want to grow it a little? Saying no is fine too.",
    shrink:
      'This one has been hard to reach lately. Want to make it smaller? That is a normal part of this.',
  },

  /** Help, and what Footholds is not. */
  help: {
    title: 'Help',
    about:
      'Footholds turns what matters to you into tiny steps, each tied to a moment in your day, and keeps every small win as evidence.',
    howItWorks: [
      'Name a value, and say what it looks like on an ordinary day.',
      'Pick one step small enough to do on a heavy day.',
      'Tie it to a moment: a time, or something you already do.',
      'When you do it, log it. Every win is kept.',
      'Skipping is fine. Make the step smaller, or rest.',
    ] as readonly string[],
    notAClinician:
      'Footholds is a tool for small steps. It is not a clinician and does not give medical advice.',
    privacy: 'Everything stays in this browser. Nothing is sent anywhere.',
  },

  /** Calm, always-reachable words for a hard moment. */
  crisis: {
    title: 'Need help now?',
    body: 'If you are in crisis or thinking of harming yourself, contact local emergency services or a crisis line now.',
    helpline: 'To find a free, confidential helpline in your country, visit findahelpline.com.',
    linkText: 'findahelpline.com',
    url: 'https://findahelpline.com',
    notAlone: 'You do not have to carry this alone.',
  },

  /** The options page: first steps, values and steps, weekly review, settings, data and help. */
  options: {
    title: (view: string): string => (inline(view) ? `${inline(view)} · Footholds` : 'Footholds'),
    tagline: 'Small, kind, repeated steps toward what matters to you.',
    privacy: 'Everything stays in this browser. Nothing is sent anywhere.',
    noSteps: 'No steps yet. Pick one small thing you could do for a value.',
    quietWeek: 'A quiet week so far. Any small win counts when it comes.',
    winsThisMonth: (n: number): string => `${capitalise(smallWins(n))} this month`,
    makeSmaller: 'Make it smaller',
    navLabel: 'Sections',
    nav: {
      welcome: 'Getting started',
      steps: 'Values and steps',
      review: 'Weekly review',
      history: 'History',
      settings: 'Settings',
      data: 'Your data',
      help: 'Help',
      'hard-days': 'My plan for hard days',
      summary: 'A summary to share',
    },
    loading: 'Opening your steps…',
    crisisLine: 'Need help now? Find a free, confidential helpline at',
    cancel: 'Cancel',
    saved: 'Saved.',
    /** What an entry's form needs (History), said where the form is. */
    entryNeeds: {
      futureDay: 'Pick today or a day before it.',
      noWords: 'Write a few words about what you did, or pick one of your steps.',
      pickMoodEnergy: 'Pick a mood and an energy level first.',
    },

    welcome: onboardingCopy.welcome,

    value: onboardingCopy.value,

    step: onboardingCopy.step,

    check: onboardingCopy.check,

    cue: onboardingCopy.cue,

    steps: stepsCopy.steps,

    settings: settingsCopy.settings,

    sync: syncCopy.sync,
  },
} as const);

/** The sentence for a draft problem (utils/core/drafts/problems.ts), in the form it belongs to. */
export function draftProblemText(problem: DraftProblem): string {
  switch (problem) {
    case 'name-needed':
      return onboardingCopy.value.nameNeeded;
    case 'step-needed':
      return onboardingCopy.step.stepNeeded;
    case 'need-time':
      return onboardingCopy.cue.needTime;
    case 'time-twice':
      return onboardingCopy.cue.timeTwice;
    case 'need-days':
      return onboardingCopy.cue.needDays;
    case 'need-away':
      return onboardingCopy.cue.needAway;
    case 'need-anchor':
      return onboardingCopy.cue.needAnchor;
    case 'future-day':
      return optionsCopy.options.entryNeeds.futureDay;
    case 'no-words':
      return optionsCopy.options.entryNeeds.noWords;
    case 'pick-mood-energy':
      return optionsCopy.options.entryNeeds.pickMoodEnergy;
    default: {
      const never: never = problem;
      return String(never);
    }
  }
}

/** The sentences for a form's problems, field by field. */
export function draftProblemsText<K extends string>(
  problems: Partial<Record<K, DraftProblem>>,
): Partial<Record<K, string>> {
  const said: Partial<Record<K, string>> = {};
  for (const key of Object.keys(problems) as K[]) {
    const problem = problems[key];
    if (problem !== undefined) said[key] = draftProblemText(problem);
  }
  return said;
}
