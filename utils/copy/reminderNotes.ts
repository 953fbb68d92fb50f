/**
 * Words that say what reminders are doing: a cue that stopped after being ignored,
 * reminders the daily cap held back, quiet hours, "Remind me in 30 minutes", a pause of all
 * reminders, and the keyboard shortcut. The new tab loads these only with its notes, after its
 * first frame; the Options page and the popup have them in their own words.
 */

import { words } from '@/utils/copy/lang/words';
import type { QuietHold } from '@/utils/core/quietHours';
import type { QuietHours } from '@/utils/model/types';
import { inline, whole } from './core';

/** "Thursday, December 3 at 14:05", in English like the rest of the words. */
function when(at: number): string {
  const d = new Date(at);
  const date = d.toLocaleDateString('en', { weekday: 'long', month: 'long', day: 'numeric' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "14:35". */
function clock(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Words of the reminder notes. */
export const reminderNoteCopy = /* @__PURE__ */ words('reminderNotes', {
  /** A cue whose reminders stopped after three went by unanswered. */
  stopped: {
    heading: 'Reminders are resting for one step',
    body: (step: string): string =>
      `The last three reminders for “${inline(step)}” came at moments that didn't suit, so Footholds has stopped reminding you at that time. The step stays in your plan.`,
    cardNote:
      "Reminders for this step are resting: the last three came at moments that didn't suit. Another time may fit better.",
    move: 'Move it to another time',
    keep: 'Keep reminding me',
    kept: 'Reminders for this step will come again.',
  },

  /** Reminders the daily cap held back, said once that day. */
  heldBack: (n: number): string => {
    const count = whole(n);
    return count === 1
      ? 'One reminder waited today, because of your daily limit. Your steps are all here.'
      : `${count} reminders waited today, because of your daily limit. Your steps are all here.`;
  },

  /** "Remind me in 30 minutes" on the step page a reminder opens. */
  later: {
    button: 'Remind me in 30 minutes',
    set: (at: number): string => `Okay. A reminder will come at ${clock(at)}.`,
  },

  /** A pause of all reminders. */
  pause: {
    legend: 'Pause reminders for…',
    choices: { 1: 'A day', 3: 'Three days', 7: 'A week' } as Record<number, string>,
    /** Each choice's whole name, so a button read on its own says what it pauses. */
    choiceNames: {
      1: 'Pause reminders for a day',
      3: 'Pause reminders for three days',
      7: 'Pause reminders for a week',
    } as Record<number, string>,
    until: (at: number): string =>
      `Reminders are resting until ${when(at)}. Your plan and your new tab stay just as they are.`,
    resume: 'Turn reminders back on now',
    resumed: 'Reminders are back on.',
  },

  /** Quiet hours, in the cue editor and the settings. */
  quiet: {
    note: (hold: QuietHold, quiet: QuietHours | null): string => {
      const span = quiet ? `${quiet.start}–${quiet.end}` : '';
      if (hold.kind === 'later') {
        return `This time is inside your quiet hours (${span}), so the reminder will come once at ${hold.at}, when they end, if the step is still undone.`;
      }
      if (hold.kind === 'next-day') {
        return `This time is inside your quiet hours (${span}), which last until ${hold.until} the next day, so no reminder will come. The step still shows on your new tab.`;
      }
      return '';
    },
    settingsHint:
      'A reminder due in quiet hours comes once when they end, if the step is still undone that day.',
    stepInside: (step: string, note: string): string => `“${inline(step)}”: ${note}`,
  },

  /** The keyboard shortcut that opens the popup. */
  shortcut: {
    heading: 'A keyboard shortcut',
    body: 'Alt+Shift+F opens Footholds from the toolbar, to log a win or check in.',
    change:
      'To change it in Chrome or Edge, open chrome://extensions/shortcuts. In Firefox, open about:addons, choose the gear menu, then Manage Extension Shortcuts.',
  },
} as const);
