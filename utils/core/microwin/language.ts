/**
 * The shape of one language's table for the micro-win check: its patterns, number words, verbs,
 * topics, grammar and the words it writes into the steps it offers. The check's logic is the same
 * in every language and holds no word of any: a language is a folder (en/) exporting one of these,
 * listed in languages.ts.
 */

/** A big count's unit, the most a heavy day asks for, and a smaller amount to offer instead. */
export interface CountLimit {
  unit: RegExp;
  max: number;
  smaller: string;
}

/** A concrete step to offer for a wish on a topic; `instead` when it also replaces a habit. */
export interface Topic {
  match: RegExp;
  step: string;
  instead?: boolean;
}

/** A big goal the check offers a first step for; `step` gets the goal's words as `match` read them. */
export interface SmallerGoal {
  match: RegExp;
  step: (goal: RegExpExecArray) => string;
}

/** A rewrite applied to a step's words with `String.replace`: what to find, and what to put instead. */
export interface Rewrite {
  find: RegExp;
  put: string;
}

/** The words the check writes into a smaller or clearer step (the logic writes no word itself). */
export interface MicrowinWords {
  resize: {
    /** A length of time that is too long becomes this: 10 minutes for an hour or more, else 5. */
    minutes: (size: 5 | 10, hyphenated: boolean) => string;
    fiveMinutes: string;
    forTenMinutes: string;
    forFiveMinutes: string;
    /** Things with no plain singular, by their lower-case noun: "laundry" → "one load of laundry". */
    mass: Readonly<Record<string, string>>;
    /** One of a thing: "email" → "one email". */
    one: (thing: string) => string;
    oneThing: string;
    /**
     * The small part of a whole place or thing, by its lower-case noun ("kitchen" → "one
     * counter"); `det` is the place's lower-case determiner and `noun` its word as written.
     */
    parts: Readonly<Record<string, (det: string, noun: string) => string>>;
    /** One page of a book; `det` is its lower-case determiner ("my"), or "" for "a book". */
    readOnePage: (det: string) => string;
    /** `whose` is "" or the work as named ("my thesis"). */
    writeOneSentence: (whose: string) => string;
    editOneParagraph: (whose: string) => string;
    fiveMinutesOn: (thing: string) => string;
  };
  grow: {
    /** Numbers as words, by value (index 0 is zero). */
    numbers: readonly string[];
  };
}

/** How a language's words change form, for the words a smaller or grown step rewrites. */
export interface MicrowinGrammar {
  /** A plural noun after "all my", as opposed to a singular one: "emails", not "glass". */
  PLURAL_NOUN: RegExp;
  /** The singular of a lower-case plural noun ("emails" → "email"), or undefined when unsure. */
  singular: (noun: string) => string | undefined;
  /** A counted noun as it reads after `to`, written `noun` after `from` ("page", 1, 2 → "pages"). */
  countNoun: (noun: string, from: number, to: number) => string;
  /** A unit of minutes as it reads after `n`, written `unit` before ("minute", 2 → "minutes"). */
  timeUnit: (unit: string, n: number) => string;
}

/** One language's table for the micro-win check (en/ is English). */
export interface MicrowinLanguageData {
  /** Reading the step out of a sentence ("I will …", a cue clause, a purpose clause). */
  reading: {
    INTENT_STRONG: RegExp;
    INTENT_WEAK: RegExp;
    LEADING_FILLER: RegExp;
    LEADING_CUE: RegExp;
    PURPOSE: RegExp;
  };
  /** Numbers, lengths of time, clock times and finish lines. */
  numbers: {
    UNITS: ReadonlyMap<string, number>;
    SCALES: ReadonlyMap<string, number>;
    DURATION_RE: RegExp;
    QUARTER_RE: RegExp;
    OPEN_TIME_RE: RegExp;
    TIMING_BEFORE: RegExp;
    TIMING_AFTER: RegExp;
    FOR_BEFORE: RegExp;
    HOUR_UNIT: RegExp;
    THREE_QUARTERS: RegExp;
    HYPHENATED: RegExp;
    CLOCK_RE: RegExp;
    COUNT_RE: RegExp;
    /** A number written as two words that add up ("twenty-five"); groups 1 and 2 are the words. */
    COMPOUND: RegExp;
    /** A hyphenated length that ends in a plural unit ("10-15 minutes") is a range, not an adjective. */
    PLURAL_UNIT: RegExp;
    /**
     * How far before and after a length of time to look for words that make it a moment ("in",
     * "before"): long enough for the language's longest such words, in characters.
     */
    BEFORE_CHARS: number;
    AFTER_CHARS: number;
  };
  /** The rules' patterns: wishes, whole places and projects, big counts, forever words, "stop". */
  patterns: {
    BE_FEEL_RE: RegExp;
    FEEL_FIRST: RegExp;
    WISH_ADJECTIVE: RegExp;
    GET_WISH_RE: RegExp;
    HAVE_WISH_RE: RegExp;
    OTHER_WISH_RE: RegExp;
    BARE_TOPIC_RE: RegExp;
    COMPARATIVE_RE: RegExp;
    MANNER_RE: RegExp;
    WHOLE_RE: RegExp;
    WHOLE_EXEMPT: RegExp;
    EVERYTHING_RE: RegExp;
    ALL_THE_RE: RegExp;
    ALL_THE_EXEMPT: RegExp;
    CHORE_MASS: RegExp;
    EVERY_THING_RE: RegExp;
    HOUSE_RE: RegExp;
    WRITING_NOUNS: string;
    PROJECT_RE: RegExp;
    READ_BOOK_RE: RegExp;
    BIG_GOAL_RE: RegExp;
    COUNT_LIMITS: readonly CountLimit[];
    BIG_COUNT_RE: RegExp;
    FOREVER_RE: RegExp;
    STOP_RE: RegExp;
    STOP_ANYWHERE_RE: RegExp;
    STOP_EXEMPT_RE: RegExp;
    STOP_FIRST: RegExp;
    OPEN_ENDED_RE: RegExp;
    APPENDABLE_RE: RegExp;
    COUNT_THING_RE: RegExp;
    A_SINGLE: RegExp;
    FOR_A_WHILE: RegExp;
    /** A determiner for one of something ("a", "an", "one"): "read a book" offers a page of any book. */
    INDEFINITE: RegExp;
    /** The verbs of a writing project that offer one sentence, and those that offer one paragraph. */
    WRITE_VERB: RegExp;
    EDIT_VERB: RegExp;
    /** A first step for a big goal (`BIG_GOAL_RE`), the first that matches. */
    SMALLER_GOALS: readonly SmallerGoal[];
    /** Forever words that can simply go, in order: "always" → "", "every single" → "every". */
    DROP_FOREVER: readonly Rewrite[];
  };
  /** Action verbs, and the words that join a second action on. */
  verbs: {
    ACTION_VERBS: ReadonlySet<string>;
    FOLLOW_UP: RegExp;
    /** What splits a text into words. */
    WORD_SPLIT: RegExp;
    /** The forms a lower-case word may come from ("walking" → "walk", "walke", "wal"). */
    stems: (word: string) => string[];
  };
  /** Topics that get no suggestion, and a step to offer for each other topic. */
  topics: { SENSITIVE_RE: RegExp; TOPICS: readonly Topic[] };
  words: MicrowinWords;
  grammar: MicrowinGrammar;
}
