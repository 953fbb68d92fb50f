/**
 * Storing a step's win, once a day per step (see `connection.ts` for why it is its own module).
 * The one action every surface calls is the log's door (`utils/doors/log/stepWin.ts`).
 */
import type { WinEntry } from '../model/types';
import { write } from './connection';
import { changeDay, newEntry } from './days';

/** What is stored for a step's win; id, time and day are filled in. */
export type NewStepWin = Omit<WinEntry, 'id' | 'at' | 'day' | 'commitmentId'> & {
  commitmentId: string;
  at?: number;
};

/**
 * Stores a win for a step, unless that step already has a win that day (the same step logged
 * from two surfaces). Checked and written in one transaction, so two surfaces at once still
 * store one. Returns the win stored, or the one already there with `already: true`, when nothing
 * was written (not even the data version moves).
 */
export async function addStepWin(
  input: NewStepWin,
): Promise<{ entry: WinEntry; already: boolean }> {
  const entry = newEntry<WinEntry>(input);
  let found: WinEntry | undefined;
  const stop = new Error('Already done today.');
  try {
    await write(['days'], (tx) => [
      changeDay(tx, entry.day, (entries) => {
        found = entries.find(
          (e): e is WinEntry => e.kind === 'win' && e.commitmentId === entry.commitmentId,
        );
        // Thrown, so the transaction rolls back and nothing moves.
        if (found) throw stop;
        return [...entries, entry];
      }),
    ]);
  } catch (error) {
    if (error === stop && found) return { entry: found, already: true };
    throw error;
  }
  return { entry, already: false };
}
