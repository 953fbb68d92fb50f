/**
 * The first frames of the popup and the new tab, rendered to HTML at build time by
 * `modules/first-frames/` (loaded through Vite's module runner, so JSX and the app's imports work).
 * Each is rendered with no data, exactly as its page's first client render, so Preact takes over
 * the same nodes.
 */
import { renderToString } from 'preact-render-to-string';
import { NewTabFrame } from '../../entrypoints/newtab/App';
import { App as Popup } from '../../entrypoints/popup/App';
import { availableLanguages, setLanguage } from '../../utils/copy/lang/switch';
import type { WordsLanguage } from '../../utils/model/language';

/** The languages this build has words for: one popup page each. */
export const languages = (): WordsLanguage[] => availableLanguages();

/**
 * The popup in each language, usable ("What did you do?") before any script runs; Preact hydrates
 * it when the person speaks that language (entrypoints/popup/main.tsx). Rendered while this module
 * loads: Vite's module runner closes after, and a language's words load by dynamic import.
 */
const popupFrames = new Map<WordsLanguage, string>();
for (const language of availableLanguages()) {
  await setLanguage(language, language === 'qps' ? 'en' : language);
  popupFrames.set(language, renderToString(<Popup />));
}
await setLanguage('en', 'en');

/** The popup's first frame in `language`. */
export function renderPopup(language: WordsLanguage = 'en'): string {
  const frame = popupFrames.get(language);
  if (frame === undefined) throw new Error(`No popup frame in ${language}`);
  return frame;
}

/** The new tab's frame with an empty value statement, which `newtab-paint.js` fills. */
export function renderNewTab(): string {
  return renderToString(<NewTabFrame view={null} />);
}
