import { capitalise, inline, smallWins, whole } from '@/utils/copy/core';
import { amount, fill, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';
import { backupFileCopy } from './backupFile';

/** A backup's contents in words: "2 values, 3 steps and 40 entries" (`{values}`…), by plural forms. */
function contents(template: string, values: number, steps: number, entries: number): string {
  const w = dataCopy.data.counts;
  return fill(template, {
    values: plural(whole(values), w.values),
    steps: plural(whole(steps), w.steps),
    entries: plural(whole(entries), w.entries),
  });
}

/** Words of "Your data" (backups, CSV, delete everything) and the summary to share. */
export const dataCopy = /* @__PURE__ */ words('options/data', {
  /** Backup and export. */
  data: {
    heading: 'Your data',
    intro:
      'Everything stays in this browser. A backup file is a copy you can keep, move, or share on purpose.',
    /** How much is stored, and for how long. `size` comes from `storedSize`. */
    storedAboutText: 'Footholds keeps about {size} in this browser.',
    storedAbout: composes((size: string): string => fill(dataCopy.data.storedAboutText, { size })),
    storedStays:
      'It stays until you delete it here or remove Footholds: the browser does not clear it to free up space.',
    exportBackup: 'Export backup',
    exportCsv: 'Export entries as CSV',
    exportHint: 'The CSV file opens in a spreadsheet, one row per entry.',
    importLabel: 'Import a backup',
    importHint:
      'Choose a Footholds backup file (.json). Footholds checks it and asks before anything changes.',
    exported: 'Backup saved to your downloads.',
    exportedCsv: 'Entries saved to your downloads as a CSV file.',
    confirmHeading: 'Replace what is stored?',
    /** What a backup holds, counted. */
    counts: {
      values: { one: '{n} value', other: '{n} values' } as PluralForms,
      steps: { one: '{n} step', other: '{n} steps' } as PluralForms,
      entries: { one: '{n} entry', other: '{n} entries' } as PluralForms,
    },
    confirmBodyText:
      'This file holds {values}, {steps} and {entries}. Importing it replaces everything stored here now: values, steps, entries, weekly reflections and settings.',
    confirmBody: composes((values: number, steps: number, entries: number): string =>
      contents(dataCopy.data.confirmBodyText, values, steps, entries),
    ),
    confirmTip: 'To keep a copy of what is here now, export a backup first.',
    /** Asked before an import while the Undo of Delete everything is still offered. */
    confirmEndsUndo:
      'Importing it also ends the Undo of Delete everything: what was deleted cannot come back after that.',
    confirm: 'Replace with this backup',
    keep: 'Keep what I have',
    kept: 'Nothing was changed.',
    loadedText: 'Backup loaded: {values}, {steps}, {entries}.',
    loaded: composes((values: number, steps: number, entries: number): string =>
      contents(dataCopy.data.loadedText, values, steps, entries),
    ),
    shareHeading: 'A summary to share',
    shareHint:
      'One page with what matters to you, your steps and what went well this week, to print or save as a PDF for someone you trust.',
    openSummary: 'Open the summary',
    deleteHeading: 'Delete everything',
    deleteHint:
      'Removes your values, steps, entries, weekly reflections, settings and reminders from this browser. Undo is offered until you close this page or save something new.',
    deleteAll: 'Delete everything',
    deleteConfirmHeading: 'Delete everything stored here?',
    deleteConfirmHeadingEverywhere: 'Delete everything, here and on your other computers?',
    deleteConfirmBody:
      'Your values, steps and every entry will be removed from this browser, with your weekly reflections and reminders, and the settings will go back to how they started.',
    deleteConfirm: 'Yes, delete everything',
    /** Asked while sync is on: where a replacement or a deletion goes. */
    where: 'Where?',
    whereHere: 'On this computer only',
    whereEverywhere: 'On every computer',
    /** Said under the choice, so the question stays true to the answer. */
    deleteHereOnly:
      'Sync is turned off on this computer first, so your other computers keep their copy.',
    deleteEverywhere:
      'Your values, steps and settings are also removed on your other computers when their sync next runs. Their log stays on each of them.',
    replaceHereOnly:
      'Sync is turned off on this computer first, so your other computers keep what they have.',
    replaceEverywhere:
      'The values, steps and settings from this file also replace those on your other computers when their sync next runs.',
    /** The same two, while the log's last 30 days travel too. */
    deleteEverywhereWithLog:
      'Your values, steps and settings, and your log from the last 30 days, are also removed on your other computers when their sync next runs. Older entries stay on each of them.',
    replaceEverywhereWithLog:
      'The values, steps and settings from this file, and its log from the last 30 days, also replace those on your other computers when their sync next runs. Older entries stay on each of them.',
    deleteKeep: 'Keep everything',
    deleted: 'Everything was deleted from this browser.',
    restored: 'Everything is back as it was.',
    /**
     * Undo is withdrawn once anything new is saved (an import, a win from another page): it
     * would mix two sets of data.
     */
    undoGone: 'Something changed since, so Undo is no longer offered.',
    /** Undo pressed after something else was saved: nothing was put back. */
    undoRefused:
      'Something changed since the deletion, so Undo could not put it back without mixing the two. Nothing was changed.',
    /** Why a backup file was not loaded, and where in it; utils/core/backup uses it. */
    backupFile: backupFileCopy,
  },

  /** The printable summary (`#summary`), for a therapist or someone trusted. */
  summary: {
    heading: 'A summary to share',
    intro:
      'What matters to you, the steps you are taking, and what went well. Print it, save it as a PDF or copy it, and share it only if you want to. Mood and reflections stay out unless you choose them.',
    print: 'Print this summary',
    back: 'Back to your data',
    valuesHeading: 'What matters to me',
    noStepsYet: 'No steps yet.',
    wentWellText: 'What went well, {from} to {to}',
    wentWellHeading: composes((from: string, to: string): string =>
      fill(dataCopy.summary.wentWellText, { from: inline(from), to: inline(to) }),
    ),
    madeOnText: 'Made with Footholds on {date}.',
    madeOn: composes((date: string): string =>
      fill(dataCopy.summary.madeOnText, { date: inline(date) }),
    ),
    choicesLabel: 'What to include',
    periodLabel: 'Weeks to cover',
    periodText: { one: '{n} week', other: '{n} weeks' } as PluralForms,
    period: composes((weeks: number): string => plural(whole(weeks), dataCopy.summary.periodText)),
    includeMood: 'Include the mood and energy trend',
    includeReflections: 'Include my reflections',
    /** Offered only when there is a plan for hard days with something in it; off by default. */
    includeHardDays: 'Include my plan for hard days',
    /** Issue 28: how steps went beside how they were expected to go; off unless ticked. */
    includeExpected: 'Include how steps went',
    expectedHeading: 'How steps went',
    noExpected:
      'No step has 3 wins in these weeks where I said both how I thought it would go and how it felt.',
    copy: 'Copy for someone you trust',
    copied: 'Copied. Paste it wherever you like.',
    notCopied: 'This browser did not allow copying. You can select the text and copy it instead.',
    weekStepHeading: 'One step for this week',
    weekStepText: '{step}, for {value}',
    weekStep: composes((step: string, value: string): string =>
      inline(value)
        ? fill(dataCopy.summary.weekStepText, { step: inline(step), value: inline(value) })
        : inline(step),
    ),
    noWeekStep: 'No step chosen for this week yet.',
    /** `{wins}` is a count of small wins, `{n}` the weeks. */
    periodWinsText: { other: '{wins} in these {n} weeks' } as PluralForms,
    periodWinsWeek: '{wins} in this week',
    periodWins: composes((n: number, weeks: number): string => {
      const w = dataCopy.summary;
      const wins = capitalise(smallWins(n));
      return whole(weeks) > 1
        ? fill(plural(whole(weeks), w.periodWinsText), { wins })
        : fill(w.periodWinsWeek, { wins });
    }),
    moodHeading: 'Mood and energy, by week',
    reflectionsHeading: 'Reflections',
    noReflections: 'No reflections kept for these weeks.',
    helped: 'What helped',
    inTheWay: 'What got in the way',
    /** The copied text's lines. */
    textValues: 'What matters to me',
    textValueWhy: '- {name}: {why}',
    textValueName: '- {name}',
    textValue: composes((name: string, why: string): string => {
      const w = dataCopy.summary;
      const said = { name: inline(name), why: why.trim() };
      return inline(why) ? fill(w.textValueWhy, said) : fill(w.textValueName, said);
    }),
    textWeekStepText: 'One step for this week: {step}',
    textWeekStep: composes((step: string): string =>
      fill(dataCopy.summary.textWeekStepText, { step: inline(step) }),
    ),
    /** `{times}` says how often ("twice"). */
    textWentValue: '- {step} ({value}), {times}',
    textWentStep: '- {step}, {times}',
    textWent: composes((step: string, value: string, times: string): string => {
      const w = dataCopy.summary;
      const said = { step: inline(step), value: inline(value), times };
      return said.value ? fill(w.textWentValue, said) : fill(w.textWentStep, said);
    }),
    /** Someone from the plan for hard days, with how to reach them when both are written. */
    textContactText: '- {name}: {reach}',
    textContact: composes((name: string, reach: string): string => {
      const w = dataCopy.summary;
      const said = { name: name.trim(), reach: reach.trim() };
      return said.name && said.reach
        ? fill(w.textContactText, said)
        : fill(w.textValueName, { name: said.name || said.reach });
    }),
  },
} as const);

/**
 * A number of bytes as a person reads it: "12 kB", "3.4 MB" (rounded, never "0": anything stored
 * is at least 1 kB).
 */
export function storedSize(bytes: number): string {
  const kb = Number.isFinite(bytes) ? Math.max(1, Math.round(bytes / 1000)) : 1;
  return kb < 1000 ? amount(kb, 'kilobyte') : amount(kb / 1000, 'megabyte', 1);
}
