/** The key under a mood and energy chart, in the same shapes as the lines. */
export function MoodEnergyKey({ mood, energy }: { mood: string; energy: string }) {
  return (
    <ul class="chart-key" aria-hidden="true">
      <li>
        <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
          <line x1="0" x2="26" y1="6" y2="6" class="chart-line mood" />
          <circle cx="13" cy="6" r="4" class="chart-dot mood" />
        </svg>
        {mood}
      </li>
      <li>
        <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
          <line x1="0" x2="26" y1="6" y2="6" class="chart-line energy" />
          <rect x="9" y="2" width="8" height="8" class="chart-dot energy" />
        </svg>
        {energy}
      </li>
    </ul>
  );
}
