import { capitalise, inline, whole } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';
import type { BackupRefusal } from '@/utils/core/backup';
import type { PerEntryKind } from '@/utils/model/entryKinds';
import type { EntryKind } from '@/utils/model/types';

/** "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
    : (items[0] ?? '');
}

/** Words a person wrote, quoted and kept short, so a long one does not swamp the message. */
function quoted(text: string): string {
  const one = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return `"${one.length > 40 ? `${one.slice(0, 40)}…` : one}"`;
}

/**
 * Everything said about a backup file that was not loaded: the first plain line, then
 * what is wrong and where, in words a person who opens the file can follow: "Step 1 ("Text one
 * friend"): the time should look like 13:05." No field names, no "milliseconds since 1970".
 * utils/core/backup finds the problems as codes; backupProblems.ts says each from these parts.
 */
export const backupFileCopy = /* @__PURE__ */ words('options/backupFile', {
  /** The first line of a refusal, chosen from what went wrong. */
  refused: (why: BackupRefusal, count: number): string => {
    switch (why) {
      case 'empty':
        return 'This file is empty.';
      case 'not-json':
        return "This file can't be read as a backup.";
      case 'not-backup':
        return "This isn't a Footholds backup file.";
      case 'newer':
        return 'This backup is from a newer Footholds.';
      case 'not-saved':
        return "Footholds couldn't save this backup.";
      default:
        return whole(count) === 1
          ? 'One thing in this backup needs fixing first:'
          : `${whole(count)} things in this backup need fixing first:`;
    }
  },
  /** Said under every refusal. */
  nothingChanged: 'Nothing was changed.',

  /** The details of a file that is not a backup at all. */
  emptyFile: 'There is nothing in it to load.',
  chooseExported:
    'Choose the file that "Export backup" saved. Its name starts with footholds-backup.',
  notJson:
    'A Footholds backup is a text file in a format called JSON. This file is another kind of file, or only part of one.',
  saysItIs: (what: string): string => `The file says it is a ${quoted(what)} file.`,
  saysNothing: 'Nothing in it says that it is a Footholds backup.',
  otherData: 'It holds other data, not a backup.',
  newer: (version: number, reads: number): string =>
    `It is backup version ${version}, and this Footholds reads version ${reads}. Update Footholds, then try again.`,
  notSaved: 'Please try again in a moment.',
  /** After the first ten problems. */
  more: (n: number): string =>
    whole(n) === 1 ? 'And 1 more thing.' : `And ${whole(n)} more things.`,

  /** Where in the file: one record, counted from 1, with the words that help find it. */
  value: (n: number, name?: string): string =>
    name ? `Value ${n} (${quoted(name)})` : `Value ${n}`,
  step: (n: number, step?: string): string => (step ? `Step ${n} (${quoted(step)})` : `Step ${n}`),
  review: (n: number, week?: string): string =>
    week ? `Weekly review ${n} (the week of ${week})` : `Weekly review ${n}`,
  entry: (n: number, kind?: string, day?: string, words?: string): string => {
    const kinds: PerEntryKind<string> = { win: 'a win', skip: 'a skip', checkin: 'a check-in' };
    // A file may name no kind, or one that is none of these ("constructor" included).
    const what: string | undefined =
      kind !== undefined && Object.hasOwn(kinds, kind) ? kinds[kind as EntryKind] : undefined;
    const when = day ? `${what ? ' ' : ''}from ${day}` : '';
    const said = words ? `: ${quoted(words)}` : '';
    return what || when ? `Entry ${n} (${what ?? ''}${when}${said})` : `Entry ${n}`;
  },
  settings: 'The settings',
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
    weekStart: 'the week',
    helped: 'what helped',
    inTheWay: 'what got in the way',
    focusCommitmentId: "the week's step",
  } as Readonly<Record<string, string>>,
  /** A part the list above does not know, as the file names it. */
  field: (key: string): string => `"${inline(key)}"`,

  /** One problem: where (a record, or none at the top), which part of it, and what is wrong. */
  problem: (where: string, field: string, what: string): string => {
    if (where && field) return `${where}: ${field} ${what}.`;
    return where ? `${where} ${what}.` : `${capitalise(field)} ${what}.`;
  },
  /** What is wrong with a part. */
  missing: 'is missing',
  text: 'should be text, in quotes',
  empty: 'is empty',
  tooLong: (max: number): string => `can be at most ${whole(max)} characters long`,
  date: 'should be a date and time, written as a number like the ones "Export backup" writes',
  before1970: 'is a date before 1970',
  farFuture: 'is a date too far in the future',
  clock: 'should be written like 13:05',
  day: 'should be a day written like 2026-11-23',
  /** A day written rightly that is not on the calendar, like 2026-02-31. */
  noSuchDay: (day: string): string => `is ${day}, a day the calendar does not have`,
  weekdays: 'should be days of the week as numbers, from 0 for Sunday to 6 for Saturday',
  weekday: 'should be a day of the week as a number, from 0 for Sunday to 6 for Saturday',
  weekdayList: 'should be a list of days of the week, like [1, 2, 3]',
  weekdayTwice: 'should name each day of the week only once',
  someWeekday: 'should name at least one day of the week',
  oneToFive: 'should be a whole number from 1 to 5',
  minutes: 'should be a number of minutes',
  wholeMinutes: 'should be a whole number of minutes',
  atLeastMinute: 'should be at least 1 minute',
  atMostDay: 'can be at most 1440 minutes (a day)',
  notNegative: 'should not be below 0',
  count: 'should be a whole number',
  atMost: (max: number): string => `can be at most ${whole(max)}`,
  trueOrFalse: 'should be true or false',
  trueOrLeftOut: 'should be true, or left out',
  oneOf: (choices: readonly string[]): string => `should be ${orList(choices)}`,
  group: 'should be a group of parts in curly brackets { }',
  groupOrNull: 'should be a group of parts in curly brackets { }, or null',
  list: 'should be a list in square brackets [ ]',
  version: (version: number): string => `should be ${version}`,
  atMostEntries: (max: number): string => `can hold at most ${whole(max)} entries`,
  needsWhatWasDone: 'needs the step it is for, or words for what was done',
  unreadable: 'could not be read',

  /** Rules across records. */
  sameId: (id: string): string => `has the same id as an earlier one (${quoted(id)})`,
  sameWeek: 'is for the same week as an earlier one',
  noSuchValue: (id: string): string => `is for a value that is not in the file (${quoted(id)})`,
  noSuchStep: (id: string): string => `is for a step that is not in the file (${quoted(id)})`,
  noSuchWeekStep: (id: string): string =>
    `names a step for the week that is not in the file (${quoted(id)})`,
} as const);
