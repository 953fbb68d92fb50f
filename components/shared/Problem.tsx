/**
 * A problem said in plain words, announced to screen readers (`role="alert"`); nothing when
 * there is no problem. Calm colours, never red: a save that did not work is not the person's doing.
 */
export function Problem({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p role="alert" class="notice">
      {text}
    </p>
  );
}
