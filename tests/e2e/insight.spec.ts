import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { shortDate } from '@/utils/copy/lang/intl';
import { dataCopy } from '@/utils/copy/options/data';
import { insightCopy, oneDecimal } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';
import { addDays, dayKey, dayStart, weekStart } from '@/utils/model/day';
import { backup, connection, health, textFriend, walk } from './data';
import { expect, test } from './fixtures';

/**
 * The review over weeks: patterns with both counts, or how much more is needed; the
 * charts' tables hold the data's numbers; the week's reflection and one step are kept and the
 * new tab offers that step first; the summary copies as text and prints over 4 weeks with the
 * mood trend. Screenshots go to test-results/screenshots/insight-*.png.
 */

const everyDay = { kind: 'time', at: '13:00', days: [0, 1, 2, 3, 4, 5, 6] };
const textStep = textFriend({ kind: 'anchor', text: 'after lunch' });

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

/** The next 1st of a month (after `now`) that is not a Monday: its week began in the month before. */
function firstAcrossMonth(now: Date): string {
  let d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  while (d.getDay() === 1) d = new Date(d.getFullYear(), d.getMonth() + 1, 1);
  return dayKey(d);
}

/** Days from `from` to `to`, both counted. */
function daysFrom(from: string, to: string): number {
  let n = 1;
  for (let d = from; d < to; d = addDays(d, 1)) n++;
  return n;
}

