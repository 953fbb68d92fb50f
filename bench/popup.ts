import esPopup from '@/utils/copy/es/popup';
import type { Bench } from './browser';
import { SPANISH } from './config';
import { type PageResult, pageLines } from './pageResult';
import { overEnglishRows, type SpanishPage, spanishRows } from './spanishRows';

/**
 * How the popup is timed: opened as a page in a fresh tab, from navigation start until its
 * "What did you do?" field (or its Spanish, on the Spanish popup) is present and enabled and the
 * next frame is drawn; and the table's POPUP section.
 */

/** The popup's text field; "usable" means it is present and enabled. */
export const WIN_LABEL = 'What did you do?';
/** The same field on the popup made in Spanish (`popup-es.html`), from the app's words. */
export const ES_WIN_LABEL = esPopup.popup.whatDidYouDo;

/** When the popup's field became usable, in ms from navigation start. */
export interface UsableSample {
  /** The field is in the document and enabled. */
  dom: number | null;
  /** …and the next frame has been produced (requestAnimationFrame, then a task). */
  frame: number | null;
}

/**
 * Installed before the page's own scripts: a MutationObserver that notes when a field labelled
 * "What did you do?" (in English or Spanish) is present and enabled, then waits one frame.
 */
const USABLE_SCRIPT = `(() => {
  const LABELS = ${JSON.stringify([WIN_LABEL, ES_WIN_LABEL])};
  let resolve;
  window.__benchUsable = new Promise((r) => { resolve = r; });
  const find = () => {
    for (const label of document.querySelectorAll('label')) {
      const control = label.control;
      if (control && LABELS.includes(label.textContent.trim()) && !control.matches(':disabled')) return control;
    }
    for (const LABEL of LABELS) {
      const named = document.querySelector('[aria-label="' + LABEL + '"]');
      if (named && !named.matches(':disabled')) return named;
    }
    return null;
  };
  const observer = new MutationObserver(() => {
    if (!find()) return;
    observer.disconnect();
    const dom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ dom, frame: performance.now() });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ['disabled'],
  });
})();`;

/** Loads `url` in a fresh tab and reads when its "What did you do?" field became usable. */
export async function loadForUsable(bench: Bench, url: string): Promise<UsableSample> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript({ content: USABLE_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          (window as unknown as { __benchUsable: Promise<UsableSample> }).__benchUsable,
          new Promise<UsableSample>((r) =>
            setTimeout(() => r({ dom: null, frame: null }), timeoutMs),
          ),
        ]),
      5000,
    );
  } finally {
    await page.close();
  }
}

/** The table's POPUP section, with the Spanish popup's rows. */
export function popupLines(popup: PageResult, spanish: SpanishPage): string[] {
  return pageLines(
    `POPUP (opened as a page) · "${WIN_LABEL}" present, enabled and a frame drawn (in Spanish, ${SPANISH.popup}: "${ES_WIN_LABEL}")`,
    popup,
    1.3,
    { rows: spanishRows(spanish, 1.3), ratios: overEnglishRows(spanish) },
  );
}
