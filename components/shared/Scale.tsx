/**
 * A 1–5 scale as a radio group (the check-in's mood and energy, and "How did it feel?"), with
 * words at both ends and a symbol that is never the only cue. No hooks, so the new tab may use it.
 */

/** Rising bars and filling circles: shapes most system fonts have (emoji may not render). */
export const MOOD_SYMBOLS = ['▁', '▂', '▄', '▆', '█'];
export const ENERGY_SYMBOLS = ['○', '◔', '◑', '◕', '●'];

/** What a scale shows: its group name, legend, the word for each step and its symbol. */
export interface ScaleProps {
  name: string;
  legend: string;
  words: readonly string[];
  symbols: readonly string[];
  /** The chosen step, 1–5, or 0 for none yet. */
  value: number;
  onChange: (n: number) => void;
  /**
   * How to choose by keyboard ("Arrow keys choose"): the group's description, shown while a
   * choice has keyboard focus (with Tab and Space alone only 1 can be chosen).
   */
  keys?: string;
}

/** A 1–5 scale as a radio group. */
export function Scale(props: ScaleProps) {
  const keysId = props.keys ? `${props.name}-keys` : undefined;
  return (
    <fieldset class="scale" aria-describedby={keysId}>
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
        {/* Read as the group's description even though hidden from the reading order here. */}
        {keysId && (
          <span id={keysId} class="scale-keys">
            {props.keys}
          </span>
        )}
        <span>{props.words[props.words.length - 1]}</span>
      </div>
    </fieldset>
  );
}