/** Weeks (from Monday) from the one holding `first` up to the one starting `lastWeekStart`. */
function weeksSince(first: string, lastWeekStart: string): number {
  let n = 1;
  for (let w = weekStart(first, 1); w < lastWeekStart; w = addDays(w, 7)) n++;
  return n;
}

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
  const line = insightCopy.patterns.stepLine(
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
    insightCopy.patterns.feltLine(
      'Walk for ten minutes',
      withWalk.length,
      4,
      mean(withWalk.map((d) => d.mood)),
    ),
  );

  // The weekly averages in the table are the data's own.
  const charts = options.region('Over the weeks');
  await expect(charts).toHaveAttribute('data-weeks', '4');
  const moodPart = part(page, insightCopy.charts.moodLabel);
  await moodPart.getByText(insightCopy.charts.showWeeks).click();
  for (let w = 0; w < 4; w++) {
    const start = addDays(from, 7 * w);
    const week = inRange.filter((d) => d.day >= start && d.day <= addDays(start, 6));
    const row = moodPart.getByRole('row', {
      name: new RegExp(`^${insightCopy.charts.weekOf(shortDate(start))}\\b`),
    });
    if (week.length === 0) {
      await expect(row).toContainText(insightCopy.charts.noCheckin);
      continue;
    }
    await expect(row.getByRole('cell')).toHaveText([
      oneDecimal(mean(week.map((d) => d.mood))),
      oneDecimal(mean(week.map((d) => d.energy))),
      String(week.length),
    ]);
  }
  const valuesPart = part(page, insightCopy.charts.valuesLabel);
  await valuesPart.getByText(insightCopy.charts.showWeeks).click();
  const walksThisWeekAndBefore = withWalk.length;
  const healthCells = await valuesPart
    .getByRole('table')
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
  expect(healthCells.map(Number).reduce((a, x) => a + x, 0)).toBe(walksThisWeekAndBefore);
  const timePart = part(page, insightCopy.charts.timeLabel);
  await timePart.getByText(insightCopy.charts.showCounts).click();
  await expect(timePart.getByRole('row', { name: /^Morning/ }).getByRole('cell')).toHaveText(
    String(withWalk.length),
  );
  await options.screenshot('insight-review');
  await axe(page);

  // The longer span holds only the weeks since the person began: their plan was
  // made 30 days ago, so "12 weeks" would add empty weeks from before it.
  const weeks = weeksSince(dayKey(health.createdAt), data.thisWeek);
  await expect(page.getByRole('radio', { name: '12 weeks' })).toHaveCount(0);
  await page.getByRole('radio', { name: `${weeks} weeks` }).check();
  await expect(charts).toHaveAttribute('data-weeks', String(weeks));
  await expect(moodPart.getByRole('row')).toHaveCount(weeks + 1);
  await expect(moodPart.getByRole('row').nth(1)).toContainText(
    insightCopy.charts.weekOf(shortDate(weekStart(dayKey(health.createdAt), 1))),
  );
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
  await expect(patterns).toContainText(insightCopy.patterns.needMore(5));
  await expect(patterns).not.toContainText(/mood averaged/);
  await expect(options.region('How steps felt')).toContainText(
    insightCopy.patterns.feltNeedMore(2),
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
  await expect(summary.getByRole('status')).toHaveText(dataCopy.summary.copied);
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

// --- Issue 19: every count the same, nothing from before the first day, a tie is a tie -------

/** A local moment on `day` at `hour`:`minute`. */
function moment(day: string, hour: number, minute = 15): number {
  const d = dayStart(day);
  d.setHours(hour, minute);
  return d.getTime();
}

/** An entry of the seeded log. */
function entry(n: number, day: string, hour: number, e: Record<string, unknown>) {
  return { id: `i${n}`, source: 'popup', day, at: moment(day, hour), ...e };
}

/**
 * Pins the pages' clock to `hour` o'clock on `day` (TESTING.md, "A day that does not move under
 * the test"), so a run near midnight, on a Monday or on the 1st reads the same days.
 */
async function pinClock(context: BrowserContext, day: string, hour = 12): Promise<void> {
  // The clock goes into every open page; one the extension opens itself at install (its welcome)
  // can still be mid-navigation, which Playwright reports as an error ("reading 'controller'").
  // A later try, once that page has settled, holds.
  for (let tries = 1; ; tries++) {
    try {
      await context.clock.setFixedTime(new Date(moment(day, hour, 0)));
      return;
    } catch (error) {
      if (tries === 30 || !String(error).includes('controller')) throw error;
      // The welcome may open only now: let every page settle, and give a new one a moment (a
      // loaded machine can take seconds).
      await Promise.all(context.pages().map((p) => p.waitForLoadState().catch(() => {})));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Checks the page reads the pinned clock. */
async function expectClock(page: Page, day: string, hour = 12): Promise<void> {
  expect(await page.evaluate(() => Date.now())).toBe(moment(day, hour, 0));
}

/** The copied text "Copy for someone you trust" hands the clipboard. */
async function copiedText(page: Page): Promise<string> {
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await page.getByRole('button', { name: 'Copy for someone you trust' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied/ })).toBeVisible();
  return page.evaluate(() => (window as unknown as { copied: string }).copied);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('a person who began nine days ago sees no week from before their first day (issue 19)', async ({
      context,
      seed,
      options,
    }) => {
      const today = dayKey(new Date());
      const first = addDays(today, -9);
      const thisWeek = weekStart(today, 1);
      const firstWeek = weekStart(first, 1);
      const weeks = weeksSince(first, thisWeek); // 2 or 3, by the weekday
      const made = moment(first, 9);
      await pinClock(context, today);
      await seed(
        backup({
          values: [
            { ...health, createdAt: made },
            { ...connection, createdAt: made },
          ],
          commitments: [{ ...walk(everyDay), createdAt: made }],
          entries: [
            entry(1, first, 8, { kind: 'checkin', mood: 3, energy: 2 }),
            entry(2, first, 10, { kind: 'win', commitmentId: 'c-walk', size: 'full' }),
            entry(3, addDays(first, 2), 18, { kind: 'win', text: 'Made tea', size: 'full' }),
            entry(4, addDays(today, -1), 8, { kind: 'checkin', mood: 4, energy: 3 }),
            entry(5, addDays(today, -1), 10, {
              kind: 'win',
              commitmentId: 'c-walk',
              size: 'smaller',
            }),
          ],
        }),
      );

      const review = await options.openAt('review');
      await expectClock(review, today);
      const words = reviewCopy.review;
      const previous = review.getByRole('button', { name: 'Previous week' });
      const range = review.locator('.week-range');
      await expect(range).toHaveText(
        words.range(shortDate(thisWeek), shortDate(addDays(thisWeek, 6))),
      );
      // Back to the week they began, and no further: that week starts on their first day.
      for (let i = 1; i < weeks; i++) {
        await expect(previous).toBeEnabled();
        await previous.click();
      }
      await expect(range).toHaveText(
        words.range(shortDate(first), shortDate(addDays(firstWeek, 6))),
      );
      await expect(previous).toBeDisabled();
      await expect(review.getByRole('button', { name: 'Next week' })).toBeFocused();
      // Its mood and energy count only the days since the first.
      const shown = daysFrom(first, addDays(firstWeek, 6));
      const checkins = [first, addDays(today, -1)].filter((d) => d <= addDays(firstWeek, 6));
      await expect(
        review.getByRole('region', { name: 'Mood and energy', exact: true }),
      ).toContainText(`Check-ins on ${checkins.length} of ${shown} days.`);
      await review.getByRole('button', { name: 'This week', exact: true }).click();
      await expect(range).toHaveText(
        words.range(shortDate(thisWeek), shortDate(addDays(thisWeek, 6))),
      );

      // The charts over weeks start at the week they began: no span longer than their weeks.
      const charts = options.region('Over the weeks');
      await expect(charts).toHaveAttribute('data-weeks', String(weeks));
      await expect(review.getByRole('radio', { name: /weeks?$/ })).toHaveCount(0);
      await expect(options.region('Patterns')).toContainText(insightCopy.patterns.intro(weeks));
      const moodPart = part(review, insightCopy.charts.moodLabel);
      await expect(moodPart).toContainText(new RegExp(`Check-ins in \\d of ${weeks} weeks\\.`));
      await moodPart.getByText(insightCopy.charts.showWeeks).click();
      await expect(moodPart.getByRole('row')).toHaveCount(weeks + 1);
      await expect(moodPart.getByRole('row').nth(1)).toContainText(
        insightCopy.charts.weekOf(shortDate(firstWeek)),
      );
      await options.screenshot(`insight-first-days-review-${scheme}`);

      // The summary offers only the weeks there have been, and starts on the first day.
      const page2 = await options.openAt('summary');
      const summary = page2.getByRole('region', { name: 'A summary to share', exact: true });
      await expect(summary.getByRole('radio')).toHaveCount(weeks);
      await expect(summary.getByRole('radio', { name: '4 weeks' })).toHaveCount(0);
      await summary.getByRole('radio', { name: `${weeks} weeks` }).check();
      await summary.getByLabel('Include the mood and energy trend').check();
      await expect(
        options.region(
          dataCopy.summary.wentWellHeading(shortDate(first), shortDate(addDays(thisWeek, 6))),
        ),
      ).toBeVisible();
      const mood = options.region('Mood and energy, by week');
      await mood.getByText(insightCopy.charts.showWeeks).click();
      await expect(mood.getByRole('row')).toHaveCount(weeks + 1);
      await expect(mood.getByRole('row').nth(1)).toContainText(
        insightCopy.charts.weekOf(shortDate(firstWeek)),
      );
      const text = await copiedText(page2);
      expect(text).toContain(`- ${insightCopy.charts.weekOf(shortDate(firstWeek))}: Mood 3`);
      expect(text).not.toContain(insightCopy.charts.weekOf(shortDate(addDays(firstWeek, -7))));
      await options.screenshot(`insight-first-days-summary-${scheme}`);
    });

    test('a week across the turn of a month counts every win once, and shows no shorter month beside it (issue 19)', async ({
      context,
      seed,
      options,
    }) => {
      // The pages' today: the next 1st of a month whose week began in the month before.
      const today = firstAcrossMonth(new Date());
      const week = weekStart(today, 1);
      const before = daysFrom(week, today) - 1; // days of the week in the month before: 1–6
      const made = moment(addDays(today, -40), 9);
      const entries: Record<string, unknown>[] = [];
      for (let i = 0; i < before; i++) {
        entries.push(
          entry(i, addDays(week, i), 10, { kind: 'win', commitmentId: 'c-walk', size: 'full' }),
        );
      }
      entries.push(
        entry(10, today, 7, { kind: 'checkin', mood: 3, energy: 3 }),
        entry(11, today, 9, { kind: 'win', commitmentId: 'c-walk', size: 'smaller' }),
        entry(12, today, 18, { kind: 'win', text: 'Made tea', size: 'full' }),
        entry(13, today, 19, {
          kind: 'win',
          valueId: connection.id,
          text: 'Called my sister',
          size: 'full',
        }),
      );
      const wins = before + 3; // the smaller step and the win with no value count too
      await pinClock(context, today, 20);
      await seed(
        backup({
          values: [
            { ...health, createdAt: made },
            { ...connection, createdAt: made },
          ],
          commitments: [{ ...walk(everyDay), createdAt: made }],
          entries,
        }),
      );

      const page = await options.openAt('review');
      await expectClock(page, today, 20);
      const words = reviewCopy.review;
      const evidence = options.region('Evidence');
      await expect(evidence).toContainText(words.weekWins(wins));
      // Only 3 of them in the new month: a shorter period is not shown beside the week's count.
      await expect(evidence).not.toContainText(/this month/);
      await expect(evidence).toContainText(words.winDays(before + 1));
      const values = options.region('Across your values');
      await expect(values).not.toContainText('%');
      await expect(values.getByRole('listitem')).toHaveText([
        `Health${words.valueWins(before + 1)}`,
        `Connection${words.valueWins(1)}`,
        `${words.withoutValue}${words.valueWins(1)}`,
      ]);
      // The chart over weeks counts the same wins: the one with no value too.
      const weeks = weeksSince(addDays(today, -40), week);
      await expect(part(page, insightCopy.charts.valuesLabel)).toContainText(
        insightCopy.charts.valuesSummary(wins, weeks, 'Health', before + 1),
      );
      await axe(page);
      await options.screenshot(`insight-month-review-${scheme}`);

      const summaryPage = await options.openAt('summary');
      const well = options.region(/^What went well/);
      await expect(well).toContainText(dataCopy.summary.periodWins(wins, 1));
      await expect(well).toContainText(words.winDays(before + 1));
      await expect(well).not.toContainText(/this month/);
      const text = await copiedText(summaryPage);
      expect(text).toContain(
        `- ${dataCopy.summary.periodWins(wins, 1)}\n- ${words.winDays(before + 1)}\n`,
      );
      expect(text).not.toContain('this month');
      await axe(summaryPage);
      await options.screenshot(`insight-month-summary-${scheme}`);
    });
  });
}

test('the time of day card and the chart name a tie as a tie (issue 19)', async ({
  context,
  seed,
  options,
}) => {
  // Began today: two wins in the morning, two in the evening, one in the afternoon.
  const today = dayKey(new Date());
  await pinClock(context, today, 22);
  const made = moment(today, 7, 0);
  await seed(
    backup({
      values: [{ ...health, createdAt: made }],
      commitments: [{ ...walk(everyDay), createdAt: made }],
      entries: [8, 9, 14, 18, 19].map((hour, i) =>
        entry(i, today, hour, { kind: 'win', commitmentId: 'c-walk', size: 'full' }),
      ),
    }),
  );
  const page = await options.openAt('review');
  await expectClock(page, today, 22);
  const names = reviewCopy.review.timesOfDay;
  const tie = [names.morning, names.evening];
  await expect(options.region('Time of day')).toHaveText(
    `Time of day${reviewCopy.review.bestTime(tie, 2)}`,
  );
  const chart = part(page, insightCopy.charts.timeLabel);
  await expect(chart).toContainText(insightCopy.charts.timeSummary(tie, 2, 5));
  await expect(chart).toContainText('in the morning and in the evening: 2 each.');
  await expect(options.region('Time of day')).not.toContainText(/stood out/);
  // The person's first week: no span of weeks to choose, and the charts say "this week".
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(options.region('Over the weeks')).toHaveAttribute('data-weeks', '1');
  await options.screenshot('insight-time-tie');
});
