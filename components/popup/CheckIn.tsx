import { useState } from 'preact/hooks';
import { coreCopy } from '../../utils/copy/core';
import { popupCopy } from '../../utils/copy/popup';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...popupCopy };

interface Props {
  onSave: (mood: number, energy: number, note: string) => Promise<boolean>;
}

/** Rising bars and filling circles: shapes most system fonts have (emoji may not render). */
const MOOD_SYMBOLS = ['▁', '▂', '▄', '▆', '█'];
const ENERGY_SYMBOLS = ['○', '◔', '◑', '◕', '●'];

/** A 1–5 scale as a radio group, with words at both ends and a symbol that is never the only cue. */
function Scale(props: {
  name: string;
  legend: string;
  words: readonly string[];
  symbols: string[];
  value: number;
  onChange: (n: number) => void;
}) {
  return (
    <fieldset class="scale">
      <legend>{props.legend}</legend>
      <div class="scale-options">
        {props.words.map((word, i) => {
          const n = i + 1;
          const id = `${props.name}-${n}`;
          return (
            <span key={id} class="scale-option">
              <input
                type="radio"
                id={id}
                name={props.name}
                value={n}
                checked={props.value === n}
                onChange={() => props.onChange(n)}
              />
              <label for={id}>
                <span aria-hidden="true" class="symbol">
                  {props.symbols[i]}
                </span>
                <span class="number">{n}</span>
                <span class="visually-hidden">{word}</span>
              </label>
            </span>
          );
        })}
      </div>
      <div class="scale-ends" aria-hidden="true">
        <span>{props.words[0]}</span>
        <span>{props.words[props.words.length - 1]}</span>
      </div>
    </fieldset>
  );
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
        />
        <Scale
          name="energy"
          legend={copy.checkin.energy}
          words={copy.checkin.energyScale}
          symbols={ENERGY_SYMBOLS}
          value={energy}
          onChange={setEnergy}
        />
        <label for="checkin-note">{copy.popup.note}</label>
        <input
          id="checkin-note"
          value={note}
          maxLength={2000}
          placeholder={copy.checkin.notePlaceholder}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit">{copy.popup.saveCheckin}</button>
        {hint && <p class="soft">{hint}</p>}
      </form>
    </section>
  );
}
