import { groundingCopy as copy } from '@/utils/copy/grounding';

/**
 * The 60-second grounding exercise: a few slow breaths, then notice five things. Loaded on the
 * person's click, with its words (the new tab's 12 KB budget).
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
        {copy.grounding.backToStep}
      </button>
    </section>
  );
}
