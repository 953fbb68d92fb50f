import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** The button a result answers: the data view shows it beside that button. */
export type Near = 'export' | 'import' | 'delete';

/**
 * What the data view says after an action: one plain first line, then (for a file that was not
 * loaded) the details as paragraphs, or the problems inside it as a list, and a closing note.
 */
export type Said = {
  near: Near;
  tone: 'ok' | 'problem';
  text: string;
  details?: string[];
  problems?: string[];
  note?: string;
} | null;

/**
 * The answer to a button on the data view, shown right beside it and focused as it appears (at
 * 1280×800 one message region below the last card would be out of view, and a person who chose a
 * file would see nothing happen). Shows only when `said` is for this place, so the view never holds
 * more than one answer. `children` (Undo) sit inside it, read with it.
 */
export function DataResult({
  said,
  near,
  children,
}: {
  said: Said;
  near: Near;
  children?: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  const shown = said?.near === near ? said : null;
  // Focus also scrolls it into view; each new answer (a new object) takes focus again.
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role={shown.tone === 'ok' ? 'status' : 'alert'}
      class={`result result-${shown.tone}`}
    >
      <p class="result-lead">{shown.text}</p>
      {shown.details?.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {shown.problems && (
        <ul class="problems">
          {shown.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {shown.note && <p class="soft">{shown.note}</p>}
      {children}
    </div>
  );
}
