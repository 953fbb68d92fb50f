/**
 * "Pause reminders for…" a day, three days or a week, in Settings and the popup: said
 * kindly with when they come back, and undone in one click. The plan and the new tab stay; the
 * worker holds every alarm back until the pause ends (`worker/reminders.ts`).
 */
import { useState } from 'preact/hooks';
import { useLive } from '@/hooks/useLive';
import { reminderNoteCopy } from '@/utils/copy/reminderNotes';
import { isPaused, PAUSE_DAYS, pauseEnd } from '@/utils/core/reminderLog';
import { pauseReminders, readReminderLog, resumeReminders } from '@/utils/doors/reminders';

const words = reminderNoteCopy.pause;

/** The pause controls, or while paused, when reminders come back and a way to end it now. */
export function PauseReminders() {
  const live = useLive(() => readReminderLog());
  const [said, setSaid] = useState('');
  const until = live.data?.pausedUntil ?? null;
  const paused = live.data ? isPaused(live.data, Date.now()) : false;

  const pause = async (days: number) => {
    const end = pauseEnd(new Date(), days).getTime();
    await pauseReminders(end);
    setSaid('');
  };
  const resume = async () => {
    await resumeReminders();
    setSaid(words.resumed);
  };

  return (
    <div class="pause-reminders">
      {paused && until !== null ? (
        <>
          <p class="notice">{words.until(until)}</p>
          <button type="button" onClick={resume}>
            {words.resume}
          </button>
        </>
      ) : (
        <fieldset class="pause-choices">
          <legend>{words.legend}</legend>
          {PAUSE_DAYS.map((days) => (
            <button
              key={days}
              type="button"
              disabled={!live.data}
              // "A day" alone does not say what it pauses, read in a list of buttons.
              aria-label={words.choiceNames[days]}
              onClick={() => pause(days)}
            >
              {words.choices[days]}
            </button>
          ))}
        </fieldset>
      )}
      {/* Live, but not a second status region: the popup and Settings each have their own. */}
      <p aria-live="polite" class="said">
        {said}
      </p>
    </div>
  );
}
