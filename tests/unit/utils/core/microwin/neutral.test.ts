/**
 * The micro-win check's logic speaks no language: every word, pattern and grammar rule is in a
 * language's table (core/microwin/<lang>/), so a new language is a new folder, not new logic.
 * The scan reads the string, template and regular-expression literals of each logic file
 * (comments may give English examples) and fails when one holds a word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'utils/core/microwin';
const LOGIC = readdirSync(DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(DIR, name));

/** Where a `/` starts a regular expression rather than a division: after these, or a keyword. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);

/** The end of a quoted string or a regular expression's body starting at `from`, past its close. */
function closing(code: string, from: number, quote: string): number {
  let inClass = false;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (quote === '/' && c === '[') inClass = true;
    else if (quote === '/' && c === ']') inClass = false;
    else if (c === quote && !inClass) return i;
  }
  return code.length;
}

/** The literals of a TypeScript source: strings, a template's text, a regular expression's body. */
function literals(code: string): string[] {
  const found: string[] = [];
  let last = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && next === '*') {
      i = code.indexOf('*/', i + 2) + 1;
    } else if (c === "'" || c === '"' || (c === '/' && (BEFORE_REGEX.has(last) || last === ''))) {
      const end = closing(code, i + 1, c);
      found.push(code.slice(i + 1, end));
      i = end;
      if (c === '/') while (/[a-z]/.test(code[i + 1] ?? '')) i++;
      last = c;
    } else if (c === '`') {
      let text = '';
      let j = i + 1;
      while (j < code.length && code[j] !== '`') {
        if (code[j] === '\\') {
          text += code.slice(j, j + 2);
          j += 2;
        } else if (code[j] === '$' && code[j + 1] === '{') {
          let depth = 1;
          let k = j + 2;
          for (; k < code.length && depth > 0; k++) {
            if (code[k] === '{') depth++;
            if (code[k] === '}') depth--;
          }
          found.push(...literals(code.slice(j + 2, k - 1)));
          text += ' ';
          j = k;
        } else text += code[j++];
      }
      found.push(text);
      i = j;
      last = '`';
    } else if (/\S/.test(c)) {
      const word = /^[\w$]+/.exec(code.slice(i, i + 12))?.[0];
      last = word && /^(?:return|typeof|case|of|in)$/.test(word) ? '(' : c;
      if (word) i += word.length - 1;
    }
  }
  return found;
}

/** The words of a literal, without escapes such as `\s`, `\p{L}` or `\uE000`. */
function wordsOf(literal: string): string[] {
  return (
    literal
      .replace(/\\(?:p\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|.)/g, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/** A logic file's literals, without the modules it imports (their paths are not words it says). */
function literalsOf(file: string): string[] {
  // Module paths are not words: `from './en'`, and a table loaded on demand, `import('./es')`.
  return literals(
    readFileSync(file, 'utf8')
      .replace(/\bfrom\s*'[^']*'/g, '')
      .replace(/\bimport\('[^']*'\)/g, 'import()'),
  );
}

/** Some of the English the logic once held: if one comes back, it belongs in en/ instead. */
const MOVED = `marathon job business learn book drawer kitchen desk minute minutes min mins hour
  hours always never forever every single of the a an one five ten write edit ing es ies y`.split(
  /\s+/,
);

/**
 * The only words a logic literal may hold: the codes the check returns (the words module says
 * them), the default language's code, a table's section name, a `typeof` name and the Unicode
 * normal form.
 */
const CODES = new Set(
  `empty vague too big all or nothing not checkable toobigtime toobigscope toolong allornothing
  stopinstead notcheckable en numbers string nfkc`.split(/\s+/),
);

describe('the micro-win logic holds no language', () => {
  it('finds the literals of a source, and not its comments', () => {
    const code = `// always\n/* never */ const a = 'one'; const r = /\\bhour\\b/gi; const t = \`x \${f('min')} y\`; const d = n / 2 / 3;`;
    expect(literals(code)).toEqual(['one', '\\bhour\\b', 'min', 'x   y']);
  });

  it('has logic files to check', () => {
    expect(LOGIC.length).toBeGreaterThan(5);
  });

  it.each(LOGIC)('%s holds none of the English the tables hold', (file) => {
    const words = literalsOf(file).flatMap(wordsOf);
    expect(words.filter((w) => MOVED.includes(w))).toEqual([]);
  });

  it.each(LOGIC)('%s holds no word at all in its literals, only codes', (file) => {
    const words = literalsOf(file).flatMap(wordsOf);
    expect(words.filter((w) => w.length > 1 && !CODES.has(w))).toEqual([]);
  });
});
