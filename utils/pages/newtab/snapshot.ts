import { LOCAL_KEYS } from '../../model/keys';
import type { TodaySnapshot, TodayView } from './todayView';

/** The ids of the elements the snapshot fills; the new tab's HTML and component use them. */
export const PAINT_IDS = {
  eyebrow: 'statement-eyebrow',
  heading: 'statement-heading',
  looksLike: 'statement-looks-like',
  why: 'statement-why',
} as const;

/** The path of the generated classic script in the built extension. */
export const PAINT_SCRIPT_PATH = 'newtab-paint.js';

/**
 * Fills the value statement from the localStorage snapshot, and applies the saved theme, before
 * the new tab's first frame. It must stay self-contained (no imports, nothing from the closure):
 * `paintScriptSource` ships its source text as a tiny classic script, because a WXT unlisted
 * script carries ~10 KB of runtime and a module waits for the whole bundle (issue #5, "Instant").
 * Text is set with `textContent`, so a value named like HTML shows literally.
 */
export function paintNow(
  keys: { newtabSnapshot: string; theme: string },
  ids: Record<string, string>,
  doc: Document,
  // Not named `storage`: WXT's auto-import would pull in its storage module (~7 KB) for it.
  store: Storage,
  now: Date,
): void {
  try {
    const theme = store.getItem(keys.theme);
    if (theme === 'light' || theme === 'dark') doc.documentElement.dataset.theme = theme;
    const snapshot = JSON.parse(store.getItem(keys.newtabSnapshot) || 'null');
    const pad = (n: number) => (n < 10 ? '0' : '') + n;
    const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const view = snapshot && snapshot.v === 1 && snapshot.days ? snapshot.days[day] : null;
    if (!view) return;
    for (const key in ids) {
      const el = doc.getElementById(ids[key]);
      if (el && typeof view[key] === 'string') el.textContent = view[key];
    }
  } catch {
    // No storage, or a damaged snapshot: the page renders from IndexedDB a moment later.
  }
}

/**
 * Starts the page's module script (`src`) once the first frame is on screen: fetched and compiled
 * before it, the module held that frame back (issue #6: the new tab painted 1.11x a static page
 * with it, 1.03x without, on a cold extension process). A hidden tab gets no animation frames, so
 * a timer starts it anyway. Self-contained, like `paintNow`.
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

/** The attribute on the paint script's tag naming the module it starts (see `wxt.config.ts`). */
export const MODULE_ATTRIBUTE = 'data-module';

/** The page's localStorage, or null where storage is blocked (reading the global can throw). */
export function pageStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * The classic script the build writes to `newtab-paint.js` (see `wxt.config.ts`): it paints,
 * then starts the module its own tag names in `data-module`.
 */
export function paintScriptSource(): string {
  // Reading `localStorage` itself can throw where storage is blocked: that must not keep the
  // module from starting.
  return `try{(${paintNow.toString()})(${JSON.stringify(LOCAL_KEYS)},${JSON.stringify(PAINT_IDS)},document,localStorage,new Date())}catch(e){}
(${startAfterFirstFrame.toString()})(document,document.currentScript&&document.currentScript.getAttribute(${JSON.stringify(MODULE_ATTRIBUTE)})||undefined);
`;
}

/**
 * Today's view from the snapshot, with the data version it was built at (null if unknown);
 * null when there is no view for `day` (first run, a new profile, a damaged snapshot).
 */
export function readSnapshot(
  store: Pick<Storage, 'getItem'> | null,
  day: string,
): { view: TodayView; version: number | null } | null {
  if (!store) return null;
  try {
    const snapshot = JSON.parse(
      store.getItem(LOCAL_KEYS.newtabSnapshot) || 'null',
    ) as TodaySnapshot | null;
    const view = snapshot?.v === 1 ? snapshot.days?.[day] : undefined;
    if (!view) return null;
    return { view, version: typeof snapshot?.version === 'number' ? snapshot.version : null };
  } catch {
    return null;
  }
}

/** Saves the snapshot; a full or blocked storage only costs speed, never data. */
export function writeSnapshot(
  store: Pick<Storage, 'setItem'> | null,
  snapshot: TodaySnapshot,
): void {
  try {
    store?.setItem(LOCAL_KEYS.newtabSnapshot, JSON.stringify(snapshot));
  } catch {
    // Ignored on purpose: the page still renders from IndexedDB.
  }
}
