/**
 * Under the quiet hours in Settings: what happens to a reminder due in them, and each step whose
 * time falls inside them with what will happen to it: nothing is held back in silence.
 */

import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { quietHold } from '@/utils/core/quietHours';
import { listCommitments } from '@/utils/doors/plan';
import { cueTimes } from '@/utils/model/cueTimes';
import type { Cue, QuietHours } from '@/utils/model/types';

/** A cue's reminder times: a time cue's every time, an anchor's reminder, or none. */
export function reminderTimes(cue: Cue): string[] {
  if (cue.kind === 'time') return cueTimes(cue);
  if (cue.kind === 'anchor') return cue.remindAt ? [cue.remindAt] : [];
  return [];
}

/** The hint, and one line per step inside quiet hours. */
export function QuietHoursNote({ quiet, id }: { quiet: QuietHours | null; id: string }) {
  const live = useLive(listCommitments);
  const words = copy.notes.quiet;
  const inside = (live.data ?? [])
    .filter((c) => c.status === 'active')
    .map((c) => {
      // A step with several times is named once, by its first time inside quiet hours.
      const notes = reminderTimes(c.cue).map((at) => words.note(quietHold(at, quiet), quiet));
      return { c, note: notes.find(Boolean) ?? '' };
    })
    .filter((x) => x.note);
  return (
    <div id={id} class="hint">
      <p>{words.settingsHint}</p>
      {inside.length > 0 && (
        <ul>
          {inside.map(({ c, note }) => (
            <li key={c.id}>{words.stepInside(c.step, note)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
