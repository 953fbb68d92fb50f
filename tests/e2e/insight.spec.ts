import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { copy } from '../../utils/copy';
import { oneDecimal } from '../../utils/copy/options/insight';
import { addDays, dayKey, dayStart, shortDate, weekStart } from '../../utils/model/day';
import { backup, connection, health, walk } from './data';
import { expect, test } from './fixtures';

/**
 * The review over weeks (issue 14): patterns with both counts, or how much more is needed; the
 * charts' tables hold the data's numbers; the week's reflection and one step are kept and the
 * new tab offers that step first; the summary copies as text and prints over 4 weeks with the
 * mood trend. Screenshots go to test-results/screenshots/insight-*.png.
 */

const everyDay = { kind: 'time', at: '13:00', days: [0, 1, 2, 3, 4, 5, 6] };
const textStep = {
  id: 'c-text',
  valueId: connection.id,
  step: 'Text one friend',
  smallerStep: 'Open the chat with one friend',
  minutes: 2,
  cue: { kind: 'anchor', text: 'after lunch' },
  status: 'active',
  createdAt: health.createdAt,
};

/** Epoch ms at `hour`:15 on `day` (local). */
function at(day: string, hour: number): { at: number; day: string } {
  const d = dayStart(day);
  d.setHours(hour, 15);
  return { at: d.getTime(), day };
}

interface Seeded {
  text: string;
  /** Per day: the mood and energy checked in, and whether the walk was done. */
  days: { day: string; mood: number; energy: number; walk: boolean }[];
  thisWeek: string;
}

/**
 * Four weeks up to yesterday: a check-in every day (mood 4 on walk days, 2 or 3 otherwise), a
 * walk every third day that felt 4, and a text to a friend now and then. Nothing today, so the
 * new tab has every step still open, unless `checkInToday` adds a check-in (no win) today.
 */
function seeded(now = new Date(), { checkInToday = false } = {}): Seeded {
  const today = dayKey(now);
  const thisWeek = weekStart(today, 1);
  const entries: Record<string, unknown>[] = [];
  const days: Seeded['days'] = [];
  let n = 0;
  const add = (e: Record<string, unknown>) =>
    entries.push({ id: `e${++n}`, source: 'popup', ...e });
  for (let i = 28; i >= 1; i--) {
    const day = addDays(today, -i);
    const walked = i % 3 === 0;
    const mood = walked ? 4 : 2 + (i % 2);
    const energy = walked ? 3 : 2;
    days.push({ day, mood, energy, walk: walked });
    add({ kind: 'checkin', ...at(day, 8), mood, energy });
    if (walked) {
      add({
        kind: 'win',
        ...at(day, 10),
        commitmentId: 'c-walk',
        valueId: health.id,
        size: 'full',
        felt: 4,
      });
    }
    if (i % 4 === 1) {
      add({ kind: 'win', ...at(day, 15), commitmentId: 'c-text', valueId: connection.id });
    }
  }
  if (checkInToday) add({ kind: 'checkin', day: today, at: now.getTime(), mood: 3, energy: 3 });
  return {
    text: backup({
      values: [health, connection],
      commitments: [walk(everyDay), textStep],
      entries,
    }),
    days,
    thisWeek,
  };
}

/** A part of the charts over weeks, by its heading (a section, not a landmark of its own). */
const part = (page: Page, name: string) =>
  page.locator('section', { has: page.getByRole('heading', { name, exact: true }) }).last();

