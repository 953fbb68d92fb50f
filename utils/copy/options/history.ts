import { inline, whole } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';

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
    moreDays: (n: number): string =>
      `Show ${whole(n)} more ${whole(n) === 1 ? 'day' : 'days'} of this month`,
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    deleted: 'Deleted.',
    restored: 'Put back.',
    saved: 'Saved.',
    added: 'Added.',
    addedLater: 'added later',
    corrected: 'corrected',
    noTime: 'no time given',
    // What an entry was, in a few words.
    win: (words: string, value: string): string =>
      [inline(words) || 'A win', inline(value) ? `for ${inline(value)}` : '']
        .filter(Boolean)
        .join(' '),
    smallerWin: 'the smaller step',
    skip: (words: string): string => (inline(words) ? `Not today: ${inline(words)}` : 'Not today'),
    reasons: {
      'too-big': 'it felt too big',
      'no-time': 'no time',
      'not-today': 'just not today',
    },
    checkin: (mood: number, moodWord: string, energy: number, energyWord: string): string =>
      `Check-in: mood ${whole(mood)} (${inline(moodWord).toLowerCase()}), energy ${whole(energy)} (${inline(energyWord).toLowerCase()})`,
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
