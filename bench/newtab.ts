import { PROFILE_LABEL, PROFILES, type Profile } from './config';
import { ms } from './format';
import { type PageResult, pageLines } from './pageResult';
import { type PaintSample, STATEMENT } from './paint';
import { overEnglishRows, type SpanishPage, spanishRows } from './spanishRows';
import { pairedDifference, type Ratio, timing } from './stats';

/**
 * The new tab beside its static copy: where the live page's extra time goes (the main thread's
 * work, or the compositor's), and the table's NEW TAB section.
 */

/** Where the new tab's time goes, beside its static copy (paired rounds, ms). */
export interface TimeGoes {
  /** Live − static, when the main thread finished the frame that painted the statement. */
  mainThread: Record<Profile, Ratio>;
  /** Live − static, when that frame was on screen (the headline's figure). */
  onScreen: Record<Profile, Ratio>;
  /** On screen − main thread done, the compositor's share, for the live and static pages. */
  compositor: Record<Profile, { live: number; static: number }>;
}

/** The live new tab's cost on the main thread and on screen. */
export function timeGoes(raw: Record<string, PaintSample[][]>): TimeGoes {
  const of = (key: string, f: (s: PaintSample) => number | null) =>
    raw[key].map((loads) => loads.map(f));
  const onScreen = (s: PaintSample) => s.element;
  const mainThread = (s: PaintSample) => s.paint.element;
  const compositor = (s: PaintSample) =>
    s.element !== null && s.paint.element !== null ? s.element - s.paint.element : null;
  const out: TimeGoes = { mainThread: {}, onScreen: {}, compositor: {} } as TimeGoes;
  for (const p of PROFILES) {
    out.mainThread[p] = pairedDifference(
      of(`real:${p}`, mainThread),
      of(`static:${p}`, mainThread),
    );
    out.onScreen[p] = pairedDifference(of(`real:${p}`, onScreen), of(`static:${p}`, onScreen));
    out.compositor[p] = {
      live: timing(of(`real:${p}`, compositor)).median,
      static: timing(of(`static:${p}`, compositor)).median,
    };
  }
  return out;
}

/** The table's NEW TAB section, with the Spanish profile's rows and where the time goes. */
export function newtabLines(newtab: PageResult, goes: TimeGoes, spanish: SpanishPage): string[] {
  const newtabMetric =
    newtab.metric === 'element timing renderTime'
      ? `value statement painted (element timing "${STATEMENT}")`
      : newtab.metric;
  const lines = pageLines(`NEW TAB · ${newtabMetric}`, newtab, 1.1, {
    rows: spanishRows(spanish, 1.1),
    ratios: overEnglishRows(spanish),
  });
  const diff = (q: Ratio) =>
    Number.isFinite(q.median) ? `${q.median >= 0 ? '+' : ''}${q.median.toFixed(1)} ms` : 'n/a';
  lines.push(
    '  where the time goes (live − static, paired rounds): main thread done with the first frame, then on screen',
  );
  for (const p of PROFILES) {
    lines.push(
      `    ${PROFILE_LABEL[p].padEnd(10)}  main thread ${diff(goes.mainThread[p])}, on screen ${diff(goes.onScreen[p])}; compositor's share ${ms(goes.compositor[p].live)} live, ${ms(goes.compositor[p].static)} static`,
    );
  }
  return lines;
}