const mean = (list: number[]) => list.reduce((a, x) => a + x, 0) / list.length;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('patterns show mood with and without a step, with both counts, and the charts’ tables hold the data', async ({
  seed,
  options,
}) => {
  const data = seeded();
  await seed(data.text);
  const page = await options.openAt('review');
  const patterns = options.region('Patterns');
  await page.getByRole('radio', { name: '4 weeks' }).check();
  // The four weeks up to this one: this week's days and the three before.
  const from = addDays(data.thisWeek, -21);
  const inRange = data.days.filter((d) => d.day >= from);
  const withWalk = inRange.filter((d) => d.walk);
  const without = inRange.filter((d) => !d.walk);
  const line = copy.options.patterns.stepLine(
    'Walk for ten minutes',
    withWalk.length,
    mean(withWalk.map((d) => d.mood)),
    without.length,
    mean(without.map((d) => d.mood)),
  );
  await expect(patterns.getByText(line)).toBeVisible();
  expect(line).toMatch(
    /^On \d+ days with “Walk for ten minutes”, mood averaged [\d.]+; on \d+ days without, [\d.]+\.$/,
  );
  await expect(patterns).toContainText(/On \d+ days with a win for Health/);
  // How the walk felt, beside the check-in before it.
  await expect(options.region('How steps felt')).toContainText(
    copy.options.patterns.feltLine(
      'Walk for ten minutes',
      withWalk.length,
      4,
      mean(withWalk.map((d) => d.mood)),
    ),
  );

  // The weekly averages in the table are the data's own.
  const charts = options.region('Over the weeks');
  await expect(charts).toHaveAttribute('data-weeks', '4');
  const moodPart = part(page, copy.options.charts.moodLabel);
  await moodPart.getByText(copy.options.charts.showWeeks).click();
  for (let w = 0; w < 4; w++) {
    const start = addDays(from, 7 * w);
    const week = inRange.filter((d) => d.day >= start && d.day <= addDays(start, 6));
    const row = moodPart.getByRole('row', {
      name: new RegExp(`^${copy.options.charts.weekOf(shortDate(start))}`),
    });
    if (week.length === 0) {
      await expect(row).toContainText(copy.options.charts.noCheckin);
      continue;
    }
    await expect(row.getByRole('cell')).toHaveText([
      oneDecimal(mean(week.map((d) => d.mood))),
      oneDecimal(mean(week.map((d) => d.energy))),
      String(week.length),
    ]);
  }
  const valuesPart = part(page, copy.options.charts.valuesLabel);
  await valuesPart.getByText(copy.options.charts.showWeeks).click();
  const walksThisWeekAndBefore = withWalk.length;
  const healthCells = await valuesPart
    .getByRole('table')
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
  expect(healthCells.map(Number).reduce((a, x) => a + x, 0)).toBe(walksThisWeekAndBefore);
  const timePart = part(page, copy.options.charts.timeLabel);
  await timePart.getByText(copy.options.charts.showCounts).click();
  await expect(timePart.getByRole('row', { name: /^Morning/ }).getByRole('cell')).toHaveText(
    String(withWalk.length),
  );
  await options.screenshot('insight-review');
  await axe(page);

  await page.getByRole('radio', { name: '12 weeks' }).check();
  await expect(charts).toHaveAttribute('data-weeks', '12');
  await expect(moodPart.getByRole('row')).toHaveCount(13);
});

test('with too little data, the patterns say how much more is needed', async ({
  seed,
  options,
}) => {
  const today = dayKey(new Date());
  await seed(
    backup({
      commitments: [walk(everyDay)],
      entries: [
        {
          id: 'c1',
          kind: 'checkin',
          source: 'popup',
          ...at(addDays(today, -1), 8),
          mood: 3,
          energy: 3,
        },
        {
          id: 'w1',
          kind: 'win',
          source: 'popup',
          ...at(addDays(today, -1), 10),
          commitmentId: 'c-walk',
          felt: 4,
        },
      ],
    }),
  );
  await options.openAt('review');
  const patterns = options.region('Patterns');
  await expect(patterns).toContainText('Not enough yet to show a pattern.');
  // One day with the walk and none without: two more with it and three without.
  await expect(patterns).toContainText(copy.options.patterns.needMore(5));
  await expect(patterns).not.toContainText(/mood averaged/);
  await expect(options.region('How steps felt')).toContainText(
    copy.options.patterns.feltNeedMore(2),
  );
  await options.screenshot('insight-needs-more');
});

