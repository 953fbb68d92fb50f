/**
 * Switching the words' language (loaded only when a page or the worker switches): each registered
 * part's words in the new language, filled into the very objects the surfaces hold.
 */
import { PSEUDO, type WordsLanguage } from '@/utils/model/language';
import { type Part, registry, setEnglishLocale } from './words';

type Words = Record<string, unknown>;

/** The other languages' parts, one lazy chunk each: `utils/copy/<lang>/<part>.ts`. */
const TRANSLATIONS = import.meta.glob<{ default: Words }>(['../[a-z][a-z]/**/*.ts']);

/** The pseudo-language's transform: only the test build has it (the others drop the import). */
const pseudoModule = __FOOTHOLDS_PSEUDO__ ? () => import('./pseudo') : undefined;

/**
 * The languages offered once their words are complete: a language is written part by part in its
 * folder, and joins this list (and the "Language" select) when every part is there and read
 * (tests/unit/utils/copy/lang/parity.test.ts checks a listed language has every part).
 */
export const OFFERED: readonly WordsLanguage[] = ['es'];

/** The languages whose words this build has: English, each folder, and the test build's pseudo. */
export function availableLanguages(): WordsLanguage[] {
  const folders = new Set(Object.keys(TRANSLATIONS).map((path) => path.split('/')[1]));
  const found = OFFERED.filter((l) => folders.has(l));
  return ['en', ...found, ...(pseudoModule ? [PSEUDO as WordsLanguage] : [])];
}

/** Copies a words object's objects and arrays, keeping its strings and functions. */
function cloneWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneWords) as T;
  if (value && typeof value === 'object') {
    const out: Words = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneWords(v);
    return out as T;
  }
  return value;
}

/** Fills `target` with `source`'s words in place, at every depth; keys `source` lacks are kept. */
export function fillWords(target: Words | unknown[], source: unknown): void {
  if (Array.isArray(target) && Array.isArray(source)) {
    target.length = 0;
    target.push(...source.map(cloneWords));
    return;
  }
  if (!source || typeof source !== 'object') return;
  const into = target as Words;
  for (const [key, value] of Object.entries(source as Words)) {
    const old = into[key];
    const bothObjects = old && value && typeof old === 'object' && typeof value === 'object';
    if (bothObjects && Array.isArray(old) === Array.isArray(value)) fillWords(old as Words, value);
    else into[key] = cloneWords(value);
  }
}

/** A part's English, kept the first time it is needed (before that, its live words are English). */
function englishOf(part: Part): Words {
  part.english ??= cloneWords(part.live);
  return part.english;
}

/** A part's words in `language`: English, derived (pseudo) or loaded from its folder. */
async function wordsIn(part: Part, language: WordsLanguage): Promise<unknown> {
  const english = englishOf(part);
  if (language === 'en') return english;
  if (language === PSEUDO && pseudoModule) return (await pseudoModule()).pseudoWords(english);
  const load = TRANSLATIONS[`../${language}/${part.name}.ts`];
  // A part not yet written in this language stays in English rather than showing nothing.
  return load ? { ...english, ...(await load()).default } : english;
}

/** Gives a part registered after a switch (a lazy chunk's) the current words. */
function late(part: Part): void {
  englishOf(part);
  const language = registry.language;
  if (language === 'en') return;
  const load = wordsIn(part, language).then((found) => {
    if (registry.language === language) fillWords(part.live, found);
  });
  registry.pending.add(load);
  void load.finally(() => registry.pending.delete(load));
}

/** Switches every registered part to `language`; resolves once all are filled. */
export async function setLanguage(language: WordsLanguage, locale: string): Promise<void> {
  if (language === 'en' && setEnglishLocale(locale)) return;
  const ticket = ++registry.ticket;
  registry.late = late;
  registry.language = language;
  registry.locale = locale;
  const [loaded] = await Promise.all([
    Promise.all(registry.parts.map(async (part) => [part, await wordsIn(part, language)] as const)),
    Promise.all(registry.extras.map((load) => load(language))),
  ]);
  // A later switch was asked for while these loaded: its words are the ones to keep.
  if (ticket !== registry.ticket) return;
  for (const [part, found] of loaded) fillWords(part.live, found);
  for (const rebuild of registry.composites) rebuild();
  // Compared with the words last filled, not the last asked for: of two quick switches to the
  // same language, the one that fills is the one that tells the pages.
  const changed = language !== registry.filled;
  registry.filled = language;
  if (changed) for (const listener of registry.listeners) listener(language);
}
