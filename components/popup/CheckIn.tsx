import { useState } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { ENERGY_SYMBOLS, MOOD_SYMBOLS, Scale } from '@/components/shared/Scale';
import { coreCopy } from '@/utils/copy/core';
import { popupCopy } from '@/utils/copy/popup';
import { LIMITS } from '@/utils/model/limits';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...popupCopy };

interface Props {
  onSave: (mood: number, energy: number, note: string) => Promise<boolean>;
}

/** The mood and energy check-in, with an optional short note. */
export function CheckIn({ onSave }: Props) {
  const [mood, setMood] = useState(0);
  const [energy, setEnergy] = useState(0);
  const [note, setNote] = useState('');
  const [hint, setHint] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    if (!mood || !energy) {
      setHint(copy.popup.checkinPick);
      return;
    }
    setHint('');
    if (await onSave(mood, energy, note.trim())) {
      setMood(0);
      setEnergy(0);
      setNote('');
    }
  };
  return (
    <section aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{copy.checkin.prompt}</h2>
      <form class="checkin" onSubmit={save}>
        <Scale
          name="mood"
          legend={copy.checkin.mood}
          words={copy.checkin.moodScale}
          symbols={MOOD_SYMBOLS}
          value={mood}
          onChange={setMood}
          keys={copy.checkin.keys}
        />
        <Scale
          name="energy"
          legend={copy.checkin.energy}
          words={copy.checkin.energyScale}
          symbols={ENERGY_SYMBOLS}
          value={energy}
          onChange={setEnergy}
          keys={copy.checkin.keys}
        />
        <label for="checkin-note">{copy.popup.note}</label>
        <input
          id="checkin-note"
          dir="auto"
          value={note}
          maxLength={LIMITS.note}
          placeholder={copy.checkin.notePlaceholder}
          aria-describedby="note-limit"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <FieldLimit id="note-limit" value={note} max={LIMITS.note} quiet />
        <button type="submit">{copy.popup.saveCheckin}</button>
        {hint && <p class="soft">{hint}</p>}
      </form>
    </section>
  );
}
