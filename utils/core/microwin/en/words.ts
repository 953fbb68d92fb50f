/**
 * The English words the micro-win check writes into the steps it offers: a step for a wish by
 * topic, the pieces a smaller step is built from, and numbers and plurals for a grown one. They are
 * in the step's language and must pass its own patterns, so they live with them.
 */
export const words = {
  /** A concrete step to offer for a wish, by topic. */
  topics: {
    phone: 'Put my phone in another room for ten minutes',
    email: 'Reply to one email',
    friends: 'Text one friend',
    calm: 'Take three slow breaths',
    water: 'Drink a glass of water',
    food: 'Eat one piece of fruit',
    sleep: 'Put my phone on the charger at bedtime',
    movement: 'Walk for five minutes',
    reading: 'Read one page',
    writing: 'Write one sentence',
    tidying: 'Put away one thing',
    creative: 'Draw for two minutes',
    kindness: 'Say one kind thing to someone',
    gratitude: 'Write down one good thing from today',
    starting: 'Start one task for two minutes',
    health: 'Drink a glass of water',
  },

  /** The pieces a smaller step is built from. */
  resize: {
    /** A length of time that is too long becomes this: ten minutes for an hour or more, else five. */
    minutes: (size: 'five' | 'ten', hyphenated: boolean): string =>
      hyphenated ? `${size}-minute` : `${size} minutes`,
    fiveMinutes: 'five minutes',
    forTenMinutes: 'for ten minutes',
    forFiveMinutes: 'for five minutes',
    /** Big counts, by unit, become this much. */
    counts: {
      page: 'one page',
      pushUp: 'five push-ups',
      sitUp: 'five sit-ups',
      squat: 'five squats',
      rep: 'five reps',
      burpee: 'three burpees',
      word: 'fifty words',
      step: 'a thousand steps',
      km: 'one kilometre',
      mile: 'one mile',
      lap: 'two laps',
    },
    /** "All my laundry" and other things with no plain singular. */
    mass: {
      laundry: 'one load of laundry',
      washing: 'one load of washing',
      clothes: 'one piece of clothing',
      homework: 'one homework question',
      paperwork: 'one piece of paperwork',
      admin: 'one small admin task',
      mail: 'one letter',
      post: 'one letter',
      stuff: 'one thing',
      junk: 'one thing',
      clutter: 'one thing',
      chores: 'one chore',
      dishes: 'one dish',
    } as Record<string, string>,
    one: (thing: string): string => `one ${thing}`,
    oneThing: 'one thing',
    /** The small part of a whole place. `place` is already "the kitchen", "my room". */
    drawer: 'one drawer',
    counter: 'one counter',
    sink: 'the sink',
    email: 'one email',
    cornerOf: (place: string): string => `one corner of ${place}`,
    shelfOf: (place: string): string => `one shelf of ${place}`,
    patchOf: (place: string): string => `one small patch of ${place}`,
    pageOf: (book: string): string => `one page of ${book}`,
    readOnePage: 'read one page',
    /** `of` is "" or " of my thesis". */
    writeOneSentence: (of: string): string => `write one sentence${of}`,
    editOneParagraph: (of: string): string => `edit one paragraph${of}`,
    fiveMinutesOn: (thing: string): string => `spend five minutes on ${thing}`,
    fiveMinutesLearning: (what: string): string => `spend five minutes learning ${what}`,
    runningShoes: 'put on my running shoes',
    jobPosting: 'look at one job posting',
    businessIdea: 'write down one business idea',
  },
  /** Words for growing a step a little (core/microwin/grow.ts): numbers and plurals. */
  grow: {
    /** Numbers as words, by value (index 0 is zero). */
    numbers: [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
    ] as readonly string[],
    /** Plurals that do not just add an s. */
    plurals: {
      person: 'people',
      child: 'children',
      leaf: 'leaves',
      shelf: 'shelves',
      knife: 'knives',
      foot: 'feet',
      tooth: 'teeth',
      mouse: 'mice',
      sheep: 'sheep',
      fish: 'fish',
    } as Record<string, string>,
  },
} as const;
