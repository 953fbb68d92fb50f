import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, kb, measurePage } from '@/tests/support/sizes';
import { EXTENSION_DIR } from './fixtures';

/**
 * Size budgets. Sizes are deterministic, so they are asserted; timings never are.
 * No browser: reads the built pages in `.output/chrome-mv3`, follows what each one loads at
 * start (script, modulepreload, stylesheet, static imports) and gzips every file.
 */

test('the new tab loads at most 12 KB of JavaScript (gzip)', () => {
  const { js, lazyJs } = measurePage(EXTENSION_DIR, 'newtab');
  test.info().annotations.push({ type: 'newtab js', description: summary(js) });
  // The paint script, and the module it starts after the first frame, both count.
  expect(js.files.some((f) => f.path === 'newtab-paint.js')).toBe(true);
  expect(js.files.some((f) => /^chunks\/newtab-/.test(f.path))).toBe(true);
  expect(js.gzip, summary(js)).toBeLessThanOrEqual(BUDGETS.newtabJsGzip);
  // The suggestion logic and the templates stay out of the first load.
  expect(lazyJs.files.some((f) => f.path.includes('computeToday'))).toBe(true);
  expect(js.files.some((f) => /computeToday|templates/.test(f.path))).toBe(false);
});

test('the popup loads at most 20 KB of JavaScript (gzip)', () => {
  const { js } = measurePage(EXTENSION_DIR, 'popup');
  test.info().annotations.push({ type: 'popup js', description: summary(js) });
  expect(js.files.length).toBeGreaterThan(0);
  expect(js.gzip, summary(js)).toBeLessThanOrEqual(BUDGETS.popupJsGzip);
});

test('the Options page loads at most 60 KB of JavaScript (gzip); the review and summary load on demand', () => {
  const { js, lazyJs } = measurePage(EXTENSION_DIR, 'options');
  test.info().annotations.push({ type: 'options js', description: summary(js) });
  expect(js.gzip, summary(js)).toBeLessThanOrEqual(BUDGETS.optionsJsGzip);
  // Views that are not open at start: the review with its charts, and the summary.
  for (const view of ['ReviewPanel', 'SummaryPanel']) {
    expect(
      lazyJs.files.some((f) => f.path.includes(view)),
      `${view} is lazy`,
    ).toBe(true);
    expect(
      js.files.some((f) => f.path.includes(view)),
      `${view} is not at start`,
    ).toBe(false);
  }
});

test('every page and the worker load only files that exist', () => {
  for (const page of ['newtab', 'popup', 'options', 'background']) {
    // measurePage throws, naming the file, when a page references something missing.
    const size = measurePage(EXTENSION_DIR, page);
    expect(size.js.files.length, `${page} loads some JavaScript`).toBeGreaterThan(0);
  }
});

function summary(js: { gzip: number; raw: number; files: { path: string; gzip: number }[] }) {
  const files = js.files.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ');
  return `${kb(js.gzip)} gzip (${kb(js.raw)} raw): ${files}`;
}

test("the popup's first frame is in its HTML, so it is usable before any script runs", () => {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  expect(html).toContain('<label for="win-text">What did you do?</label>');
  expect(html).toMatch(/<input id="win-text"/);
  expect(html).toContain('Log a win');
});
