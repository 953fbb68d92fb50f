import { capitalise, inline, smallWins, whole } from './core';

/** Words of the options page: help, crisis support, the micro-win check, growth offers and settings. */
export const optionsCopy = {
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
      settings: 'Settings',
      data: 'Your data',
      help: 'Help',
      summary: 'A summary to share',
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
      shareHeading: 'A summary to share',
      shareHint:
        'One page with what matters to you, your steps and what went well this week, to print or save as a PDF for someone you trust.',
      openSummary: 'Open the summary',
      deleteHeading: 'Delete everything',
      deleteHint:
        'Removes your values, steps, entries and settings from this browser. Undo is offered until you close this page.',
      deleteAll: 'Delete everything',
      deleteConfirmHeading: 'Delete everything stored here?',
      deleteConfirmBody:
        'Your values, steps and every entry will be removed from this browser, and the settings will go back to how they started.',
      deleteConfirm: 'Yes, delete everything',
      deleteKeep: 'Keep everything',
      deleted: 'Everything was deleted from this browser.',
      restored: 'Everything is back as it was.',
    },

    /** The printable summary (`#summary`), for a therapist or someone trusted. */
    summary: {
      heading: 'A summary to share',
      intro:
        'What matters to you, the steps you are taking, and what went well this week. Print it or save it as a PDF, and share it only if you want to.',
      print: 'Print this summary',
      back: 'Back to your data',
      valuesHeading: 'What matters to me',
      noStepsYet: 'No steps yet.',
      wentWellHeading: (from: string, to: string): string =>
        `What went well, ${inline(from)} to ${inline(to)}`,
      madeOn: (date: string): string => `Made with Footholds on ${inline(date)}.`,
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
