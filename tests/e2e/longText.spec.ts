import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { addDays, dayKey, dayStart, weekStart } from '@/utils/model/day';
import { LIMITS } from '@/utils/model/limits';
import { backup, health } from './data';
import { expect, launch, serviceWorkerOf, test } from './fixtures';
import { OptionsPage, type OptionsView } from './pages/OptionsPage';

/**
 * Layout that holds any text: a value with a 200-character name, a step that
 * is one 1,000-character word, and notes, reasons and reflections in Arabic. Every page at 380,
 * 800 and 1280 px: nothing scrolls sideways, no button is squeezed narrower than its words, the
 * new tab's Done stays in view at 800×600, user text in Arabic reads right to left, and the value
 * name field shows its limit. One browser for the whole file, seeded once through an import.
 * Screenshots, light and dark: test-results/screenshots/long-*.png.
 */

const WIDTHS = [380, 800, 1280] as const;

/** A value name of exactly the longest a name may be (200), in words, as a pasted one would be. */
const LONG_NAME =
  'Being there for the people I love, even on the days when I have very little to give, and letting them be there for me as well, because that is what carries me through the long, heavy weeks of a winter';
/** One word of 1,000 characters: the longest step there may be, with nowhere to break. */
const LONG_WORD = 'Stretch'.repeat(200).slice(0, LIMITS.sentence);
const LONG_SMALLER = 'Breathe'.repeat(200).slice(0, LIMITS.sentence);
/** Arabic, which must read right to left: a note, a value's why, a win and a reflection. */
const AR_NOTE = 'صباح هادئ ومشي قصير';
const AR_WHY = 'الناس من حولي يمنحونني الثبات';
const AR_WIN = 'اتصلت بأختي';
const AR_HELPED = 'المشي بعد الغداء';

const near = {
  id: 'v-near',
  name: LONG_NAME,
  looksLike: 'I reach out to someone close',
  why: AR_WHY,
  createdAt: health.createdAt,
};

/** The long value's one step, the week's step from the review, so the new tab offers it. */
const textFriend = {
  id: 'c-near',
  valueId: near.id,
  step: 'Text one friend',
  smallerStep: 'Open the chat with one friend',
  minutes: 2,
  cue: { kind: 'anchor', text: 'after lunch' },
  status: 'active',
  createdAt: health.createdAt,
};

/** A step that is one long word, with a cue that is one too. */
const longStep = {
  id: 'c-long',
  valueId: health.id,
  step: LONG_WORD,
  smallerStep: LONG_SMALLER,
  minutes: 5,
  cue: { kind: 'anchor', text: LONG_WORD },
  status: 'active',
  createdAt: health.createdAt,
};

function seeded(now = new Date()): string {
  const today = dayKey(now);
  const entries: Record<string, unknown>[] = [];
  let n = 0;
  const add = (e: Record<string, unknown>) =>
    entries.push({ id: `e${++n}`, source: 'popup', ...e });
  const at = (day: string, hour: number) => {
    const d = dayStart(day);
    d.setHours(hour, 15);
    return { day, at: d.getTime() };
  };
  for (let back = 1; back <= 9; back++) {
    const day = addDays(today, -back);
    add({ kind: 'checkin', ...at(day, 8), mood: 3, energy: 3, note: AR_NOTE });
    add({ kind: 'win', ...at(day, 10), commitmentId: longStep.id, stepText: LONG_WORD });
    if (back % 3 === 0) {
      add({ kind: 'skip', ...at(day, 12), commitmentId: longStep.id, reason: 'too-big' });
      add({ kind: 'win', ...at(day, 18), valueId: near.id, text: AR_WIN });
    }
  }
  // Today, too, so this week's review and this month's History hold every kind on any day.
  const nowAt = { day: today, at: now.getTime() };
  add({ kind: 'checkin', ...nowAt, mood: 3, energy: 3, note: AR_NOTE });
  add({
    kind: 'win',
    ...nowAt,
    commitmentId: longStep.id,
    stepText: LONG_SMALLER,
    size: 'smaller',
  });
  add({ kind: 'win', ...nowAt, valueId: near.id, text: AR_WIN });
  add({ kind: 'skip', ...nowAt, commitmentId: longStep.id, reason: 'no-time' });
  const file = JSON.parse(
    backup({
      values: [near, health],
      commitments: [textFriend, longStep],
      entries,
      settings: { firstDayOfWeek: 1 },
    }),
  );
  file.reviews = [
    {
      weekStart: weekStart(today, 1),
      helped: AR_HELPED,
      inTheWay: LONG_WORD,
      focusCommitmentId: textFriend.id,
    },
  ];
  return JSON.stringify(file);
}

let dir: string;
let context: BrowserContext;
let extensionId: string;
const sent: string[] = [];

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'footholds-e2e-long-'));
  context = await launch(dir);
  context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob|chrome):/.test(r.url())) sent.push(r.url());
  });
  extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  const options = new OptionsPage(context, extensionId);
  await options.open();
  await options.importBackup(seeded());
  await expect(options.page.getByRole('status')).toContainText('Backup loaded');
  await options.page.close();
});

