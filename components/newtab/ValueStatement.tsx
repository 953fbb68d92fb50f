import { PAINT_IDS } from '../../utils/pages/newtab/paintScript';
import type { TodayView } from '../../utils/pages/newtab/todayView';

/**
 * The day's value statement. The build renders it into newtab.html with no view (modules/first-frames/), so
 * Preact takes over the nodes the snapshot already painted instead of replacing them.
 */
export function ValueStatement({ view }: { view: TodayView | null }) {
  return (
    <header class="statement">
      <p class="eyebrow" id={PAINT_IDS.eyebrow}>
        {view?.eyebrow ?? ''}
      </p>
      <h1 id={PAINT_IDS.heading} elementtiming="value-statement">
        {view?.heading ?? ''}
      </h1>
      <p class="looks-like" id={PAINT_IDS.looksLike}>
        {view?.looksLike ?? ''}
      </p>
      <p class="why" id={PAINT_IDS.why}>
        {view?.why ?? ''}
      </p>
    </header>
  );
}
