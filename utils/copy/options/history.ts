import { inline, whole } from '@/utils/copy/core';
import { fill, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';

/** Words of History: every entry by day, corrections, and entries added for past days. */
export const historyCopy = /* @__PURE__ */ words('options/history', {
  history: {
    heading: 'History',
    intro:
      'Every win, skip and check-in, newest first. Correct anything, or add a day you did not log. Nothing here is a score.',
    empty: 'Nothing logged yet. When you log a win or a check-in, it shows here.',
    emptyMonth: 'Nothing of this kind in this month.',
    month: 'Month',
    months: 'Other months',
    newer: 'Newer month',
    older: 'Older month',
    show: 'Show',
    filters: { all: 'Everything', win: 'Wins', skip: 'Skips', checkin: 'Check-ins' },
    moreDaysText: {
      one: 'Show {n} more day of this month',
      other: 'Show {n} more days of this month',
    } as PluralForms,
    moreDays: composes((n: number): string => plural(whole(n), historyCopy.history.moreDaysText)),
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    deleted: 'Deleted.',
    restored: 'Put back.',
    saved: 'Saved.',
    added: 'Added.',
    addedLater: 'added later',
    /** The marks around a check-in's note, quoted after its line. */
    noteQuote: { open: '“', close: '”' },
    corrected: 'corrected',
    noTime: 'no time given',
    // What an entry was, in a few words.
    aWinText: 'A win',
    /** A win's words, and the value it was for. */
    winFor: '{words} for {value}',
    win: composes((words: string, value: string): string => {
      const w = historyCopy.history;
      const said = inline(words) || w.aWinText;
      return inline(value) ? fill(w.winFor, { words: said, value: inline(value) }) : said;
    }),
    smallerWin: 'the smaller step',
    skipText: 'Not today: {words}',
    notToday: 'Not today',
    skip: composes((words: string): string =>
      inline(words)
        ? fill(historyCopy.history.skipText, { words: inline(words) })
        : historyCopy.history.notToday,
    ),
    reasons: {
      'too-big': 'it felt too big',
      'no-time': 'no time',
      'not-today': 'just not today',
    },
    /** `{moodWord}` and `{energyWord}` are the scales' words, lower-cased. */
    checkinText: 'Check-in: mood {mood} ({moodWord}), energy {energy} ({energyWord})',
    checkin: composes(
      (mood: number, moodWord: string, energy: number, energyWord: string): string =>
        fill(historyCopy.history.checkinText, {
          mood: whole(mood),
          moodWord: inline(moodWord).toLowerCase(),
          energy: whole(energy),
          energyWord: inline(energyWord).toLowerCase(),
        }),
    ),
    // Editing an entry.
    editHeading: 'Correct this entry',
    day: 'Day',
    time: 'Time',
    timeHint: 'Leave the time empty if you do not remember it.',
    whatDidYouDo: 'What did you do?',
    value: 'Value',
    noValue: 'No particular value',
    size: 'Size',
    fullStep: 'The step',
    smallerStep: 'The smaller step',
    reason: 'Why not today',
    reasonOptions: { 'too-big': 'Too big', 'no-time': 'No time', 'not-today': 'Just not today' },
    noReason: 'No reason given',
    note: 'Note',
    save: 'Save',
    cancel: 'Cancel',
    // Back-fill.
    addHeading: 'Add a past entry',
    addIntro: 'Did something away from the computer? It counts. Add it for the day it happened.',
    aWin: 'A win',
    oneOfMySteps: 'One of my steps',
    somethingElse: 'Something else (write it below)',
    addWin: 'Add this win',
    aCheckin: 'A check-in',
    addCheckin: 'Add this check-in',
  },
} as const);
