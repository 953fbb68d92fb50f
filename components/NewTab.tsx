import { dayKey } from '../utils/day';
import { entriesForDay } from '../utils/db';
import { useLive } from './useLive';

/** The new tab: the day's value and one small step. */
export function NewTab() {
  const today = useLive(() => entriesForDay(dayKey(new Date())));
  const wins = today.data?.filter((e) => e.kind === 'win').length ?? 0;
  return (
    <main>
      <h1>Footholds</h1>
      <p>
        {wins} small {wins === 1 ? 'win' : 'wins'} today
      </p>
    </main>
  );
}
