/**
 * Words that say what reminders are doing: a cue that stopped after being ignored,
 * reminders the daily cap held back, quiet hours, "Remind me in 30 minutes", a pause of all
 * reminders, and the keyboard shortcut. The new tab loads these only with its notes, after its
 * first frame; the Options page and the popup have them in their own words.
 */

import { composes, words } from '@/utils/copy/lang/words';
import type { QuietHold } from '@/utils/core/quietHours';
import type { QuietHours } from '@/utils/model/types';
import { inline, whole } from './core';
import { cueCopy } from './cues';
import { clockTime, fill, locale, type PluralForms, plural } from './lang/sentences';

/** A clock time as the sentences put it after "at": "2:35 PM"; "las 14:35", "la 1:05". */
const atClock = (hhmm: string): string => cueCopy.cues.at(clockTime(hhmm));

/** A moment's clock time in the person's locale, after "at": "2:35 PM", "las 14:35". */
function clockTimeAt(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return atClock(`${pad(d.getHours())}:${pad(d.getMinutes())}`);
}

/** A moment's weekday and date in the person's locale: "Thursday, December 3". */
function dateOf(at: number): string {
  return new Date(at).toLocaleDateString(locale(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

/** Words of the reminder notes. */
export const reminderNoteCopy = /* @__PURE__ */ words('reminderNotes', {
  /** A cue whose reminders stopped after three went by unanswered. */
  stopped: {
    heading: 'Reminders are resting for one step',
    bodyText:
      "The last three reminders for “{step}” came at moments that didn't suit, so Footholds has stopped reminding you at that time. The step stays in your plan.",
    body: composes((step: string): string =>
      fill(reminderNoteCopy.stopped.bodyText, { step: inline(step) }),
    ),
    cardNote:
      "Reminders for this step are resting: the last three came at moments that didn't suit. Another time may fit better.",
    move: 'Move it to another time',
    keep: 'Keep reminding me',
    kept: 'Reminders for this step will come again.',
  },

  /** Reminders the daily cap held back, said once that day. */
  heldBackText: {
    one: 'One reminder waited today, because of your daily limit. Your steps are all here.',
    other: '{n} reminders waited today, because of your daily limit. Your steps are all here.',
  } as PluralForms,
  heldBack: composes((n: number): string => plural(whole(n), reminderNoteCopy.heldBackText)),

  /** "Remind me in 30 minutes" on the step page a reminder opens. */
  later: {
    button: 'Remind me in 30 minutes',
    setText: 'Okay. A reminder will come at {time}.',
    set: composes((at: number): string =>
      fill(reminderNoteCopy.later.setText, { time: clockTimeAt(at) }),
    ),
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
    untilText:
      'Reminders are resting until {date} at {time}. Your plan and your new tab stay just as they are.',
    until: composes((at: number): string =>
      fill(reminderNoteCopy.pause.untilText, { date: dateOf(at), time: clockTimeAt(at) }),
    ),
    resume: 'Turn reminders back on now',
    resumed: 'Reminders are back on.',
  },

  /** Quiet hours, in the cue editor and the settings. */
  quiet: {
    /** `{span}` is the quiet hours, from `span`. */
    later:
      'This time is inside your quiet hours ({span}), so the reminder will come once at {time}, when they end, if the step is still undone.',
    nextDay:
      'This time is inside your quiet hours ({span}), which last until {time} the next day, so no reminder will come. The step still shows on your new tab.',
    span: '{start}–{end}',
    note: composes((hold: QuietHold, quiet: QuietHours | null): string => {
      const w = reminderNoteCopy.quiet;
      const span = quiet
        ? fill(w.span, { start: clockTime(quiet.start), end: clockTime(quiet.end) })
        : '';
      if (hold.kind === 'later') return fill(w.later, { span, time: atClock(hold.at) });
      if (hold.kind === 'next-day') return fill(w.nextDay, { span, time: atClock(hold.until) });
      return '';
    }),
    settingsHint:
      'A reminder due in quiet hours comes once when they end, if the step is still undone that day.',
    stepInsideText: '“{step}”: {note}',
    stepInside: composes((step: string, note: string): string =>
      fill(reminderNoteCopy.quiet.stepInsideText, { step: inline(step), note }),
    ),
  },

  /** The keyboard shortcut that opens the popup. */
  shortcut: {
    heading: 'A keyboard shortcut',
    body: 'Alt+Shift+F opens Footholds from the toolbar, to log a win or check in.',
    change:
      'To change it in Chrome or Edge, open chrome://extensions/shortcuts. In Firefox, open about:addons, choose the gear menu, then Manage Extension Shortcuts.',
  },
} as const);
