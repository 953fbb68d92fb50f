import { coreCopy } from '../../utils/copy/core';
import { groundingCopy } from '../../utils/copy/grounding';
import { todayCopy } from '../../utils/copy/today';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...todayCopy, ...groundingCopy };

/**
 * The 60-second grounding exercise: a few slow breaths, then notice five things. The new tab
 * loads it (and its words) when the person opens it.
 */
export function Grounding({ onClose }: { onClose: () => void }) {
  return (
    <section class="grounding card" aria-labelledby="grounding-heading">
      <h2 id="grounding-heading">{copy.grounding.title}</h2>
      <p class="soft">{copy.grounding.intro}</p>
      <ol>
        {copy.grounding.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <button type="button" class="primary" onClick={onClose}>
        {copy.today.backToStep}
      </button>
    </section>
  );
}
