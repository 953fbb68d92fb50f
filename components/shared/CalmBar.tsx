/**
 * A quiet horizontal bar for a 0–1 fraction. Decoration only (hidden from assistive tech): the
 * words beside it always say the same thing, so the bar is never the only cue.
 */
export function CalmBar({ fraction }: { fraction: number }) {
  const percent = Number.isFinite(fraction)
    ? Math.round(Math.min(1, Math.max(0, fraction)) * 100)
    : 0;
  return (
    <span class="calm-bar" aria-hidden="true">
      <span class="calm-bar-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
