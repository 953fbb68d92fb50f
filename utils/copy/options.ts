import { words } from '@/utils/copy/lang/words';
import { capitalise, inline, smallWins } from './core';
import { dataWords } from './options/data';
import { helpWords } from './options/help';
import { historyWords } from './options/history';
import { insightWords } from './options/insight';
import { onboardingWords } from './options/onboarding';
import { reviewWords } from './options/review';
import { settingsWords } from './options/settings';
import { stepsWords } from './options/steps';
import { syncWords } from './options/sync';
import { SHORT_DAYS } from './plan';

/** Words of the options page: help, crisis support, the micro-win check, growth offers and settings. */
export const optionsCopy = /* @__PURE__ */ words('options', {
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
      summary: 'A summary to share',
    },
    loading: 'Opening your steps…',
    crisisLine: 'Need help now? Find a free, confidential helpline at',
    days: SHORT_DAYS as readonly string[],
    dayNames: [
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ] as readonly string[],
    cancel: 'Cancel',
    saved: 'Saved.',

    welcome: onboardingWords.welcome,

    value: onboardingWords.value,

    step: onboardingWords.step,

    check: onboardingWords.check,

    cue: onboardingWords.cue,

    steps: stepsWords.steps,
    history: historyWords.history,

    review: reviewWords.review,

    patterns: insightWords.patterns,

    charts: insightWords.charts,

    reflection: insightWords.reflection,

    settings: settingsWords.settings,

    sync: syncWords.sync,

    data: dataWords.data,

    summary: dataWords.summary,

    help: helpWords.help,
  },
} as const);
