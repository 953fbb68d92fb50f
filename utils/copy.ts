import type { Cue, SkipReason, Weekday } from './types';

/**
 * Every sentence Footholds says, in one place, so it can be read, audited and translated at once.
 *
 * Rules for anything added here (tests/unit/words.test.ts checks the word list):
 * plain, warm and short; no blame and no pressure; no clinical or medical words; effort counts.
 */

/** The three parts of an if-then plan, already in words: "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." */
export interface PlanWords {
  cue: string;
  step: string;
  value: string;
}

/** Picks variant `n` of a list, wrapping round; any number (negative, NaN, huge) is safe. */
function pick<T>(list: readonly T[], n: number): T {
  const i = Number.isFinite(n) ? Math.trunc(n) : 0;
  return list[((i % list.length) + list.length) % list.length];
}

/** A count as a whole number of at least 0, whatever came in. */
function whole(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** "1 small win", "12 small wins". */
function smallWins(n: number): string {
  const count = whole(n);
  return `${count} small ${count === 1 ? 'win' : 'wins'}`;
}

/** Trims, and drops a final full stop so the text can sit inside a sentence. */
function inline(text: string): string {
  return String(text ?? '')
    .trim()
    .replace(/[.!\s]+$/, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the word looks like a name or an acronym ("TV", "I"). */
function lowerFirst(text: string): string {
  if (/^[A-Z][a-z]/.test(text) && !/^I\b/.test(text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** Cue words that already start a sentence well ("After my coffee", "At 13:00 …"). */
const CUE_OPENERS =
  /^(when|whenever|after|before|once|as soon as|every|each|if|at|on|in the|first thing|during|while|right after|just after|just before)\b/i;

/** Day names, Sunday = 0, matching `Date.getDay()`. */
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Monday first, the way most people read a week. */
const DAY_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** "every day", "on weekdays", "on weekends", "on Mon, Wed and Fri", or "" for no days. */
function daysPhrase(days: readonly number[] | undefined): string {
  const set = new Set((Array.isArray(days) ? days : []).filter((d) => Number.isInteger(d)));
  const chosen = DAY_ORDER.filter((d) => set.has(d));
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
function planSentence({ cue, step, value }: PlanWords): string {
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
function cueLabel(cue: Cue): string {
  switch (cue?.kind) {
    case 'time': {
      const days = daysPhrase(cue.days);
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

/** The product's words. Functions take plain data and never throw on odd numbers. */
export const copy = {
  /** The product itself. */
  app: {
    name: 'Footholds',
    tagline: 'Small, kind, repeated steps toward what matters to you.',
    privacy: 'Everything stays in this browser. Nothing is sent anywhere.',
  },

  /** "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." */
  planSentence,

  /** Short words for each kind of cue. */
  cueLabel,

  /** Reminder title, variant `n` (variants rotate so reminders don't feel like a nag). */
  reminderTitle: (n: number): string =>
    pick(
      ['A small step, if you like', 'Your foothold for now', 'One small thing', 'A moment for you'],
      n,
    ),

  /** Reminder body: the plan, then a light, rotating line. */
  reminderBody: (plan: PlanWords, n: number): string =>
    `${planSentence(plan)} ${pick(
      [
        'A few minutes is plenty.',
        'The smaller step counts too.',
        'Start small; it still counts.',
        'Only the first minute, if that is all today has.',
      ],
      n,
    )}`,

  /** A reply to a done step, with this week's evidence. Rotates on the count unless `n` is given. */
  winReply: (countThisWeek: number, n: number = countThisWeek): string => {
    const count = whole(countThisWeek);
    if (count === 0) return 'Done. It counts.';
    const wins = smallWins(count);
    return pick(
      [
        `Done. That's ${wins} this week.`,
        `Nice work. ${capitalise(wins)} this week so far.`,
        `It counts. That makes ${wins} this week.`,
        `Another piece of evidence: ${wins} this week.`,
      ],
      n,
    );
  },

  /** A reply when the smaller step was done: it counts just the same. */
  smallerWinReply: (countThisWeek: number): string => {
    const count = whole(countThisWeek);
    return count === 0
      ? 'The smaller step counts.'
      : `The smaller step counts. That's ${smallWins(count)} this week.`;
  },

  /** A reply to "not today": no blame; offers the smaller step, or rest. */
  skipReply: (reason?: SkipReason, n = 0): string => {
    switch (reason) {
      case 'too-big':
        return 'Thanks for saying so. Want to make this step smaller?';
      case 'no-time':
        return 'Fair enough. The smaller step takes a minute, if that helps. Or let it rest.';
      case 'not-today':
        return 'That is okay. Rest is part of this too.';
      default:
        return pick(
          [
            'That is okay. A day off erases nothing.',
            'Noted. Would the smaller step fit today, or is rest what you need?',
            'Okay. Not today is information, nothing more.',
          ],
          n,
        );
    }
  },

  /** Names for the buttons and links that answer a step. */
  actions: {
    done: 'Done',
    smallerStep: 'Smaller step',
    notToday: 'Not today',
    rest: 'Rest today',
    undo: 'Undo',
    undone: 'Undone.',
    logWin: 'Log a small win',
    makeSmaller: 'Make it smaller',
    pause: 'Pause this step',
    grounding: 'One minute to land',
  },

  /** Reasons a step was set aside (the skip's optional reason). */
  skipReasons: {
    'too-big': 'Too big today',
    'no-time': 'No time',
    'not-today': 'Not today',
  } satisfies Record<SkipReason, string>,

  /** Accumulated evidence, never a count that can be reset. */
  evidence: {
    today: (n: number): string => `${capitalise(smallWins(n))} today`,
    week: (n: number): string => `${capitalise(smallWins(n))} this week`,
    month: (n: number): string => `${capitalise(smallWins(n))} this month`,
    total: (n: number): string => `${capitalise(smallWins(n))} so far, all of them yours`,
  },

  /** What to say when there is nothing to show yet. */
  empty: {
    noValues: 'No values yet. What matters to you? Start with one; you can change it any time.',
    noSteps: 'No steps yet. Pick one small thing you could do for a value.',
    nothingLoggedToday: 'Nothing logged today yet. One small step is enough.',
    nothingPlannedToday:
      'Nothing planned for today. A free day is fine, and any small win still counts.',
    quietWeek: 'A quiet week so far. Any small win counts when it comes.',
  },

  /** Offers to grow a step that has become easy, or shrink one that has been hard to reach. */
  growth: {
    grow: "You've done this often lately. Want to grow it a little? Saying no is fine too.",
    shrink:
      'This one has been hard to reach lately. Want to make it smaller? That is a normal part of this.',
  },

  /** The 60-second grounding exercise, one short line at a time. */
  grounding: {
    title: 'One minute to land',
    intro: 'Before your step, if today feels loud.',
    seconds: 60,
    lines: [
      'Sit or stand however is comfortable.',
      'Breathe in slowly through your nose, and out a little longer.',
      'Two more slow breaths like that.',
      'Notice five things you can see.',
      'Notice four things you can feel, like your feet on the floor.',
      'Notice three things you can hear.',
      'Notice two things you can smell.',
      'Notice one thing you can taste, or take one more slow breath.',
      'When you are ready, come back to your step.',
    ] as readonly string[],
    done: 'Welcome back.',
  },

  /** The mood and energy check-in. Scales run 1–5; index 0 is 1. */
  checkin: {
    prompt: 'How are you, right now?',
    mood: 'Mood',
    energy: 'Energy',
    moodScale: ['Very low', 'Low', 'Okay', 'Good', 'Very good'] as readonly string[],
    energyScale: ['Empty', 'Low', 'Some', 'Good', 'Full'] as readonly string[],
    notePlaceholder: 'A few words, if you like (optional)',
    saved: 'Thanks for checking in.',
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

  /** Messages from the micro-win check (utils/microwin.ts). */
  microwin: {
    looksGood: 'That looks like a good small step.',
    empty: 'Write one small thing you could do. A few words is plenty.',
    vague:
      'This sounds like a wish, which is a fine place to start. What is one thing you could do in a few minutes that moves toward it?',
    tooBigTime:
      'That is a lot of time for a heavy day. A few minutes counts, and you can always do more.',
    tooBigScope:
      'That is a whole project. Pick one small corner of it: one drawer, one page, one email.',
    tooLong: 'That reads like several steps. Which one comes first?',
    allOrNothing:
      "Words like 'always' and 'never' leave no room for an ordinary day. Try something you'd do once, today.",
    stopInstead:
      'It is easier to do something than to not do something. What could you do instead?',
    notCheckable:
      "How will you know it's done? Add a finish line, like 'for five minutes' or 'one email'.",
    tryThis: (resized: string): string => `Maybe: "${inline(resized)}"`,
  },

  /** The new tab. */
  today: {
    title: 'New tab',
    eyebrow: "Today's value",
    welcomeEyebrow: 'Welcome',
    welcomeHeading: 'Welcome to Footholds',
    welcomeBody: 'Small, kind, repeated steps toward what matters to you.',
    welcomeStepHeading: 'Where to begin',
    nameValues: 'Name what matters to you',
    stepHeading: "Today's step",
    minutes: (n: number): string => `About ${whole(n)} ${whole(n) === 1 ? 'minute' : 'minutes'}.`,
    lowEnergy: 'A lighter day? Here is the smaller version.',
    recentSkips: 'This one has been hard to reach lately, so here is the smaller version.',
    starter: 'An idea to try, if it fits:',
    extra: 'Everything planned is handled. One more, only if you like:',
    firstTab: 'Your first new tab of the day:',
    rest: 'Everything planned for today is handled. Rest counts too.',
    next: 'Show the next step',
    trySmaller: 'Try the smaller step',
    backToStep: 'Back to my step',
  },

  /** The toolbar popup. */
  popup: {
    stepsHeading: "Today's steps",
    shortPlan: (cue: string, step: string, value: string): string =>
      [inline(cue), inline(step), inline(value)].filter(Boolean).join(' · '),
    done: 'Done',
    doneSmaller: 'Done, smaller',
    setAside: 'Not today',
    smaller: 'Smaller',
    smallerLabel: (smallerStep: string): string => `Log the smaller step: ${inline(smallerStep)}`,
    logHeading: 'Log any win',
    whatDidYouDo: 'What did you do?',
    winPlaceholder: 'Made tea, sent one email…',
    emptyWin: 'Write a few words about what you did.',
    value: 'Value',
    noValue: 'No particular value',
    logWin: 'Log a win',
    evidenceHeading: 'Your evidence',
    todayLog: "Today's log",
    checkinLine: (mood: number, energy: number): string =>
      `Check-in: mood ${whole(mood)}, energy ${whole(energy)}`,
    skipLine: (step: string): string => (inline(step) ? `Not today: ${inline(step)}` : 'Not today'),
    note: 'Note',
    saveCheckin: 'Save check-in',
    checkinPick: 'Pick a mood and an energy level first.',
    welcomeHeading: 'Welcome',
    setUpValues: 'Set up your values',
    more: 'More',
  },

  /** Links between pages. */
  links: {
    todayStep: "Today's step",
    review: 'Weekly review',
    help: 'Help and crisis support',
  },

  /** Reminder notifications beyond the first. */
  notification: {
    smallerTitle: 'The smaller step',
    smallerBody: (step: string): string => `${capitalise(inline(step))}. That counts, fully.`,
  },

  /** Problems, in plain words, with what to do next. */
  errors: {
    storage:
      "Footholds couldn't open its storage, so it can't show or save your steps right now. Try closing this page and opening it again. If that doesn't help, restart the browser, and check that it isn't in a private window and has some free disk space.",
    save: "That didn't save. Please try again in a moment.",
    generic: 'Something went wrong on our side. Please try again.',
  },

  /** The options page: first steps, values and steps, weekly review, settings, data and help. */
  options: {
    title: (view: string): string => (inline(view) ? `${inline(view)} · Footholds` : 'Footholds'),
    navLabel: 'Sections',
    nav: {
      welcome: 'Getting started',
      steps: 'Values and steps',
      review: 'Weekly review',
      settings: 'Settings',
      data: 'Your data',
      help: 'Help',
    },
    loading: 'Opening your steps…',
    crisisLine: 'Need help now? Find a free, confidential helpline at',
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as readonly string[],
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

    /** First run: a value, one step, a cue. */
    welcome: {
      progress: (n: number): string => `Part ${Math.min(3, Math.max(1, whole(n)))} of 3`,
      stages: ['A value', 'A step', 'A moment'] as readonly string[],
      valueHeading: 'What matters to you?',
      valueIntro:
        'Name one value and what it looks like on an ordinary day. You can change it any time.',
      whichValue: 'Which value is this for?',
      newValue: 'A new value',
      stepHeading: 'One small step for it',
      stepIntro:
        'Something you could do in a few minutes, even on a heavy day. Smaller than seems worthwhile is just right.',
      cueHeading: 'When will you do it?',
      cueIntro: 'Tie the step to a moment in your day, so the moment does the remembering.',
      back: 'Back',
      next: 'Next',
      save: 'Save my plan',
      doneHeading: 'Your plan is ready',
      doneIntro: 'Here is your foothold:',
      doneNext:
        'When the moment comes, do the step, or the smaller one. Either counts, and every win is kept.',
      openNewTab: 'Open a new tab',
      seeSteps: 'See my values and steps',
      addAnother: 'Add another step',
      haveBackup: 'Have a backup file already?',
      loadBackup: 'Load it in Your data',
    },

    /** A value's fields. */
    value: {
      name: 'Value',
      nameHint: 'A word or two, like Connection or Health.',
      looksLike: 'What it looks like on an ordinary day',
      looksLikeHint: 'For example: I reach out to someone.',
      why: 'Why it matters, in one sentence',
      whyHint: 'For example: People keep me steady.',
      ideas: 'Ideas to start from',
      nameNeeded: 'Give this value a name first. One word is enough.',
      add: 'Add a value',
      edit: 'Edit value',
      save: 'Save value',
      newHeading: 'A new value',
      editHeading: 'Edit this value',
    },

    /** A step's fields. */
    step: {
      step: 'Your step',
      stepHint: 'Specific enough that you know when it is done.',
      smallerStep: 'Smaller step, for heavy days',
      smallerHint: 'An even smaller version. If a shower is too much, turn on the water.',
      smallerAsk:
        'A smaller step makes heavy days easier. Add one if you can, or go on without it.',
      minutes: 'About how many minutes?',
      ideas: 'Ideas for this value',
      bodyIdeas: 'Ideas from the body basics: sleep, food and movement',
      stepNeeded: 'Write one small thing to do first. A few words is plenty.',
      value: 'For which value?',
      newHeading: 'A new step',
      editHeading: 'Edit this step',
      save: 'Save step',
      growNote: 'A little bigger, only if it feels right. Keeping it as it is is fine too.',
      shrinkNote: 'What is a smaller version? Your smaller step is a good place to start.',
      useSmaller: 'Use my smaller step as the step',
    },

    /** The live micro-win check beside a step. */
    check: {
      useThis: 'Use this',
      ownWords: 'Your own words are fine too.',
    },

    /** Choosing a cue. */
    cue: {
      legend: 'When will you do it?',
      kinds: {
        time: 'At a time',
        'browser-start': 'When the browser starts',
        'back-at-computer': 'When I come back to the computer',
        'first-tab': 'On my first new tab of the day',
        anchor: 'After something I already do',
      },
      hints: {
        time: 'A gentle reminder at the time you pick.',
        'browser-start': 'A reminder when you open the browser.',
        'back-at-computer': 'A reminder when you come back after a while away.',
        'first-tab': 'Your step waits on the first new tab each day.',
        anchor: 'Like "after my morning coffee". The browser cannot see it, so it shows as a plan.',
      },
      time: 'Time',
      days: 'On these days',
      awayMinutes: 'Away for at least this many minutes',
      anchorText: 'After what?',
      anchorPlaceholder: 'after my morning coffee',
      remind: 'Also remind me at a time',
      remindAt: 'Reminder time',
      needTime: 'Choose a time, like 13:00.',
      needDays: 'Pick at least one day.',
      needAway: 'Use a whole number of minutes, from 1 to 1440.',
      needAnchor: 'Write the moment in a few words, like "after my morning coffee".',
    },

    /** Values and their steps. */
    steps: {
      heading: 'Values and steps',
      intro:
        'Each step serves a value. Pause, resize or set aside any step at any time. That is normal.',
      guide: 'Add with the guide',
      addStep: 'Add a step',
      edit: 'Edit',
      pause: 'Pause',
      resume: 'Resume',
      archive: 'Set aside',
      restore: 'Bring back',
      paused: 'Paused',
      archivedHeading: (n: number): string => `Set aside for now (${whole(n)})`,
      smallerLine: (smallerStep: string): string =>
        inline(smallerStep) ? `Smaller step: ${inline(smallerStep)}` : 'No smaller step yet',
      minutes: (n: number): string => `About ${whole(n)} ${whole(n) === 1 ? 'minute' : 'minutes'}`,
      lately: 'Lately',
      regular: {
        ready: 'Ready when you are',
        some: 'Part of some days',
        many: 'Part of many days',
        most: 'Part of most days',
      },
      grow: 'Grow it a little',
      notNow: 'Not now',
      didPause: (step: string): string => `Paused: ${inline(step)}. It will wait here.`,
      didResume: (step: string): string => `Back in use: ${inline(step)}.`,
      didArchive: (step: string): string =>
        `Set aside: ${inline(step)}. You can bring it back any time.`,
      didRestore: (step: string): string => `Brought back: ${inline(step)}.`,
    },

    /** The weekly review. */
    review: {
      heading: 'Weekly review',
      intro: 'A look back at what helped. Every week counts, quiet ones too.',
      range: (from: string, to: string): string => `${inline(from)} to ${inline(to)}`,
      previous: 'Previous week',
      next: 'Next week',
      thisWeek: 'This week',
      celebrateHeading: 'Wins to celebrate',
      times: (n: number): string =>
        whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`,
      forValue: (value: string): string => (inline(value) ? `for ${inline(value)}` : ''),
      evidenceHeading: 'Evidence',
      weekWins: (n: number): string => `${capitalise(smallWins(n))} in this week`,
      winDays: (n: number): string => `Wins on ${Math.min(30, whole(n))} of the last 30 days`,
      sharesHeading: 'Across your values',
      shareLine: (n: number, percent: number): string =>
        `${capitalise(smallWins(n))}, ${Math.min(100, whole(percent))}%`,
      noShares: 'No wins tied to a value this week. That is fine.',
      timeHeading: 'Time of day',
      timesOfDay: {
        morning: 'in the morning',
        afternoon: 'in the afternoon',
        evening: 'in the evening',
        night: 'at night',
      },
      bestTime: (when: string): string =>
        `Most wins came ${inline(when) || 'at one time of day'}. That time may suit you.`,
      noBestTime: 'No one time of day stood out this week.',
      resizedHeading: 'Done smaller',
      resizedLine: (smallerStep: string, n: number): string =>
        `${capitalise(inline(smallerStep)) || 'The smaller step'}, ${whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`}. It counts, fully.`,
      skippedHeading: 'Set aside',
      skippedLine: (step: string, n: number): string =>
        `${capitalise(inline(step)) || 'A step'}: set aside ${whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`}.`,
      infoNote:
        'This is information, not a verdict. If a step keeps being set aside, it may want to be smaller.',
      nothingResized: 'Nothing was resized or set aside this week.',
      moodHeading: 'Mood and energy',
      trend: {
        up: 'Mood rose a little across the week.',
        down: 'Mood dipped a little across the week. Heavy weeks happen, and small steps still count.',
        steady: 'Mood stayed fairly steady across the week.',
      },
      noTrend: 'A few more check-ins and a pattern may show. There is no hurry.',
      moodSummary: (days: number, mood: number, energy: number): string => {
        const one = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '–');
        return whole(days) === 0
          ? 'No check-ins this week. You can check in from the toolbar button any time.'
          : `Check-ins on ${Math.min(7, whole(days))} of 7 days. Mood averaged ${one(mood)} and energy ${one(energy)}, out of 5.`;
      },
      chartLabel: 'Mood and energy by day, from 1 to 5',
      mood: 'Mood',
      energy: 'Energy',
      day: 'Day',
      noCheckin: 'No check-in',
      showTable: 'Show as a table',
    },

    /** Settings. */
    settings: {
      heading: 'Settings',
      remindersHeading: 'Reminders',
      remindersOn: 'Show reminders',
      remindersHint: 'Gentle notifications for steps tied to a time or a browser moment.',
      quietOn: 'Keep quiet hours',
      quietFrom: 'Quiet from',
      quietUntil: 'Until',
      quietHint: 'No reminders between these times. They can span midnight.',
      maxPerDay: 'Most reminders in a day',
      maxHint: 'From 0 to 50.',
      maxNeeded: 'Use a whole number from 0 to 50.',
      weekHeading: 'Week',
      firstDay: 'Week starts on',
      themeHeading: 'Theme',
      themes: { system: 'Same as this device', light: 'Light', dark: 'Dark' },
    },

    /** Backup and export. */
    data: {
      heading: 'Your data',
      intro:
        'Everything stays in this browser. A backup file is a copy you can keep, move, or share on purpose.',
      exportBackup: 'Export backup',
      exportCsv: 'Export entries as CSV',
      exportHint: 'The CSV file opens in a spreadsheet, one row per entry.',
      importLabel: 'Import a backup',
      importHint:
        'Choose a Footholds backup file (.json). Footholds checks it and asks before anything changes.',
      exported: 'Backup saved to your downloads.',
      confirmHeading: 'Replace what is stored?',
      confirmBody: (values: number, steps: number, entries: number): string =>
        `This file holds ${whole(values)} ${whole(values) === 1 ? 'value' : 'values'}, ${whole(steps)} ${whole(steps) === 1 ? 'step' : 'steps'} and ${whole(entries)} ${whole(entries) === 1 ? 'entry' : 'entries'}. Importing it replaces everything stored here now: values, steps, entries and settings.`,
      confirmTip: 'To keep a copy of what is here now, export a backup first.',
      confirm: 'Replace with this backup',
      keep: 'Keep what I have',
      kept: 'Nothing was changed.',
      loaded: (values: number, steps: number, entries: number): string =>
        `Backup loaded: ${whole(values)} ${whole(values) === 1 ? 'value' : 'values'}, ${whole(steps)} ${whole(steps) === 1 ? 'step' : 'steps'}, ${whole(entries)} ${whole(entries) === 1 ? 'entry' : 'entries'}.`,
      notLoaded: (problem: string): string =>
        `That file was not loaded. ${inline(problem) || 'It could not be read'}. Nothing was changed.`,
    },

    /** Help, beyond `copy.help`. */
    help: {
      aboutHeading: 'What Footholds is',
      howHeading: 'How it works',
      goodStepHeading: 'What makes a good small step',
      goodStep: [
        'Easy enough that you will not resist it.',
        'Meaningful enough to count.',
        'Specific enough that you know when it is done.',
        'Something you could do again tomorrow.',
      ] as readonly string[],
      privacyHeading: 'Your privacy',
      notClinicianHeading: 'What it is not',
    },
  },
} as const;

/** The shape of the product's words. */
export type Copy = typeof copy;
