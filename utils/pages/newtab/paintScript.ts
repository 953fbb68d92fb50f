/**
 * The new tab's parse-time paint script: it applies the saved theme and fills the value statement
 * from the localStorage snapshot while the HTML is still parsing, then starts the page's module
 * once that first frame is drawn. The build bundles `runPaintScript` on its own into the tiny
 * classic script `newtab-paint.js` (modules/first-frames/): a WXT unlisted script carries WXT's
 * runtime, and a module waits for the whole bundle, while the new tab must feel instant.
 */

import { dayKey } from '@/utils/model/dayKey';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { lengthMark } from '@/utils/pages/lengthMark';
import { englishAtStart, speaksNow } from '@/utils/pages/savedLanguage';
import { ENGLISH, MODULE_ATTRIBUTE, SPEAKS } from './paintScriptFile';
import { pageStorage, storedSnapshot } from './snapshot';

/** The ids of the elements the snapshot fills; `ValueStatement` renders them, the script fills them. */
export const PAINT_IDS = {
  eyebrow: 'statement-eyebrow',
  heading: 'statement-heading',
  looksLike: 'statement-looks-like',
  why: 'statement-why',
} as const;

/** The footer's links (components/newtab/HelpLinks.tsx), whose words the snapshot carries. */
export const LINK_IDS = {
  hardDays: 'help-link-hard-days',
  help: 'help-link-help',
} as const;

/**
 * Applies the saved theme, marks what the page's words are made in (`SPEAKS`, and `ENGLISH` for
 * the English as written), and fills the value
 * statement from the snapshot for `now`'s day, each
 * text with its `lengthMark` (a 200-character name is set smaller from the first frame; issue
 * 19). Text is set with `textContent`, so a value named like HTML shows literally. Never throws:
 * with no storage or a damaged snapshot, the page renders from IndexedDB a moment later.
 */
export function paintNow(doc: Document, store: Storage | null, now: Date): void {
  try {
    const marks = doc.documentElement.dataset;
    marks[SPEAKS] = speaksNow();
    if (englishAtStart()) marks[ENGLISH] = '';
    const theme = store?.getItem(LOCAL_KEYS.theme);
    if (theme === 'light' || theme === 'dark') doc.documentElement.dataset.theme = theme;
    const snapshot = store && storedSnapshot(store);
    // The footer's links are in the HTML (one click away before any script runs), in English
    // as built: the snapshot gives them the person's words.
    let link: keyof typeof LINK_IDS;
    for (link in LINK_IDS) {
      const el = doc.getElementById(LINK_IDS[link]);
      const text = snapshot?.links?.[link];
      if (el && typeof text === 'string' && text) el.textContent = text;
    }
    const view = snapshot?.days[dayKey(now)];
    if (!view) return;
    let key: keyof typeof PAINT_IDS;
    for (key in PAINT_IDS) {
      const el = doc.getElementById(PAINT_IDS[key]);
      const text = view[key];
      if (!el || typeof text !== 'string') continue;
      el.textContent = text;
      const mark = lengthMark(text);
      if (mark) el.dataset.length = mark;
    }
  } catch {
    // Blocked storage or a damaged snapshot: IndexedDB follows.
  }
}

/**
 * Starts the page's module script (`src`) once the first frame is on screen: fetched and compiled
 * before it, the module would hold that frame back, most of all on a cold extension process (the
 * bench's new tab rows, against a static page). A hidden tab gets no animation frames, so
 * a timer starts it anyway.
 */
export function startAfterFirstFrame(doc: Document, src: string | undefined): void {
  if (!src) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    doc.body.append(script);
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
}

/** What `newtab-paint.js` runs: paint, then start the module its own tag names. */
export function runPaintScript(doc: Document): void {
  // `pageStorage` is null where storage is blocked: that must not keep the module from starting.
  paintNow(doc, pageStorage(), new Date());
  startAfterFirstFrame(doc, doc.currentScript?.getAttribute(MODULE_ATTRIBUTE) ?? undefined);
}
