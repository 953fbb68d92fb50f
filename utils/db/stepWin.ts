/**
 * Logging a step's win, the one way every surface does it (the new tab, the popup, a reminder's
 * Done): a step is done once a day. Its own module so the new tab loads it with the reply, after
 * its first frame (the new tab's 12 KB start-up budget).
 */
import { dayKey } from '../model/dayKey';
import type { WinEntry } from '../model/types';
import { announceChange } from './changes';
import { newId, write } from './connection';

/** What a surface passes to log a step's win; id, time and day are filled in. */
export type NewStepWin = Omit<WinEntry, 'id' | 'at' | 'day' | 'commitmentId'> & {
  commitmentId: string;
  at?: number;
};

/**
 * Logs a win for a step, unless that step already has a win that day, whichever surface
 * answered first. Checked and written in one transaction, so two surfaces at once
 * still store one. Returns the win stored, or the one already there with `already: true`, when
 * nothing was written (not even the data version moves). A second win for the same step on purpose
 * goes through "What did you do?" in the popup, as a free-text win.
 */
export async function addStepWin(
  input: NewStepWin,
): Promise<{ entry: WinEntry; already: boolean }> {
  const at = input.at ?? Date.now();
  const entry: WinEntry = { ...input, id: newId(), at, day: dayKey(at) };
  let found: WinEntry | undefined;
  const stop = new Error('Already done today.');
  try {
    await write(['days'], (tx) => {
      const days = tx.objectStore('days');
      return [
        days.get(entry.day).then((record) => {
          const entries = record?.entries ?? [];
          found = entries.find(
            (e): e is WinEntry => e.kind === 'win' && e.commitmentId === entry.commitmentId,
          );
          // Thrown, so the transaction rolls back and nothing moves.
          if (found) throw stop;
          return days.put({ day: entry.day, entries: [...entries, entry] });
        }),
      ];
    });
  } catch (error) {
    if (error === stop && found) return { entry: found, already: true };
    throw error;
  }
  await announceChange('entries');
  return { entry, already: false };
}