test.afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  expect(sent, 'requests that left the extension').toEqual([]);
});

/**
 * What is wrong with the page's layout at its current width: a page wider than the window, and
 * each visible button narrower than its own words allow (a "U n d o" squeezed into a column).
 * A button's least width is measured on a copy laid out on its own at `min-content`, its words
 * breaking only between words.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    }
    for (const button of document.querySelectorAll<HTMLElement>('button, a.button')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(button).visibility === 'hidden') continue;
      const copy = button.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      Object.assign(copy.style, {
        position: 'absolute',
        visibility: 'hidden',
        width: 'min-content',
        minWidth: '0',
        maxWidth: 'none',
        // Its words break only between words: what it needs, not what it was squeezed to.
        overflowWrap: 'normal',
        wordBreak: 'normal',
      });
      button.parentElement?.append(copy);
      const least = copy.getBoundingClientRect().width;
      copy.remove();
      if (box.width + 0.5 < least) {
        const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
        problems.push(
          `button "${name.slice(0, 40)}" is ${Math.round(box.width)}px, its words need ${Math.round(least)}px`,
        );
      }
    }
    return problems;
  });
}

/** Checks the page at each width (800 px high) and returns to the widest. */
async function holdsAtEveryWidth(page: Page, what: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect(await layoutProblems(page), `${what} at ${width}px`).toEqual([]);
  }
}

/** The element that shows `text` reads right to left. */
async function readsRightToLeft(where: Locator, text: string): Promise<void> {
  const el = where.getByText(text).first();
  await expect(el).toBeVisible();
  expect(await el.evaluate((e) => getComputedStyle(e).direction), text).toBe('rtl');
}

async function openOptions(view: OptionsView): Promise<{ options: OptionsPage; page: Page }> {
  const options = new OptionsPage(context, extensionId);
  const page = await options.openAt(view);
  return { options, page };
}

test('Values and steps, and the editors, hold a 200-character name and a 1,000-character word', async () => {
  const { options, page } = await openOptions('steps');
  await expect(page.getByRole('heading', { name: LONG_NAME })).toBeVisible();
  await expect(options.step('Open the chat')).toBeVisible();
  await holdsAtEveryWidth(page, 'Values and steps');
  await readsRightToLeft(page.locator('main'), AR_WHY);

  // The step's editor: the value list names the long value, the fields hold the long word.
  await options
    .step(/StretchStretch/)
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  await expect(page.getByLabel('Your step')).toHaveValue(LONG_WORD);
  await holdsAtEveryWidth(page, 'the step editor');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The value's editor.
  await page
    .getByRole('region', { name: LONG_NAME, exact: true })
    .getByRole('button', { name: 'Edit value' })
    .click();
  await expect(page.getByLabel('Value', { exact: true })).toHaveValue(LONG_NAME);
  await holdsAtEveryWidth(page, 'the value editor');
  await page.close();
});

test('the value name shows its limit before it cuts, and counts down near it', async () => {
  const { page } = await openOptions('steps');
  await page
    .getByRole('region', { name: 'Health', exact: true })
    .getByRole('button', { name: 'Edit value' })
    .click();
  const name = page.getByLabel('Value', { exact: true });
  await expect(name).toHaveValue('Health');
  await expect(name).toHaveAccessibleDescription(/Up to 200 characters/);
  // Near the limit, how many are left; at it, that it is full, before anything more is cut.
  await name.fill('a'.repeat(190));
  await expect(name).toHaveAccessibleDescription(/10 characters left/);
  await name.fill('a'.repeat(250));
  await expect(name).toHaveValue('a'.repeat(200));
  await expect(name).toHaveAccessibleDescription(/no more room/i);
  await page.close();
});

test('History holds the long word and shows an Arabic note right to left', async () => {
  const { options, page } = await openOptions('history');
  await expect(page.getByText(AR_NOTE).first()).toBeVisible();
  await holdsAtEveryWidth(page, 'History');
  await readsRightToLeft(page.locator('main'), AR_NOTE);

  // An entry's editor and the back-fill form list the long step and the long value.
  const win = page.locator('.history-entry').filter({ hasText: 'StretchStretch' }).first();
  await win.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('form', { name: 'Correct this entry' })).toBeVisible();
  await holdsAtEveryWidth(page, 'the entry editor');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Add a past entry' }).click();
  await holdsAtEveryWidth(page, 'the back-fill form');
  await options.page.close();
});

test('the weekly review holds the long word, the long name and an Arabic reflection', async () => {
  const { page } = await openOptions('review');
  await expect(page.getByText(LONG_WORD).first()).toBeVisible();
  await expect(page.getByLabel('What helped this week?')).toHaveValue(AR_HELPED);
  await holdsAtEveryWidth(page, 'the review');
  expect(
    await page.getByLabel('What helped this week?').evaluate((e) => getComputedStyle(e).direction),
  ).toBe('rtl');
  await page.close();
});

