/** Rising bars and filling circles: shapes most system fonts have (emoji may not render). */
export const MOOD_SYMBOLS = ['▁', '▂', '▄', '▆', '█'];
export const ENERGY_SYMBOLS = ['○', '◔', '◑', '◕', '●'];

/** A 1–5 scale as a radio group, with words at both ends and a symbol that is never the only cue. */
export function Scale(props: {
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
