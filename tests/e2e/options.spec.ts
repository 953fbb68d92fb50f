import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { copy } from '@/utils/copy';
import { clockTime } from '@/utils/copy/lang/intl';
import { reviewCopy } from '@/utils/copy/options/review';
import { planSentence } from '@/utils/copy/plan';
import { addDays, dayKey, dayStart, weekStart } from '@/utils/model/day';
import { backup, connection, health, textFriend, walk } from './data';
import { expect, test } from './fixtures';

/**
 * The options page: first-run onboarding, values and steps, the weekly review, settings,
 * data and help. Controls are found by role and name; screenshots go to
 * test-results/screenshots/options-*.png to be looked at, in light and dark.
 */

const everyDay = { kind: 'time', at: '13:00', days: [0, 1, 2, 3, 4, 5, 6] };

/** An entry `hour` o'clock on `day` (local). */
function at(day: string, hour: number): { at: number; day: string } {
  const d = dayStart(day);
  d.setHours(hour, 15);
  return { at: d.getTime(), day };
}

/**
 * A backup with two values, a walk and a text step, wins and check-ins this week and last week,
 * so the review has something to show whichever weekday the test runs on.
 */
function reviewBackup(now = new Date()): string {
  const today = dayKey(now);
  const thisWeek = weekStart(today, 1);
  const lastWeek = addDays(thisWeek, -7);
  const text = textFriend({ kind: 'anchor', text: 'after lunch' });
  const entries: Record<string, unknown>[] = [];
  let n = 0;
  const add = (e: Record<string, unknown>) =>
    entries.push({ id: `e${++n}`, source: 'popup', ...e });
  // Last week: a full week of check-ins rising gently, wins most days, one smaller, one skip.
  for (let i = 0; i < 7; i++) {
    const day = addDays(lastWeek, i);
    add({
      kind: 'checkin',
      ...at(day, 9),
      mood: [2, 2, 3, 3, 3, 4, 4][i],
      energy: [1, 2, 2, 3, 2, 3, 4][i],
    });
    if (i % 2 === 0)
      add({
        kind: 'win',
        ...at(day, 10),
        commitmentId: 'c-walk',
        valueId: health.id,
        size: i === 4 ? 'smaller' : 'full',
      });
    if (i === 1 || i === 5)
      add({
        kind: 'win',
        ...at(day, 14),
        commitmentId: 'c-text',
        valueId: connection.id,
        size: 'full',
      });
  }
  add({ kind: 'skip', ...at(addDays(lastWeek, 3), 11), commitmentId: 'c-walk', reason: 'no-time' });
  // This week: one win for the walk today, and a check-in.
  add({
    kind: 'win',
    ...at(today, Math.min(now.getHours(), 11)),
    commitmentId: 'c-walk',
    valueId: health.id,
    size: 'full',
  });
  add({ kind: 'checkin', ...at(today, Math.min(now.getHours(), 11)), mood: 3, energy: 3 });
  return backup({
    values: [health, connection],
    commitments: [walk(everyDay), text],
    entries: entries.sort((a, b) => (a.at as number) - (b.at as number)),
  });
}

