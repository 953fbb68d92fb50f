/**
 * The English words the micro-win check writes into the steps it offers: a step for a wish by
 * topic, the pieces a smaller step is built from, and numbers for a grown one. They are in the
 * step's language and must pass its own patterns, so they live with them.
 */

type Part = (det: string, noun: string) => string;

/** The same part for each of a few nouns. */
function each(nouns: string, part: Part): Record<string, Part> {
  return Object.fromEntries(nouns.split(' ').map((noun) => [noun, part]));
}

/** The English words of the micro-win check. */
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
    minutes: (size: 5 | 10, hyphenated: boolean): string => {
      const n = size === 10 ? 'ten' : 'five';
      return hyphenated ? `${n}-minute` : `${n} minutes`;
    },
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
    /** The small part of a whole place: "the kitchen" → "one counter", "my room" → its corner. */
    parts: {
      ...each('house home flat apartment place', () => 'one drawer'),
      kitchen: () => 'one counter',
      bathroom: () => 'the sink',
      ...each('room bedroom office lounge', (det, noun) => `one corner of ${det} ${noun}`),
      ...each(
        'garage basement attic loft shed closet wardrobe fridge cupboard bookshelf',
        (det, noun) => `one shelf of ${det} ${noun}`,
      ),
      desk: (det: string) => `one corner of ${det} desk`,
      ...each('garden yard', (det, noun) => `one small patch of ${det} ${noun}`),
      ...each('inbox email emails', () => 'one email'),
      ...each('book novel textbook', (det, noun) => `one page of ${det} ${noun}`),
    },
    readOnePage: (det: string): string => (det ? `read one page of ${det} book` : 'read one page'),
    writeOneSentence: (whose: string): string =>
      whose ? `write one sentence of ${whose}` : 'write one sentence',
    editOneParagraph: (whose: string): string =>
      whose ? `edit one paragraph of ${whose}` : 'edit one paragraph',
    fiveMinutesOn: (thing: string): string => `spend five minutes on ${thing}`,
    fiveMinutesLearning: (what: string): string => `spend five minutes learning ${what}`,
    runningShoes: 'put on my running shoes',
    jobPosting: 'look at one job posting',
    businessIdea: 'write down one business idea',
  },
  /** Words for growing a step a little (core/microwin/grow.ts); plurals are in grammar.ts. */
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
  },
} as const;
