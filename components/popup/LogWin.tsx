import { useState } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { coreCopy } from '@/utils/copy/core';
import { popupCopy } from '@/utils/copy/popup';
import { LIMITS } from '@/utils/model/limits';
import type { Value } from '@/utils/model/types';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...popupCopy };

interface Props {
  values: Value[];
  onLog: (text: string, valueId: string | undefined) => Promise<boolean>;
}

/** Log any win in a few words, with its value if you like. Enter works. */
export function LogWin({ values, onLog }: Props) {
  // Words typed into the prerendered field before the page's script ran are kept.
  const [text, setText] = useState(
    () => (globalThis.document?.getElementById('win-text') as HTMLInputElement | null)?.value ?? '',
  );
  const [valueId, setValueId] = useState('');
  const [hint, setHint] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const words = text.trim();
    if (!words) {
      setHint(copy.popup.emptyWin);
      return;
    }
    setHint('');
    if (await onLog(words, valueId || undefined)) setText('');
  };
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{copy.popup.logHeading}</h2>
      <form class="log-win" onSubmit={submit}>
        <label for="win-text">{copy.popup.whatDidYouDo}</label>
        <input
          id="win-text"
          dir="auto"
          value={text}
          maxLength={LIMITS.sentence}
          autoComplete="off"
          placeholder={copy.popup.winPlaceholder}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby={hint ? 'win-hint win-limit' : 'win-limit'}
        />
        {/* The limit shows as it nears, before anything is cut. */}
        <FieldLimit id="win-limit" value={text} max={LIMITS.sentence} quiet />
        <div class="log-row">
          <div class="field">
            <label for="win-value">{copy.popup.value}</label>
            <select
              id="win-value"
              value={valueId}
              onChange={(e) => setValueId(e.currentTarget.value)}
            >
              <option value="">{copy.popup.noValue}</option>
              {values.map((v) => (
                <option key={v.id} value={v.id} dir="auto">
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary">
            {copy.popup.logWin}
          </button>
        </div>
        {hint && (
          <p id="win-hint" class="soft">
            {hint}
          </p>
        )}
      </form>
    </section>
  );
}
