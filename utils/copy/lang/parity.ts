/**
 * What a translation must keep from the English it translates: the same keys at every depth, the
 * same kind of value under each, the same `{named}` placeholders in each sentence, and functions
 * taking the same arguments (those marked `composes` hold no words and may be left out). Used by
 * the words tests for every `utils/copy/<lang>/` folder.
 */
import { isComposer } from './words';

/** The `{named}` placeholders a sentence holds, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

const kindOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Each way `translation` differs from `english`, as "path: what" lines; empty when they match. */
export function parityProblems(english: unknown, translation: unknown, path = ''): string[] {
  const at = path || '(top)';
  if (kindOf(english) !== kindOf(translation))
    return [`${at}: ${kindOf(translation)} where English has ${kindOf(english)}`];
  if (typeof english === 'string') {
    const want = placeholdersOf(english).join(', ');
    const got = placeholdersOf(translation as string).join(', ');
    return want === got ? [] : [`${at}: placeholders {${got}} where English has {${want}}`];
  }
  if (typeof english === 'function') {
    const n = (translation as (...a: unknown[]) => unknown).length;
    return english.length === n ? [] : [`${at}: takes ${n} arguments, English ${english.length}`];
  }
  if (Array.isArray(english)) {
    // Lists of variants may be longer or shorter; each item keeps an English item's shape.
    const sample = english[0];
    return (translation as unknown[]).flatMap((item, i) =>
      sample === undefined ? [] : parityProblems(sample, item, `${path}[${i}]`),
    );
  }
  if (english && typeof english === 'object') {
    const mine = english as Record<string, unknown>;
    const theirs = translation as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of Object.keys(mine)) {
      const where = path ? `${path}.${key}` : key;
      // A function that only chooses among the sentences beside it holds no words to translate.
      if (isComposer(mine[key]) && !(key in theirs)) continue;
      if (!(key in theirs)) problems.push(`${where}: missing`);
      else problems.push(...parityProblems(mine[key], theirs[key], where));
    }
    for (const key of Object.keys(theirs))
      if (!(key in mine)) problems.push(`${path ? `${path}.${key}` : key}: not in English`);
    return problems;
  }
  return [];
}
