/**
 * The shape of one language's table for the micro-win check: its patterns, number words, verbs,
 * topics and the words it writes into the steps it offers. The check's logic is the same in every
 * language; a language is a folder (en/) exporting one of these, listed in languages.ts.
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

/** The words the check writes into a smaller, clearer or grown step. */
export interface MicrowinWords {
  topics: Readonly<Record<string, string>>;
  resize: {
    minutes: (size: 'five' | 'ten', hyphenated: boolean) => string;
    fiveMinutes: string;
    forTenMinutes: string;
    forFiveMinutes: string;
    counts: Readonly<Record<string, string>>;
    mass: Readonly<Record<string, string>>;
    one: (thing: string) => string;
    oneThing: string;
    drawer: string;
    counter: string;
    sink: string;
    email: string;
    cornerOf: (place: string) => string;
    shelfOf: (place: string) => string;
    patchOf: (place: string) => string;
    pageOf: (book: string) => string;
    readOnePage: string;
    writeOneSentence: (of: string) => string;
    editOneParagraph: (of: string) => string;
    fiveMinutesOn: (thing: string) => string;
    fiveMinutesLearning: (what: string) => string;
    runningShoes: string;
    jobPosting: string;
    businessIdea: string;
  };
  grow: { numbers: readonly string[]; plurals: Readonly<Record<string, string>> };
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
  };
  /** Action verbs, and the words that join a second action on. */
  verbs: { ACTION_VERBS: ReadonlySet<string>; FOLLOW_UP: RegExp };
  /** Topics that get no suggestion, and a step to offer for each other topic. */
  topics: { SENSITIVE_RE: RegExp; TOPICS: readonly Topic[] };
  words: MicrowinWords;
}
