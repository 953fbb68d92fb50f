/**
 * The first frames of the popup and the new tab, rendered to HTML at build time by
 * `modules/first-frames/` (loaded through Vite's module runner, so JSX and the app's imports work).
 * Each is rendered with no data, exactly as its page's first client render, so Preact takes over
 * the same nodes.
 */
import { renderToString } from 'preact-render-to-string';
import { NewTabFrame } from '../../entrypoints/newtab/App';
import { App as Popup } from '../../entrypoints/popup/App';

/** The popup, usable ("What did you do?") before any script runs; Preact hydrates it. */
export function renderPopup(): string {
  return renderToString(<Popup />);
}

/** The new tab's frame with an empty value statement, which `newtab-paint.js` fills. */
export function renderNewTab(): string {
  return renderToString(<NewTabFrame view={null} />);
}
