/**
 * Under the quiet hours in Settings: what happens to a reminder due in them, and each step whose
 * time falls inside them with what will happen to it: nothing is held back in silence.
 */

import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { quietHold } from '@/utils/core/quietHours';
import { listCommitments } from '@/utils/doors/plan';
import type { Cue, QuietHours } from '@/utils/model/types';

/** A cue's reminder time, if it has one. */
export function reminderTime(cue: Cue): string | null {
  if (cue.kind === 'time') return cue.at;
  if (cue.kind === 'anchor') return cue.remindAt ?? null;
  return null;
}

/** The hint, and one line per step inside quiet hours. */
export function QuietHoursNote({ quiet, id }: { quiet: QuietHours | null; id: string }) {
  const live = useLive(listCommitments);
  const words = copy.notes.quiet;
  const inside = (live.data ?? [])
    .filter((c) => c.status === 'active')
    .map((c) => {
      const at = reminderTime(c.cue);
      const hold = at ? quietHold(at, quiet) : { kind: 'none' as const };
      return { c, note: words.note(hold, quiet) };
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
