import { lengthMark } from '@/utils/pages/lengthMark';
import { PAINT_IDS } from '@/utils/pages/newtab/paintScript';
import type { TodayView } from '@/utils/pages/newtab/todayView';

/**
 * The day's value statement. The build renders it into newtab.html with no view (modules/first-frames/), so
 * Preact takes over the nodes the snapshot already painted instead of replacing them. The person's
 * words read in their own direction (`dir="auto"`) and long ones are set smaller (`lengthMark`,
 * as the paint script does).
 */
export function ValueStatement({ view }: { view: TodayView | null }) {
  const heading = view?.heading ?? '';
  const looksLike = view?.looksLike ?? '';
  const why = view?.why ?? '';
  return (
    <header class="statement">
      <p class="eyebrow" id={PAINT_IDS.eyebrow}>
        {view?.eyebrow ?? ''}
      </p>
      <h1
        id={PAINT_IDS.heading}
        elementtiming="value-statement"
        dir="auto"
        data-length={lengthMark(heading)}
      >
        {heading}
      </h1>
      <p class="looks-like" id={PAINT_IDS.looksLike} dir="auto" data-length={lengthMark(looksLike)}>
        {looksLike}
      </p>
      <p class="why" id={PAINT_IDS.why} dir="auto" data-length={lengthMark(why)}>
        {why}
      </p>
    </header>
  );
}
