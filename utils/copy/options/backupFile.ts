import { capitalise, inline, whole } from '@/utils/copy/core';
import { fill, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';
import type { BackupRefusal } from '@/utils/core/backup';
import type { PerEntryKind } from '@/utils/model/entryKinds';
import type { EntryKind } from '@/utils/model/types';

/** "a, b or c", in the words' own way of saying "or". */
function orList(items: readonly string[]): string {
  const w = backupFileCopy.lists;
  return items.length > 1
    ? fill(w.or, { items: items.slice(0, -1).join(w.separator), last: String(items.at(-1)) })
    : (items[0] ?? '');
}

/** Words a person wrote, quoted and kept short, so a long one does not swamp the message. */
function quoted(text: string): string {
  const one = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return fill(backupFileCopy.lists.quoted, {
    text: one.length > 40 ? `${one.slice(0, 40)}…` : one,
  });
}

/** A sentence of these words with `{n}` a number ("can be at most {n}"). */
const withNumber = (sentence: () => string) =>
  composes((n: number): string => fill(sentence(), { n: whole(n) }));

/** A sentence of these words that names a thing from the file, quoted: `{id}`. */
const withQuoted = (sentence: () => string) =>
  composes((id: string): string => fill(sentence(), { id: quoted(id) }));

/**
 * Everything said about a backup file that was not loaded: the first plain line, then
 * what is wrong and where, in words a person who opens the file can follow: "Step 1 ("Text one
 * friend"): the time should look like 13:05." No field names, no "milliseconds since 1970".
 * utils/core/backup finds the problems as codes; backupProblems.ts says each from these parts.
 */
export const backupFileCopy = /* @__PURE__ */ words('options/backupFile', {
  /** The first line of a refusal, chosen from what went wrong. */
  refusals: {
    empty: 'This file is empty.',
    'not-json': "This file can't be read as a backup.",
    'not-backup': "This isn't a Footholds backup file.",
    newer: 'This backup is from a newer Footholds.',
    'not-saved': "Footholds couldn't save this backup.",
    /** `{n}` is the problems found. */
    problems: {
      one: 'One thing in this backup needs fixing first:',
      other: '{n} things in this backup need fixing first:',
    } as PluralForms,
  },
  refused: composes((why: BackupRefusal, count: number): string => {
    const w = backupFileCopy.refusals;
    return why === 'problems' ? plural(whole(count), w.problems) : w[why];
  }),
  /** How lists and the person's words are written inside these sentences. */
  lists: {
    or: '{items} or {last}',
    separator: ', ',
    quoted: '"{text}"',
  },
  /** Said under every refusal. */
  nothingChanged: 'Nothing was changed.',

  /** The details of a file that is not a backup at all. */
  emptyFile: 'There is nothing in it to load.',
  chooseExported:
    'Choose the file that "Export backup" saved. Its name starts with footholds-backup.',
  notJson:
    'A Footholds backup is a text file in a format called JSON. This file is another kind of file, or only part of one.',
  saysItIsText: 'The file says it is a {id} file.',
  saysItIs: withQuoted((): string => backupFileCopy.saysItIsText),
  saysNothing: 'Nothing in it says that it is a Footholds backup.',
  otherData: 'It holds other data, not a backup.',
  newerText:
    'It is backup version {version}, and this Footholds reads version {reads}. Update Footholds, then try again.',
  newer: composes((version: number, reads: number): string =>
    fill(backupFileCopy.newerText, { version, reads }),
  ),
  notSaved: 'Please try again in a moment.',
  /** After the first ten problems. */
  moreText: { one: 'And {n} more thing.', other: 'And {n} more things.' } as PluralForms,
  more: composes((n: number): string => plural(whole(n), backupFileCopy.moreText)),

  /** Where in the file: one record, counted from 1, with the words that help find it. */
  places: {
    value: 'Value {n}',
    valueNamed: 'Value {n} ({name})',
    step: 'Step {n}',
    stepNamed: 'Step {n} ({name})',
    review: 'Weekly review {n}',
    reviewOf: 'Weekly review {n} (the week of {week})',
    entry: 'Entry {n}',
    /** `{what}` is one of `kinds`, `{day}` a day, `{words}` the entry's words, quoted. */
    entryKind: 'Entry {n} ({what})',
    entryDay: 'Entry {n} (from {day})',
    entryKindDay: 'Entry {n} ({what} from {day})',
    entryKindSaid: 'Entry {n} ({what}: {words})',
    entryDaySaid: 'Entry {n} (from {day}: {words})',
    entryKindDaySaid: 'Entry {n} ({what} from {day}: {words})',
    kinds: { win: 'a win', skip: 'a skip', checkin: 'a check-in' } as PerEntryKind<string>,
  },
  value: composes((n: number, name?: string): string => {
    const w = backupFileCopy.places;
    return name ? fill(w.valueNamed, { n, name: quoted(name) }) : fill(w.value, { n });
  }),
  step: composes((n: number, step?: string): string => {
    const w = backupFileCopy.places;
    return step ? fill(w.stepNamed, { n, name: quoted(step) }) : fill(w.step, { n });
  }),
  review: composes((n: number, week?: string): string => {
    const w = backupFileCopy.places;
    return week ? fill(w.reviewOf, { n, week }) : fill(w.review, { n });
  }),
  entry: composes((n: number, kind?: string, day?: string, words?: string): string => {
    const w = backupFileCopy.places;
    // A file may name no kind, or one that is none of these ("constructor" included).
    const what =
      kind !== undefined && Object.hasOwn(w.kinds, kind) ? w.kinds[kind as EntryKind] : '';
    const said = { n, what, day: day ?? '', words: words ? quoted(words) : '' };
    if (!what && !day) return fill(w.entry, said);
    const key = `entry${what ? 'Kind' : ''}${day ? 'Day' : ''}${words ? 'Said' : ''}` as const;
    return fill(w[key as keyof typeof w] as string, said);
  }),
  settings: 'The settings',
  hardDaysPlan: 'The plan for hard days',
  theFile: 'The file',

  /** The parts of a record, by their place in the file (numbers in lists left out). */
  fields: {
    format: 'the kind of file',
    version: 'the backup version',
    exportedAt: 'the date it was exported',
    values: 'the values',
    commitments: 'the steps',
    entries: 'the entries',
    settings: 'the settings',
    reviews: 'the weekly reviews',
    id: 'the id',
    name: 'the name',
    looksLike: 'what it looks like',
    why: 'why it matters',
    status: 'the status',
    createdAt: 'the date it was made',
    valueId: 'the value it is for',
    step: 'the step',
    smallerStep: 'the smaller step',
    minutes: 'the minutes',
    cue: 'the moment it is tied to',
    'cue.kind': 'the kind of moment',
    'cue.at': 'the time',
    'cue.alsoAt': 'the other times',
    'cue.days': 'the days',
    'cue.awayMinutes': 'the minutes away',
    'cue.text': 'the everyday moment',
    'cue.remindAt': 'the reminder time',
    pauses: 'the pauses',
    'pauses.from': 'the start of a pause',
    'pauses.to': 'the end of a pause',
    kind: 'the kind of entry',
    at: 'the time it happened',
    day: 'the day',
    source: 'where it was logged',
    addedAt: 'the date it was added',
    updatedAt: 'the date it was last changed',
    correctedAt: 'the date it was last corrected',
    untimed: '"untimed"',
    commitmentId: 'the step it is for',
    text: 'the words',
    stepText: "the step's words",
    size: 'the size',
    felt: 'how it felt',
    reason: 'the reason',
    mood: 'the mood',
    energy: 'the energy',
    note: 'the note',
    remindersOn: '"Show reminders"',
    quietHours: 'the quiet hours',
    'quietHours.start': 'the start of the quiet hours',
    'quietHours.end': 'the end of the quiet hours',
    maxRemindersPerDay: 'the most reminders in a day',
    firstDayOfWeek: 'the first day of the week',
    theme: 'the theme',
    country: 'the country',
    weekStart: 'the week',
    helped: 'what helped',
    inTheWay: 'what got in the way',
    focusCommitmentId: "the week's step",
    hardDaysPlan: 'the plan for hard days',
    signs: '"Signs a hard day is coming"',
    'signs.item': 'a line of "Signs a hard day is coming"',
    onMyOwn: '"What I can do on my own"',
    'onMyOwn.item': 'a line of "What I can do on my own"',
    distractions: '"People and places that take my mind off things"',
    'distractions.item': 'a line of "People and places that take my mind off things"',
    people: '"People I can ask for help"',
    'people.item': 'someone in "People I can ask for help"',
    'people.name': 'the name of someone to ask for help',
    'people.reach': 'how to reach someone to ask for help',
    professionals: '"Professional and crisis help"',
    'professionals.item': 'someone in "Professional and crisis help"',
    'professionals.name': 'the name of a professional or a crisis line',
    'professionals.reach': 'how to reach a professional or a crisis line',
    saferSurroundings: '"Making my surroundings safer"',
    'saferSurroundings.item': 'a line of "Making my surroundings safer"',
    routineStepId: 'the step of the fail-safe routine',
  } as Readonly<Record<string, string>>,
  /** A part the list above does not know, as the file names it. */
  field: composes((key: string): string =>
    fill(backupFileCopy.lists.quoted, { text: inline(key) }),
  ),

  /** One problem: where (a record, or none at the top), which part of it, and what is wrong. */
  problems: {
    whereField: '{where}: {field} {what}.',
    where: '{where} {what}.',
    field: '{field} {what}.',
  },
  problem: composes((where: string, field: string, what: string): string => {
    const w = backupFileCopy.problems;
    const said = { where, field: where ? field : capitalise(field), what };
    return fill(where && field ? w.whereField : where ? w.where : w.field, said);
  }),
  /** What is wrong with a part. */
  missing: 'is missing',
  text: 'should be text, in quotes',
  empty: 'is empty',
  tooLongText: 'can be at most {n} characters long',
  tooLong: withNumber((): string => backupFileCopy.tooLongText),
  date: 'should be a date and time, written as a number like the ones "Export backup" writes',
  before1970: 'is a date before 1970',
  farFuture: 'is a date too far in the future',
  clock: 'should be written like 13:05',
  day: 'should be a day written like 2026-11-23',
  /** A day written rightly that is not on the calendar, like 2026-02-31. */
  noSuchDayText: 'is {day}, a day the calendar does not have',
  noSuchDay: composes((day: string): string => fill(backupFileCopy.noSuchDayText, { day })),
  weekdays: 'should be days of the week as numbers, from 0 for Sunday to 6 for Saturday',
  weekday: 'should be a day of the week as a number, from 0 for Sunday to 6 for Saturday',
  weekdayList: 'should be a list of days of the week, like [1, 2, 3]',
  weekdayTwice: 'should name each day of the week only once',
  someWeekday: 'should name at least one day of the week',
  clockList: 'should be a list of times, like ["09:00", "15:00"]',
  moreTimes: 'can hold at most 3 more times',
  timeTwice: 'should name each time only once, and not the first time again',
  oneToFive: 'should be a whole number from 1 to 5',
  minutes: 'should be a number of minutes',
  wholeMinutes: 'should be a whole number of minutes',
  atLeastMinute: 'should be at least 1 minute',
  atMostDay: 'can be at most 1440 minutes (a day)',
  notNegative: 'should not be below 0',
  count: 'should be a whole number',
  atMostText: 'can be at most {n}',
  atMost: withNumber((): string => backupFileCopy.atMostText),
  trueOrFalse: 'should be true or false',
  trueOrLeftOut: 'should be true, or left out',
  oneOfText: 'should be {choices}',
  oneOf: composes((choices: readonly string[]): string =>
    fill(backupFileCopy.oneOfText, { choices: orList(choices) }),
  ),
  group: 'should be a group of parts in curly brackets { }',
  groupOrNull: 'should be a group of parts in curly brackets { }, or null',
  list: 'should be a list in square brackets [ ]',
  versionText: 'should be {n}',
  version: composes((version: number): string => fill(backupFileCopy.versionText, { n: version })),
  atMostEntriesText: 'can hold at most {n} entries',
  atMostEntries: withNumber((): string => backupFileCopy.atMostEntriesText),
  needsWhatWasDone: 'needs the step it is for, or words for what was done',
  unreadable: 'could not be read',
  country: 'should be a country\'s two-letter code in capitals, like "US" or "ES"',

  /** Rules across records. */
  /** `{id}` is the id the file gave, quoted. */
  sameIdText: 'has the same id as an earlier one ({id})',
  sameId: withQuoted((): string => backupFileCopy.sameIdText),
  sameWeek: 'is for the same week as an earlier one',
  noSuchValueText: 'is for a value that is not in the file ({id})',
  noSuchValue: withQuoted((): string => backupFileCopy.noSuchValueText),
  noSuchStepText: 'is for a step that is not in the file ({id})',
  noSuchStep: withQuoted((): string => backupFileCopy.noSuchStepText),
  noSuchWeekStepText: 'names a step for the week that is not in the file ({id})',
  noSuchWeekStep: withQuoted((): string => backupFileCopy.noSuchWeekStepText),
});
