/**
 * The pseudo-language of the test build: every sentence of the English words, accented, wrapped in
 * brackets and lengthened by about a third ("What did you do?" → "[Ŵĥàţ ðîð ýôû ðô? ·····]").
 * A sentence the words module misses stays plain English, so a test can find it; brackets show a
 * sentence cut short; the extra length shows a layout that breaks on longer words. Text a function
 * is given (a step's name, a date) is kept as it came (its first letter's case may change), so
 * the person's own words stay findable.
 */
import { isComposer } from './words';

const ACCENTS: Record<string, string> = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ô',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'À',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ô',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents every ASCII letter, leaving a template's `{placeholders}` as they are. */
function accent(text: string): string {
  return text.replace(/\{\w+\}|[A-Za-z]/g, (c) => ACCENTS[c] ?? c);
}

/** Not words: an address, or a code such as a file name or a key ("footholds-backup.json"). */
const NOT_WORDS = /^(?:[a-z][a-z+.-]*:\S*|[#/.]\S*|[\w.-]*[\d_./][\w.-]*)$/;

/** One sentence in the pseudo-language; empty stays empty, and text already wrapped is kept. */
export function pseudoText(text: string): string {
  if (text.trim() === '' || text.startsWith('[') || NOT_WORDS.test(text)) return text;
  const pad = '·'.repeat(Math.max(1, Math.ceil(text.length / 3)));
  return `[${accent(text)} ${pad}]`;
}

/** The strings a function was given, at the top level and one level into objects and arrays. */
function givenTexts(args: unknown[]): string[] {
  const texts: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim().length > 1) texts.push(v);
  };
  for (const arg of args) {
    add(arg);
    if (arg && typeof arg === 'object') for (const v of Object.values(arg)) add(v);
  }
  return texts.sort((a, b) => b.length - a.length);
}

/** A function's sentence in the pseudo-language, leaving the text it was given as it came. */
function pseudoResult(result: string, args: unknown[]): string {
  if (result.trim() === '') return result;
  const keep = givenTexts(args);
  if (keep.length === 0) return pseudoText(result);
  const escaped = keep.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pieces = result.split(new RegExp(`(${escaped.join('|')})`, 'i'));
  const body = pieces.map((p, i) => (i % 2 === 1 ? p : accent(p))).join('');
  return `[${body} ${'·'.repeat(Math.max(1, Math.ceil(result.length / 3)))}]`;
}

/** Any words value (string, function, object, array) in the pseudo-language. */
function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  // It reads the part's own sentences, which are in the pseudo-language already.
  if (isComposer(value)) return value;
  if (typeof value === 'function') {
    const english = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      const result = english(...args);
      return typeof result === 'string' ? pseudoResult(result, args) : pseudoValue(result);
    };
  }
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (value && typeof value === 'object') return pseudoWords(value as Record<string, unknown>);
  return value;
}

/** Fields that name a thing rather than say something (a starter's `key`), kept as they are. */
const CODE_FIELDS = /^(?:key|id|kind)$|(?:Key|Id)$/;

/** A part of the words in the pseudo-language, the same shape as its English. */
export function pseudoWords<T extends Record<string, unknown>>(english: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english))
    out[key] = CODE_FIELDS.test(key) ? value : pseudoValue(value);
  return out as T;
}
