import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules that keep the code easy to find one's way in: every source file
 * says what it holds in a comment before its first export, and none grows past ~300 lines (word
 * files included: split them by section). Pure logic importing no adapter is a lint rule
 * (biome.json), as is the new tab's own-words rule. Components and entrypoints never reach the
 * database: they write through a door (utils/doors/) and read through a loader (utils/pages/).
 * The pure logic in utils/core/ holds no words: it gives codes, and utils/copy/ says them.
 */
const ROOTS = ['utils', 'components', 'entrypoints', 'hooks', 'modules', 'bench'];
const MAX_LINES = 310;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sources);

/** Where each file's imports lead: static, type-only and dynamic imports alike. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The files under utils/core/ that import anything from utils/copy/ (the words). */
function coreFilesWithWords(all: readonly string[]): string[] {
  return all
    .filter((f) => f.startsWith('utils/core/'))
    .filter((f) =>
      importsOf(f).some((path) => /(^|\/)utils\/copy(\/|$)|^(\.\.\/)+copy(\/|$)/.test(path)),
    );
}

describe('the house', () => {
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files)('%s stays under ~300 lines', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(MAX_LINES);
  });

  it.each(files)('%s says what it holds before its first export', (file) => {
    const text = readFileSync(file, 'utf8');
    const firstExport = text.search(/^export /m);
    const firstComment = text.search(/^\s*(\/\*\*|\/\/)/m);
    expect(firstComment, 'a comment').toBeGreaterThanOrEqual(0);
    if (firstExport >= 0) expect(firstComment).toBeLessThan(firstExport);
  });

  it('keeps the words out of utils/core: no file there imports utils/copy', () => {
    expect(files.some((f) => f.startsWith('utils/core/'))).toBe(true);
    expect(coreFilesWithWords(files)).toEqual([]);
  });

  const pagesAndEntrypoints = files.filter((f) => /^(components|entrypoints)\//.test(f));

  it.each(pagesAndEntrypoints)('%s goes through the doors, never utils/db', (file) => {
    const text = readFileSync(file, 'utf8');
    // Static, type-only and dynamic imports alike.
    const reaches = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
      .map((m) => m[1])
      .filter((path) => /(^|\/)utils\/db(\/|$)|^(\.\.\/)+db(\/|$)/.test(path));
    expect(reaches).toEqual([]);
  });

  const aliased = files.filter((f) => /^(utils|components|entrypoints|hooks)\//.test(f));

  it.each(aliased)('%s names files from the root (@/), never climbing folders', (file) => {
    const text = readFileSync(file, 'utf8');
    const climbing = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.\/[^'"]*)['"]/g)].map(
      (m) => m[1],
    );
    expect(climbing).toEqual([]);
  });
});
