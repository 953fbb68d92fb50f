import { useState } from 'preact/hooks';
import { dayKey } from '../utils/day';
import { addEntry, entriesForDay } from '../utils/db';
import { useLive } from './useLive';

/** The popup: log a micro-win in one step. */
export function Popup() {
  const today = useLive(() => entriesForDay(dayKey(new Date())));
  const [text, setText] = useState('');
  const wins = today.data?.filter((e) => e.kind === 'win') ?? [];
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    await addEntry({ kind: 'win', source: 'popup', text: text.trim(), size: 'full' });
    setText('');
  };
  return (
    <main class="popup">
      <form onSubmit={submit}>
        <label for="win-text">What did you do?</label>
        <input id="win-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button class="primary" type="submit">
          Log a win
        </button>
      </form>
      <p aria-live="polite">
        {wins.length} small {wins.length === 1 ? 'win' : 'wins'} today
      </p>
    </main>
  );
}
