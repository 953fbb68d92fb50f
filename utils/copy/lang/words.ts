/**
 * The words registry: how every surface gets its words in the person's language, and how they
 * switch without a reload.
 *
 * English is the source: each part of the words (`utils/copy/<part>.ts`) is written in English
 * and registered here with `words('<part>', {...})`, which returns the very object the surfaces
 * import. Another language is a folder of the same parts (`utils/copy/<lang>/<part>.ts`, each
 * `export default` an object of the same shape), loaded on demand, one part at a time, so a page
 * loads only its own words in only one language. A switch (`setLanguage` in `switch.ts`, loaded
 * only for one) fills every registered object in place, at every depth: a surface that kept `copy.settings` in
 * a constant, or spread two parts into one, reads the new words at its next render. `onLanguage`
 * tells the pages to render again.
 *
 * This module is all an English page loads at start (the new tab's 12 KB budget), so it holds
 * only the registry and the current language. The browser's `i18n.getMessage` cannot do this:
 * it is fixed to the browser's language for the page's life and has no plural forms beyond one
 * message per string (docs/locales.md).
 */
import type { WordsLanguage } from '@/utils/model/language';

/** A registered part: its name (its file under utils/copy/) and the object surfaces hold. */
export interface Part {
  name: string;
  live: Record<string, unknown>;
  /** Its English words, kept at the first switch (until then `live` is English). */
  english?: Record<string, unknown>;
}

/** The registry's state, shared with `switch.ts`. */
export const registry = {
  parts: [] as Part[],
  composites: [] as Array<() => void>,
  listeners: new Set<(language: WordsLanguage) => void>(),
  /** The language asked for last. */
  language: 'en' as WordsLanguage,
  /** The language the registered objects hold now. */
  filled: 'en' as WordsLanguage,
  locale: '',
  /** Loads still running for parts registered after a switch (a page's lazy chunks). */
  pending: new Set<Promise<void>>(),
  /** Raised by each switch asked for (switch.ts): only the latest one fills the words. */
  ticket: 0,
  /** Set by `switch.ts` once loaded: gives a part registered later the current words. */
  late: undefined as ((part: Part) => void) | undefined,
  /** What else a language needs before a page speaks it (`alsoForLanguage`). */
  extras: [] as Array<(language: WordsLanguage) => Promise<unknown>>,
};

/**
 * Registers something else a language needs before a page speaks it, beside its words (the
 * micro-win check's table for it): each switch awaits it before the pages hear of the switch,
 * and one registered after a switch (a lazy chunk's) starts at once, awaited by `wordsReady`.
 */
export function alsoForLanguage(load: (language: WordsLanguage) => Promise<unknown>): void {
  registry.extras.push(load);
  if (registry.language === 'en') return;
  const loading = load(registry.language).then(() => {});
  registry.pending.add(loading);
  void loading.finally(() => registry.pending.delete(loading));
}

/**
 * Marks a function in a part of the words that holds no words of its own: it chooses and fills
 * the part's sentences (a variant by a count, a form by a reason), reading them from the live part
 * when called, so it speaks whatever language the part is in. A translation leaves it out (the
 * English one is kept) and writes only the sentences; the pseudo-language leaves it as it is.
 */
export function composes<F extends (...args: never[]) => unknown>(fn: F): F {
  return Object.assign(fn, { composes: 1 });
}

/** True for a function marked with `composes`. */
export function isComposer(value: unknown): boolean {
  return typeof value === 'function' && 'composes' in value;
}

/** Registers a part of the words (written in English) and returns the object surfaces import. */
export function words<T extends object>(name: string, english: T): T {
  const part: Part = { name, live: english as Record<string, unknown> };
  registry.parts.push(part);
  registry.late?.(part);
  return english;
}

/**
 * Registers an object made of parts (`{ ...coreCopy, ...popupCopy }`), rebuilt after each switch:
 * its own top-level strings and functions were copied, not shared.
 */
export function composed<T extends object>(build: () => T): T {
  const made = build();
  registry.composites.push(() => Object.assign(made, build()));
  return made;
}

/**
 * Sets `Intl`'s locale while the words stay as written (English, never switched): an English
 * page's start loads nothing more. Any other switch is `setLanguage` (switch.ts).
 */
export function setEnglishLocale(locale: string): boolean {
  if (registry.ticket !== 0) return false;
  registry.locale = locale;
  return true;
}

/** Resolves once parts registered after the last switch (lazy chunks) have their words. */
export async function wordsReady(): Promise<void> {
  while (registry.pending.size > 0) await Promise.all(registry.pending);
}

/**
 * A lazily loaded module once its own words are in the person's language: a module that
 * registers a part after a switch gets its words a moment later, so a page awaits this before it
 * renders the module or computes words with it (`import('…').then(withWords)`).
 */
export async function withWords<T>(module: T): Promise<T> {
  await wordsReady();
  return module;
}

/** The words' language now. */
export function language(): WordsLanguage {
  return registry.language;
}

/** The locale `Intl` formats with, once a page or the worker has set it ("en-GB"), else "". */
export function locale(): string {
  return registry.locale;
}

/** Calls `listener` after each switch of language; returns a function that stops it. */
export function onLanguage(listener: (language: WordsLanguage) => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}
