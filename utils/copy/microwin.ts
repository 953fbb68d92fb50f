import { words } from '@/utils/copy/lang/words';
import { MAX_STEP_MINUTES } from '@/utils/model/limits';
import { inline } from './core';

/**
 * Words of the micro-win check (utils/core/microwin/): its messages, its rules for the help page,
 * the steps it offers for a wish, and the pieces it builds a smaller step from. The check reads
 * English; its patterns stay in core, its words live here.
 */
export const microwinCopy = /* @__PURE__ */ words('microwin', {
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
  stopInstead: 'It is easier to do something than to not do something. What could you do instead?',
  notCheckable:
    "How will you know it's done? Add a finish line, like 'for five minutes' or 'one email'.",
  tryThis: (resized: string): string => `Maybe: "${inline(resized)}"`,

  /** The rules, in words, for docs and help pages, by kind of problem. */
  rules: {
    empty: 'There is nothing to read yet: no letters or numbers.',
    vague:
      'A wish or a feeling with no action in it ("be more social", "feel calmer", "get healthy"), or "more", "less" or "better" with no amount ("exercise more").',
    'too-big': `More than ${MAX_STEP_MINUTES} minutes ("an hour", "2 hrs"; a clock time like "at 1 pm" is a cue, not a length), a whole place or project ("my whole house", "write my thesis", "read a book"), a big count ("50 pages"), or so many words it is several steps. A time box of ${MAX_STEP_MINUTES} minutes or less makes a big task fine.`,
    'all-or-nothing':
      'Forever words ("always", "never … again", "from now on", "every single day", "perfectly"), or a step that only says what not to do ("stop …", "no more …", "avoid …") with nothing to do instead.',
    'not-checkable':
      'No finish line ("work on my fitness", "be better at email", "improve …", "catch up on …", "for a while", "as much as I can"), unless a time or a count says when it is done.',
  },

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
} as const);