test('first run: a value, a step and a time cue make a plan the new tab shows', async ({
  options,
  newtab,
}) => {
  await options.open();
  const page = options.page;
  await expect(page).toHaveURL(/#welcome$/);
  await expect(page.getByRole('heading', { name: 'What matters to you?' })).toBeVisible();

  // A starter value fills all three fields in one click; the person can still use their own.
  await page.getByRole('button', { name: 'Nature', exact: true }).click();
  await expect(page.getByLabel('Value', { exact: true })).toHaveValue('Nature');
  await expect(page.getByLabel('What it looks like on an ordinary day')).not.toHaveValue('');
  await options.screenshot('options-welcome-value');
  await options.welcomeValue({
    value: 'Fresh air',
    looksLike: 'I get outside, even briefly',
    why: 'Air and light steady me.',
  });

  await expect(page.getByRole('heading', { name: 'One small step for it' })).toBeVisible();
  // The micro-win check speaks kindly and offers a smaller wording; it never blocks.
  await page.getByLabel('Your step').fill('Walk for an hour');
  const useThis = page.getByRole('button', { name: 'Use this' });
  await expect(useThis).toBeVisible();
  await expect(page.getByText(copy.options.check.ownWords)).toBeVisible();
  await options.screenshot('options-welcome-step-check');
  await useThis.click();
  const step = page.getByLabel('Your step');
  await expect(step).not.toHaveValue('Walk for an hour');
  await expect(page.getByText(copy.microwin.looksGood)).toBeVisible();
  const stepText = await step.inputValue();

  // No smaller step yet: a gentle ask, once, and the field to fill.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(copy.options.step.smallerAsk)).toBeVisible();
  await expect(page.getByLabel('Smaller step, for heavy days')).toBeFocused();
  await options.fillStep({ step: stepText, smallerStep: 'Open the back door', minutes: 10 });
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'When will you do it?' })).toBeVisible();
  await options.chooseTimeCue('13:00', ['Sun', 'Sat']);
  const plan = planSentence({
    cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
    step: stepText,
    value: 'Fresh air',
  });
  await expect(page.getByText(plan)).toBeVisible();
  await options.screenshot('options-welcome-cue');
  await page.getByRole('button', { name: 'Save my plan' }).click();

  await expect(page.getByRole('heading', { name: 'Your plan is ready' })).toBeVisible();
  await expect(page.getByText(plan)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open a new tab' })).toHaveAttribute(
    'href',
    /newtab\.html$/,
  );
  await options.screenshot('options-welcome-done');

  const saved = JSON.parse(await options.exportBackup());
  expect(saved.values).toMatchObject([{ name: 'Fresh air', why: 'Air and light steady me.' }]);
  expect(saved.commitments).toMatchObject([
    {
      valueId: saved.values[0].id,
      step: stepText,
      smallerStep: 'Open the back door',
      minutes: 10,
      cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
      status: 'active',
    },
  ]);

  await newtab.open();
  await expect(newtab.page.getByRole('heading', { level: 1 })).toHaveText('Fresh air');
});