test('the reflection and the week’s one step are kept, and the new tab offers that step first', async ({
  seed,
  options,
  newtab,
}) => {
  await seed(seeded().text);
  const page = await options.openAt('review');
  const card = options.region('Looking back, looking ahead');
  await card.getByLabel('What helped this week?').fill('Walking after lunch');
  await card.getByLabel('What got in the way?').fill('Late nights');
  await card.getByLabel('One step for this week').selectOption({ label: 'Text one friend' });
  await card.getByRole('button', { name: 'Keep my review' }).click();
  await expect(card.getByRole('status')).toHaveText('Kept.');

  await page.reload();
  await expect(card.getByLabel('What helped this week?')).toHaveValue('Walking after lunch');
  await expect(card.getByLabel('What got in the way?')).toHaveValue('Late nights');
  await expect(card.getByLabel('One step for this week')).toHaveValue('c-text');
  const stored = JSON.parse(await options.exportBackup());
  expect(stored.reviews).toEqual([
    {
      weekStart: weekStart(dayKey(new Date()), 1),
      helped: 'Walking after lunch',
      inTheWay: 'Late nights',
      focusCommitmentId: 'c-text',
    },
  ]);

  await newtab.open();
  await expect(newtab.step).toContainText('Text one friend');
  await newtab.screenshot('insight-newtab-week-step');
});

test('the summary copies a short text for someone you trust, and prints 4 weeks with the mood trend', async ({
  seed,
  options,
}) => {
  // A check-in today too, so this week has one on a Monday as well ("Check-ins in 4 of 4 weeks").
  await seed(seeded(new Date(), { checkInToday: true }).text);
  const page = await options.openAt('review');
  const card = options.region('Looking back, looking ahead');
  await card.getByLabel('What helped this week?').fill('Walking after lunch');
  await card.getByLabel('One step for this week').selectOption({ label: 'Walk for ten minutes' });
  await card.getByRole('button', { name: 'Keep my review' }).click();
  await expect(card.getByRole('status')).toHaveText('Kept.');

  await options.openAt('summary');
  const summary = page.getByRole('region', { name: 'A summary to share', exact: true });
  await expect(options.region('One step for this week')).toContainText(
    'Walk for ten minutes, for Health',
  );
  // Mood and reflections stay out until chosen.
  await expect(summary).not.toContainText(/mood averaged|Walking after lunch/i);
  // Permissions cannot be granted to an extension's origin here, so the page notes what it
  // hands the real clipboard, which must take it.
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await summary.getByRole('button', { name: 'Copy for someone you trust' }).click();
  await expect(summary.getByRole('status')).toHaveText(copy.options.summary.copied);
  const text = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(text).toContain('What matters to me');
  expect(text).toContain(`- Health: ${health.why}`);
  expect(text).toContain(`- Connection: ${connection.why}`);
  expect(text).toContain('One step for this week: Walk for ten minutes, for Health');
  expect(text).toMatch(/What went well/);
  expect(text).not.toMatch(/Mood [\d–]|Walking after lunch/);

  await summary.getByRole('radio', { name: '4 weeks' }).check();
  await summary.getByLabel('Include the mood and energy trend').check();
  await summary.getByLabel('Include my reflections').check();
  await expect(options.region('Mood and energy, by week')).toContainText(
    /Check-ins in 4 of 4 weeks/,
  );
  await expect(options.region('Reflections')).toContainText('Walking after lunch');
  await expect(summary).toContainText(/in these 4 weeks/);
  await axe(page);
  await options.screenshot('insight-summary');
  await page.emulateMedia({ media: 'print' });
  await expect(options.nav).toBeHidden();
  await expect(summary.getByRole('button', { name: 'Copy for someone you trust' })).toBeHidden();
  await expect(
    summary.getByRole('img', { name: /Mood and energy, weekly averages/ }),
  ).toBeVisible();
  await options.screenshot('insight-summary-print');
  await page.emulateMedia({ media: 'screen' });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the review over weeks and the summary pass an accessibility scan', async ({
    seed,
    options,
  }) => {
    await seed(seeded().text);
    const page = await options.openAt('review');
    await expect(options.region('Over the weeks')).toBeVisible();
    for (const details of await page.getByText(/as a table$/).all()) await details.click();
    await axe(page);
    await options.screenshot('insight-review-dark');
    await options.openAt('summary');
    await page.getByLabel('Include the mood and energy trend').check();
    await expect(options.region('Mood and energy, by week')).toBeVisible();
    await axe(page);
  });
});