test('the summary holds the long texts on screen and in print', async () => {
  const { page } = await openOptions('summary');
  await page.getByLabel('Include the mood and energy trend').check();
  await page.getByLabel('Include my reflections').check();
  await expect(page.getByText(AR_HELPED)).toBeVisible();
  await expect(page.getByRole('article', { name: LONG_NAME })).toBeVisible();
  await holdsAtEveryWidth(page, 'the summary');
  await readsRightToLeft(page.locator('main'), AR_HELPED);
  await readsRightToLeft(page.locator('main'), AR_WHY);
  await page.emulateMedia({ media: 'print' });
  await holdsAtEveryWidth(page, 'the printed summary');
  await page.emulateMedia({ media: 'screen' });
  await page.close();
});

test('the welcome, Settings, Your data and Help hold at every width', async () => {
  for (const view of ['welcome', 'settings', 'data', 'help'] as const) {
    const { page } = await openOptions(view);
    await holdsAtEveryWidth(page, view);
    await page.close();
  }
});

test('the new tab holds a 200-character name: smaller, wrapped, with Done in view at 800×600', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(LONG_NAME);
  const done = page.getByRole('button', { name: 'Done', exact: true });
  await expect(done).toBeInViewport({ ratio: 1 });
  // The long heading is set smaller than a short one, and the first frame already knew it.
  const size = await heading.evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeLessThan(40);
  await page.reload();
  await expect(heading).toHaveText(LONG_NAME);
  await expect(done).toBeInViewport({ ratio: 1 });
  await holdsAtEveryWidth(page, 'the new tab');
  await readsRightToLeft(page.locator('main'), AR_WHY);

  // The step that is one long word, as a reminder's link opens it, with any offer beside it.
  await page.goto(`chrome-extension://${extensionId}/newtab.html?step=${longStep.id}`);
  await expect(page.locator('.step-text')).toHaveText(LONG_WORD);
  await holdsAtEveryWidth(page, 'the new tab with the long step');
  await page.close();
});

test('the popup holds the long texts at 380×600 (its own layout is checked in daily.spec.ts)', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText(AR_WIN).first()).toBeVisible();
  expect(await layoutProblems(page), 'the popup at 380px').toEqual([]);
  await page.close();
});

test('screenshots of every page with the long texts, light and dark', async () => {
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({
      path: `${process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results'}/screenshots/long-${name}.png`,
      fullPage,
    });
  const views: OptionsView[] = [
    'steps',
    'history',
    'review',
    'summary',
    'welcome',
    'settings',
    'data',
    'help',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const view of views) {
      const { page } = await openOptions(view);
      await page.emulateMedia({ colorScheme: scheme });
      if (view === 'summary') {
        await page.getByLabel('Include the mood and energy trend').check();
        await page.getByLabel('Include my reflections').check();
        await expect(page.getByText(AR_HELPED)).toBeVisible();
      }
      if (view === 'steps' || view === 'history' || view === 'review') {
        await expect(
          page
            .locator('main')
            .getByText(/StretchStretch/)
            .locator('visible=true')
            .first(),
        ).toBeVisible();
      }
      for (const width of [380, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, `${view}-${width}-${scheme}`);
      }
      if (view === 'summary' && scheme === 'light') {
        // Paper is light whatever the theme.
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 800, height: 800 });
        await shot(page, 'summary-print-800');
        await page.emulateMedia({ media: 'screen' });
      }
      if (view === 'steps') {
        await page
          .getByRole('region', { name: 'Health', exact: true })
          .getByRole('button', { name: 'Edit value' })
          .click();
        await page.getByLabel('Value', { exact: true }).fill('a'.repeat(190));
        await page.setViewportSize({ width: 380, height: 800 });
        await page.getByLabel('Value', { exact: true }).scrollIntoViewIfNeeded();
        await shot(page, `value-editor-380-${scheme}`, false);
      }
      await page.close();
    }
    const tab = await context.newPage();
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.setViewportSize({ width: 800, height: 600 });
    await tab.goto(`chrome-extension://${extensionId}/newtab.html`);
    await expect(tab.getByRole('button', { name: 'Done', exact: true })).toBeVisible();
    await shot(tab, `newtab-800x600-${scheme}`, false);
    for (const width of [380, 1280]) {
      await tab.setViewportSize({ width, height: 800 });
      await shot(tab, `newtab-${width}-${scheme}`);
    }
    await tab.goto(`chrome-extension://${extensionId}/newtab.html?step=${longStep.id}`);
    await expect(tab.locator('.step-text')).toHaveText(LONG_WORD);
    for (const width of [380, 1280]) {
      await tab.setViewportSize({ width, height: 800 });
      await shot(tab, `newtab-long-step-${width}-${scheme}`);
    }
    await tab.close();
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByText(AR_WIN).first()).toBeVisible();
    await shot(popup, `popup-380-${scheme}`);
    await popup.close();
  }
});