test('a step can be edited, paused, resumed, set aside and brought back', async ({
  seed,
  options,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await options.openAt('steps');
  const page = options.page;
  await expect(page.getByRole('heading', { name: 'Health', level: 3 })).toBeVisible();
  const card = options.step('I will walk for ten minutes — for Health.');
  await expect(card).toBeVisible();
  await expect(card.getByText(`At ${clockTime('13:00')} every day`, { exact: true })).toBeVisible();
  await expect(card.getByText(/^Lately:/)).toBeVisible();

  await card.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit this step' })).toBeFocused();
  await page.getByLabel('Your step').fill('Walk to the corner and back');
  await page.getByRole('button', { name: 'Save step' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const edited = options.step('I will walk to the corner and back — for Health.');
  await expect(edited).toBeVisible();

  await edited.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('status')).toContainText('Paused: Walk to the corner and back');
  await expect(edited.getByText('Paused', { exact: true })).toBeVisible();
  await expect(edited.getByRole('button', { name: 'Resume' })).toBeFocused();
  await options.screenshot('options-steps');

  let stored = JSON.parse(await options.exportBackup());
  expect(stored.commitments).toMatchObject([
    { step: 'Walk to the corner and back', status: 'paused' },
  ]);

  await options.go('Values and steps');
  await edited.getByRole('button', { name: 'Resume' }).click();
  await expect(edited.getByRole('button', { name: 'Pause' })).toBeVisible();
  await edited.getByRole('button', { name: 'Set aside' }).click();
  await expect(page.getByRole('status')).toContainText('You can bring it back any time');
  await page.getByText('Set aside for now (1)').click();
  await edited.getByRole('button', { name: 'Bring back' }).click();
  await expect(edited.getByRole('button', { name: 'Pause' })).toBeVisible();

  stored = JSON.parse(await options.exportBackup());
  expect(stored.commitments).toMatchObject([{ status: 'active' }]);
  // Nothing was deleted along the way.
  expect(stored.commitments).toHaveLength(1);
});

test('a value and a step can be added from the steps view', async ({ seed, options }) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await options.openAt('steps');
  const page = options.page;
  await page.getByRole('button', { name: 'Add a value' }).click();
  await page.getByLabel('Value', { exact: true }).fill('Play');
  await page.getByRole('button', { name: 'Save value' }).click();
  const play = options.region('Play');
  await expect(play).toBeVisible();
  await play.getByRole('button', { name: 'Add a step' }).click();
  await play.getByRole('button', { name: 'Dance to one song' }).click();
  await play.getByRole('radio', { name: /^After something I already do/ }).check();
  await play.getByLabel('After what?').fill('after dinner');
  await play.getByRole('button', { name: 'Save step' }).click();
  await expect(options.step('After dinner, I will dance to one song — for Play.')).toBeVisible();
});

test('the weekly review celebrates logged wins, and earlier weeks are one click away', async ({
  seed,
  options,
}) => {
  await seed(reviewBackup());
  await options.openAt('review');
  const page = options.page;
  await expect(page.getByRole('heading', { name: 'Weekly review' })).toBeVisible();
  const celebrate = options.region('Wins to celebrate');
  await expect(celebrate.getByRole('listitem')).toHaveCount(1);
  await expect(celebrate).toContainText('Walk for ten minutes');
  await expect(celebrate).toContainText('for Health · once');
  await expect(options.region('Evidence')).toContainText('1 small win in this week');
  await expect(page.getByRole('button', { name: 'Next week' })).toBeDisabled();

  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(celebrate.getByRole('listitem')).toHaveCount(2);
  await expect(celebrate).toContainText('Text one friend');
  await expect(options.region('Evidence')).toContainText('6 small wins in this week');
  await expect(options.region('Time of day')).toContainText('Most wins came in the morning');
  await expect(options.region(/Done smaller/)).toContainText('Put on my walking shoes, once');
  await expect(options.region(/Done smaller/)).toContainText(
    'Walk for ten minutes: set aside once',
  );
  const mood = options.region('Mood and energy');
  await expect(mood.getByRole('img', { name: /Mood and energy by day/ })).toBeVisible();
  await expect(mood).toContainText('Check-ins on 7 of 7 days');
  await expect(mood).toContainText(reviewCopy.review.trend.up);
  await mood.getByText('Show as a table').click();
  await expect(mood.getByRole('table')).toBeVisible();
  await expect(mood.getByRole('row')).toHaveCount(8);
  await options.screenshot('options-review');
  await page.getByRole('button', { name: 'This week' }).click();
  await expect(celebrate.getByRole('listitem')).toHaveCount(1);
});

test('choosing the dark theme applies at once and is kept for every page', async ({
  seed,
  options,
  newtab,
}) => {
  await seed(reviewBackup());
  await options.openAt('settings');
  const page = options.page;
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await options.screenshot('options-settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await options.screenshot('options-settings-dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await newtab.open();
  await expect(newtab.page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Dark screenshots of the busier views.
  await options.go('Values and steps');
  await expect(options.step('I will walk for ten minutes')).toBeVisible();
  await options.screenshot('options-steps-dark');
  await options.go('Weekly review');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.getByRole('img', { name: /Mood and energy by day/ })).toBeVisible();
  await options.screenshot('options-review-dark');
  await options.openAt('welcome');
  await options.welcomeValue({ value: 'Calm' });
  await page.getByLabel('Your step').fill('Clean my whole house');
  await expect(page.getByRole('button', { name: 'Use this' })).toBeVisible();
  await options.screenshot('options-welcome-dark');

  await options.go('Settings');
  await page.getByRole('radio', { name: 'Same as this device' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('other settings are saved as they change', async ({ options }) => {
  await options.openAt('settings');
  const page = options.page;
  await page.getByLabel('Show reminders').uncheck();
  await page.getByLabel('Quiet from').fill('21:30');
  await page.getByLabel('Most reminders in a day').fill('3');
  await page.getByLabel('Most reminders in a day').press('Tab');
  await page.getByLabel('Week starts on').selectOption('Sunday');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const stored = JSON.parse(await options.exportBackup());
  expect(stored.settings).toMatchObject({
    remindersOn: false,
    quietHours: { start: '21:30', end: '07:00' },
    maxRemindersPerDay: 3,
    firstDayOfWeek: 0,
  });
});

test('importing a backup asks first when something is stored, saying it replaces it', async ({
  options,
}) => {
  await options.openAt('data');
  const page = options.page;
  // On an empty profile there is nothing to replace, so a good file loads without a question.
  await options.chooseBackup(backup({ values: [health], commitments: [] }));
  await expect(page.getByRole('status')).toHaveText('Backup loaded: 1 value, 0 steps, 0 entries.');
  await expect(options.region('Replace what is stored?')).toHaveCount(0);

  await options.chooseBackup(backup({ commitments: [walk(everyDay)] }));
  const question = options.region('Replace what is stored?');
  await expect(question).toContainText('1 value, 1 step and 0 entries');
  await expect(question).toContainText('replaces everything stored here now');
  // Keeping is the safe, focused choice.
  await expect(question.getByRole('button', { name: 'Keep what I have' })).toBeFocused();
  await options.screenshot('options-data-confirm');
  await question.getByRole('button', { name: 'Keep what I have' }).click();
  await expect(page.getByRole('status')).toHaveText('Nothing was changed.');
  expect(JSON.parse(await options.exportBackup()).commitments).toEqual([]);

  await options.importBackup(backup({ commitments: [walk(everyDay)] }));
  await expect(page.getByRole('status')).toHaveText('Backup loaded: 1 value, 1 step, 0 entries.');
});

test('a summary to share: values, the steps in use and what went well, ready to print', async ({
  seed,
  options,
}) => {
  await seed(reviewBackup());
  await options.openAt('data');
  const page = options.page;
  await page.getByRole('link', { name: 'Open the summary' }).click();
  const summary = page.getByRole('region', { name: 'A summary to share', exact: true });
  const health = summary.getByRole('article', { name: 'Health' });
  await expect(health).toContainText('I move my body a little every day');
  await expect(health).toContainText(
    `At ${clockTime('13:00')} every day, I will walk for ten minutes — for Health`,
  );
  await expect(summary.getByRole('article', { name: 'Connection' })).toContainText(
    /I will text one friend/,
  );
  const well = options.region(/^What went well/);
  await expect(well).toContainText('Walk for ten minutes for Health, once');
  await expect(well).toContainText('1 small win in this week');
  // Skips and mood stay private: the summary holds only what the person would share (mood
  // and reflections only when chosen).
  await expect(summary).not.toContainText(/set aside|check-in/i);
  await expect(options.region('Mood and energy, by week')).toHaveCount(0);
  await options.screenshot('options-summary');

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await summary.getByRole('button', { name: 'Print this summary' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper: no nav, no footer, no buttons; the summary itself stays.
  await page.emulateMedia({ media: 'print' });
  await expect(options.nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await expect(health).toBeVisible();
  await options.screenshot('options-summary-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to your data' }).click();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
});

test('delete everything asks first, deletes, and Undo puts it all back', async ({
  context,
  seed,
  options,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await popup.open();
  await popup.logWin('Stretched');
  await newtab.open(); // keeps a snapshot of "Health" for the next new tab
  await expect(newtab.heading).toHaveText('Health');
  await newtab.page.close(); // no open new tab to rewrite that snapshot
  await options.openAt('data');
  const page = options.page;
  const status = page.getByRole('status');
  const start = page.getByRole('button', { name: 'Delete everything', exact: true });
  await start.click();
  const question = options.region('Delete everything stored here?');
  await expect(question.getByRole('button', { name: 'Keep everything' })).toBeFocused();
  await expect(question).toContainText('every entry will be removed');
  await options.screenshot('options-data-delete');
  await question.getByRole('button', { name: 'Keep everything' }).click();
  // The answer is beside the button and takes focus.
  await expect(status).toHaveText('Nothing was changed.');
  await expect(status).toBeFocused();
  expect(JSON.parse(await options.exportBackup()).values).toHaveLength(1);

  await start.click();
  await question.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(status).toContainText('Everything was deleted from this browser.');
  await expect(status).toBeFocused();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  const empty = JSON.parse(await options.exportBackup());
  expect([empty.values, empty.commitments, empty.entries]).toEqual([[], [], []]);

  // The next new tab does not paint the deleted value, not even for its first frame.
  newtab.page = await context.newPage();
  await newtab.page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { atParse?: string }).atParse =
          document.querySelector('h1')?.textContent ?? '';
      }
    });
  });
  await newtab.page.goto(newtab.url);
  expect(
    await newtab.page.evaluate(() => (window as unknown as { atParse?: string }).atParse),
  ).toBe('');
  await expect(newtab.heading).toHaveText('Welcome to Footholds');

  // A walk round the page keeps Undo; with nothing saved since, it puts back exactly what was
  // there (what happens when something was saved since: faults.spec.ts).
  await options.go('Help');
  await options.go('Your data');
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(status).toHaveText('Everything is back as it was.');
  const back = JSON.parse(await options.exportBackup());
  expect(back.commitments).toHaveLength(1);
  expect(back.entries.map((e: { text?: string }) => e.text)).toEqual(['Stretched']);
  await newtab.page.reload();
  await expect(newtab.heading).toHaveText('Health');
});

/**
 * Fails unless `answer` sits right under `control` (the button or field that caused it), starting
 * at its left edge, fully in view and focused: where the person is already looking.
 */
async function answersBeside(answer: Locator, control: Locator): Promise<void> {
  await expect(answer).toBeInViewport({ ratio: 1 });
  await expect(answer).toBeFocused();
  const [a, c] = [await answer.boundingBox(), await control.boundingBox()];
  if (!a || !c) throw new Error('the answer or its control is not laid out');
  const gap = a.y - (c.y + c.height);
  expect(gap, 'space between the control and its answer').toBeGreaterThanOrEqual(0);
  expect(gap, 'space between the control and its answer').toBeLessThan(40);
  expect(Math.abs(a.x - c.x), 'the answer starts under its control').toBeLessThan(24);
}

/**
 * Fails unless `keep` is the filled, focused button of a confirmation and `goAhead` the plain
 * one after it: the safe choice is the prominent one.
 */
async function keepIsPrimary(keep: Locator, goAhead: Locator): Promise<void> {
  await expect(keep).toBeFocused();
  await expect(keep).toHaveClass(/\bprimary\b/);
  await expect(goAhead).not.toHaveClass(/\bprimary\b/);
  const fill = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  const page = await fill(keep.page().locator('body'));
  expect(await fill(keep)).not.toBe(await fill(goAhead));
  expect(await fill(goAhead)).not.toBe(page);
  // Keep comes first in reading and Tab order.
  const order = await keep.evaluate(
    (a, b) => a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
    await goAhead.elementHandle(),
  );
  expect(order).toBeTruthy();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the data page in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('answers each button beside it, focused and in view at 1280×800, and keeping is the filled choice', async ({
      seed,
      options,
    }) => {
      await seed(backup({ commitments: [walk(everyDay)] }));
      const page = await options.openAt('data');
      await page.setViewportSize({ width: 1280, height: 800 });
      const shot = async (name: string) =>
        page.screenshot({
          path: `${process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results'}/screenshots/data-${name}-${colorScheme}.png`,
        });
      const status = page.getByRole('status');
      const alert = page.getByRole('alert');
      // What is stored now, through "Export backup", once its answer has taken focus.
      const stored = async () => {
        const file = JSON.parse(await options.exportBackup());
        await expect(status).toHaveText('Backup saved to your downloads.');
        await expect(status).toBeFocused();
        return file;
      };

      // Export: the answer is under "Export backup".
      const exportButton = page.getByRole('button', { name: 'Export backup' });
      expect((await stored()).commitments).toHaveLength(1);
      await expect(status).toHaveText('Backup saved to your downloads.');
      await answersBeside(status, exportButton);
      await shot('exported');

      // Import, asked first: "Keep what I have" is the filled, focused choice; Escape keeps.
      const fileField = page.getByLabel('Import a backup');
      const good = backup({ values: [health, connection], commitments: [walk(everyDay)] });
      await options.chooseBackup(good);
      const replace = options.region('Replace what is stored?');
      const keepMine = replace.getByRole('button', { name: 'Keep what I have' });
      await keepIsPrimary(
        keepMine,
        replace.getByRole('button', { name: 'Replace with this backup' }),
      );
      await expect(replace).toBeInViewport();
      await shot('import-confirm');
      await page.keyboard.press('Escape');
      await expect(replace).toHaveCount(0);
      await expect(status).toHaveText('Nothing was changed.');
      await answersBeside(status, fileField);
      // Back to the field it came from, with one Shift+Tab.
      await page.keyboard.press('Shift+Tab');
      await expect(fileField).toBeFocused();
      // Keep, with Enter on the focused button, says the same in the same place.
      await options.chooseBackup(good);
      await expect(keepMine).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('Nothing was changed.');
      await answersBeside(status, fileField);
      expect((await stored()).values).toHaveLength(1);

      // Replace, by keyboard only: Tab from Keep to "Replace with this backup", then Enter.
      await options.chooseBackup(good);
      await expect(keepMine).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(replace.getByRole('button', { name: 'Replace with this backup' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('Backup loaded: 2 values, 1 step, 0 entries.');
      await answersBeside(status, fileField);
      await shot('loaded');

      // Refusals: one plain first line, then the details in words, beside the field.
      const refusals: [string, string, string, string][] = [
        [
          'not-json',
          '{ "format": "footholds-backup", ',
          "This file can't be read as a backup.",
          'a format called JSON',
        ],
        ['empty', '', 'This file is empty.', 'There is nothing in it to load.'],
        [
          'not-backup',
          JSON.stringify({ format: 'recipes', version: 1, values: [] }),
          "This isn't a Footholds backup file.",
          'The file says it is a "recipes" file.',
        ],
      ];
      for (const [name, text, first, detail] of refusals) {
        await options.chooseBackup(text);
        await expect(alert.getByRole('paragraph').first()).toHaveText(first);
        await expect(alert).toContainText(detail);
        await expect(alert).toContainText('Nothing was changed.');
        await expect(alert).not.toContainText(/must|milliseconds|format must be/);
        await answersBeside(alert, fileField);
        await shot(`refused-${name}`);
      }
      // Problems inside a backup: the first line counts them, the list says where, in words.
      const inside = JSON.parse(good);
      inside.commitments[0].cue.at = '1pm';
      inside.values[1].createdAt = 'last week';
      await options.chooseBackup(JSON.stringify(inside));
      await expect(alert.getByRole('paragraph').first()).toHaveText(
        '2 things in this backup need fixing first:',
      );
      await expect(alert.getByRole('listitem')).toHaveText([
        'Value 2 ("Connection"): the date it was made should be a date and time, written as a number like the ones "Export backup" writes.',
        'Step 1 ("Walk for ten minutes"): the time should be written like 13:05.',
      ]);
      await answersBeside(alert, fileField);
      await shot('refused-problems');
      await axe(page);
      expect((await stored()).values).toHaveLength(2);

      // Delete everything: "Keep everything" is the filled, focused choice; Escape keeps.
      const start = page.getByRole('button', { name: 'Delete everything', exact: true });
      await start.focus();
      await page.keyboard.press('Enter');
      const question = options.region('Delete everything stored here?');
      const keepAll = question.getByRole('button', { name: 'Keep everything' });
      const yes = question.getByRole('button', { name: 'Yes, delete everything' });
      await keepIsPrimary(keepAll, yes);
      await expect(question).toBeInViewport({ ratio: 1 });
      await shot('delete-confirm');
      await page.keyboard.press('Escape');
      await expect(question).toHaveCount(0);
      await expect(status).toHaveText('Nothing was changed.');
      await answersBeside(status, start);
      await page.keyboard.press('Shift+Tab');
      await expect(start).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(keepAll).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('Nothing was changed.');
      await answersBeside(status, start);
      expect((await stored()).values).toHaveLength(2);

      await start.focus();
      await page.keyboard.press('Enter');
      await expect(keepAll).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(yes).toBeFocused();
      await page.keyboard.press('Enter');
      // The answer takes the question's place, under the card's words, with Undo inside it.
      await expect(status).toContainText('Everything was deleted from this browser.');
      await answersBeside(
        status,
        options.region('Delete everything').getByText(/^Removes your values/),
      );
      const undo = status.getByRole('button', { name: 'Undo' });
      await shot('deleted');
      await axe(page);
      await page.keyboard.press('Tab');
      await expect(undo).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('Everything is back as it was.');
      await answersBeside(status, start);
      expect((await stored()).values).toHaveLength(2);
    });
  });
}

test('help shows crisis support, and every view links to it', async ({ options }) => {
  await options.openAt('data');
  const page = options.page;
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'findahelpline.com' }),
  ).toHaveAttribute('href', copy.crisis.url);
  await options.go('Need help now?');
  await expect(page).toHaveURL(/#help$/);
  await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeFocused();
  const crisis = options.region('Need help now?');
  await expect(crisis).toContainText(copy.crisis.body);
  await expect(crisis.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
  await expect(page.getByText(copy.help.notAClinician)).toBeVisible();
  await options.screenshot('options-help');
});

/** Fails with every accessibility rule the page breaks, by rule and element. */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('every view passes an accessibility scan', async ({ seed, options }) => {
      await seed(reviewBackup());
      const page = await options.openAt('steps');
      await expect(options.step('I will walk for ten minutes')).toBeVisible();
      // The resize offers on a card are scanned in loop.spec.ts.
      await axe(page);
      await options
        .step('I will walk for ten minutes')
        .getByRole('button', { name: 'Edit' })
        .click();
      await page.getByRole('radio', { name: /^After something I already do/ }).check();
      await page.getByLabel('Also remind me at a time').check();
      await axe(page);

      await options.go('Weekly review');
      await page.getByRole('button', { name: 'Previous week' }).click();
      await expect(page.getByRole('img', { name: /Mood and energy by day/ })).toBeVisible();
      await page.getByText('Show as a table').click();
      await axe(page);

      for (const name of ['Settings', 'Your data', 'Help']) {
        await options.go(name);
        await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
        await axe(page);
      }
      await options.go('Your data');
      await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
      await expect(
        options
          .region('Delete everything stored here?')
          .getByRole('button', { name: 'Keep everything' }),
      ).toBeFocused();
      await axe(page);
      await page.getByRole('link', { name: 'Open the summary' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'A summary to share' }),
      ).toBeFocused();
      await axe(page);

      await options.openAt('welcome');
      await axe(page);
      await options.welcomeValue({ value: 'Calm' });
      await page.getByLabel('Your step').fill('Walk for an hour');
      await expect(page.getByRole('button', { name: 'Use this' })).toBeVisible();
      await axe(page);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: 'When will you do it?' })).toBeVisible();
      await axe(page);
    });
  });
}

test('the welcome can be walked with the keyboard alone', async ({ options }) => {
  const page = await options.openAt('welcome');
  await page.getByLabel('Value', { exact: true }).focus();
  await page.keyboard.type('Rest');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'One small step for it' })).toBeFocused();
  await page.getByLabel('Your step').focus();
  await page.keyboard.type('Lie down for five minutes');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sit on the bed');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'When will you do it?' })).toBeFocused();
  // Arrow keys move between the kinds of cue, as in any radio group.
  await page.getByRole('radio', { name: /^At a time/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^When the browser starts/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your plan is ready' })).toBeFocused();
  await expect(
    page.getByText('When the browser starts, I will lie down for five minutes — for Rest.'),
  ).toBeVisible();
});
