import { renderToString } from 'preact-render-to-string';
import { App as Popup } from '../entrypoints/popup/App';

/**
 * The popup's first frame, rendered to HTML at build time (see `wxt.config.ts`), so the
 * "What did you do?" field is there and usable before any script runs; Preact then hydrates it.
 * Rendered with no data, exactly as the first client render, so hydration matches.
 */
export function prerenderPopup(): string {
  return renderToString(<Popup />);
}
