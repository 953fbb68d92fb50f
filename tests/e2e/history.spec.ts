import AxeBuilder from '@axe-core/playwright';
import { clockTime } from '@/utils/copy/lang/intl';
import { addDays, dayKey, dayStart, weekStart } from '@/utils/model/day';
import { backup, connection, health, walk } from './data';
import { expect, test } from './fixtures';

/**
 * History: a record a person can trust and revisit. Every entry by day, corrections
 * and deletions with Undo, wins added for past days, past wins that keep their words, short
 * hand-written backups, and values set aside. Screenshots: test-results/screenshots/history-*.
 */

const everyDay = { kind: 'time', at: '13:00', days: [0, 1, 2, 3, 4, 5, 6] };

function at(day: string, hour: number, minute = 15): { at: number; day: string } {
  const d = dayStart(day);
  d.setHours(hour, minute);
  return { at: d.getTime(), day };
}

const today = () => dayKey(new Date());

/**
 * The day the month's log leads up to: today, or early in a month (History opens at the newest
 * month with entries) the last day of the month before, so the whole week before it is in one
 * month whatever day the tests run.
 */
function logEnd(): string {
  const t = today();
  return Number(t.slice(8)) > 7 ? t : addDays(`${t.slice(0, 8)}01`, -1);
}

/** A month of a person's log: wins, a skip and check-ins over several days, and one last month. */
function monthBackup(): string {
  const t = logEnd();
  const entries: Record<string, unknown>[] = [];
  let n = 0;
  const add = (e: Record<string, unknown>) =>
    entries.push({ id: `e${++n}`, source: 'popup', ...e });
  for (const back of [1, 2, 4, 6]) {
    const day = addDays(t, -back);
    add({
      kind: 'checkin',
      ...at(day, 8),
      mood: 3,
      energy: 2,
      note: back === 2 ? 'slow start' : undefined,
    });
    add({ kind: 'win', ...at(day, 13), commitmentId: 'c-walk', valueId: health.id, size: 'full' });
  }
  add({ kind: 'skip', ...at(addDays(t, -3), 13), commitmentId: 'c-walk', reason: 'no-time' });
  add({
    kind: 'win',
    ...at(addDays(t, -40), 18),
    valueId: connection.id,
    text: 'Called my sister',
  });
  return backup({ values: [health, connection], commitments: [walk(everyDay)], entries });
}

test('History lists every entry by day, newest first; an old entry is corrected, and deleted with Undo', async ({
  seed,
  options,
}) => {
  await seed(monthBackup());
  const page = await options.openAt('history');
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
  const twoDaysAgo = dayStart(addDays(logEnd(), -2)).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const day = options.region(twoDaysAgo);
  await expect(day.getByRole('listitem')).toHaveCount(2);
  await expect(day.getByRole('listitem').first()).toContainText('Walk for ten minutes for Health');
  await expect(day.getByRole('listitem').first()).toContainText(clockTime('13:15'));
  await expect(day).toContainText('Check-in: mood 3 (okay), energy 2 (low). “slow start”');
  // Days run newest first.
  const headings = await page.locator('.history-day h3').allTextContents();
  expect(headings[0]).toBe(
    dayStart(addDays(logEnd(), -1)).toLocaleDateString(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }),
  );
  await options.screenshot('history-month');

  // Edit names the entry it acts on.
  const win = day.getByRole('listitem').filter({ hasText: 'Walk for ten minutes' });
  const edit = win.getByRole('button', { name: 'Edit' });
  await expect(edit).toHaveAccessibleDescription('Walk for ten minutes for Health');
  await edit.click();
  const form = page.getByRole('form', { name: 'Correct this entry' });
  await form.getByLabel('What did you do?').fill('Walked to the park');
  await form.getByLabel('Time').fill('17:40');
  await form.getByRole('radio', { name: 'The smaller step' }).check();
  await options.screenshot('history-edit');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const corrected = day.getByRole('listitem').filter({ hasText: 'Walked to the park' });
  await expect(corrected).toContainText(clockTime('17:40'));
  await expect(corrected).toContainText('corrected');
  const stored = JSON.parse(await options.exportBackup()).entries.find(
    (e: { stepText?: string }) => e.stepText === 'Walked to the park',
  );
  expect(stored).toMatchObject({ size: 'smaller', commitmentId: 'c-walk' });
  expect(typeof stored.updatedAt).toBe('number');
  await options.go('History');

  // Delete, then Undo puts it back as it was.
  const checkin = options.region(twoDaysAgo).getByRole('listitem').filter({ hasText: 'Check-in' });
  await checkin.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted.');
  await expect(options.region(twoDaysAgo).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.region(twoDaysAgo).getByRole('listitem')).toHaveCount(2);
  await expect(options.region(twoDaysAgo)).toContainText('slow start');

  // Filter by kind, and jump to a month.
  await page.getByRole('radio', { name: 'Check-ins' }).check();
  await expect(page.locator('.history-entry.win')).toHaveCount(0);
  await expect(page.locator('.history-entry.checkin').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Everything' }).check();
  await expect(page.getByText('Not today: Walk for ten minutes (no time)')).toBeVisible();
  const lastMonth = addDays(logEnd(), -40).slice(0, 7);
  await page.getByLabel('Month', { exact: true }).selectOption(lastMonth);
  await expect(page.getByText('Called my sister for Connection')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Older month' })).toBeDisabled();
});

test('a win added for three days ago shows in History, in that week’s review and in the export', async ({
  seed,
  options,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  const page = await options.openAt('history');
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  await options.screenshot('history-empty');
  const threeDaysAgo = addDays(today(), -3);
  const form = options.region('Add a past entry');
  // With nothing logged yet, the form is open from the start.
  await expect(form.getByRole('button', { name: 'Add a past entry' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // Never the future.
  await form.getByLabel('Day').fill(addDays(today(), 1));
  await form.getByRole('button', { name: 'Add this win' }).click();
  await expect(form).toContainText('Pick today or a day before it.');
  await form.getByLabel('Day').fill(threeDaysAgo);
  await form.getByLabel('One of my steps').selectOption({ label: 'Walk for ten minutes' });
  await options.screenshot('history-backfill');
  await form.getByRole('button', { name: 'Add this win' }).click();
  await expect(page.getByRole('status')).toContainText('Added.');
  const entry = page.getByRole('listitem').filter({ hasText: 'Walk for ten minutes for Health' });
  await expect(entry).toContainText('no time given · added later');
  // A check-in for that day too.
  await form.getByRole('group', { name: 'Mood' }).getByRole('radio', { name: /^4\b/ }).check();
  await form.getByRole('group', { name: 'Energy' }).getByRole('radio', { name: /^3\b/ }).check();
  await form.getByLabel('Time').fill('09:00');
  await form.getByRole('button', { name: 'Add this check-in' }).click();
  await expect(page.getByText('Check-in: mood 4 (good), energy 3 (some)')).toBeVisible();

  const file = JSON.parse(await options.exportBackup());
  const added = file.entries.find((e: { kind: string }) => e.kind === 'win');
  expect(added).toMatchObject({
    day: threeDaysAgo,
    commitmentId: 'c-walk',
    stepText: 'Walk for ten minutes',
    source: 'options',
    untimed: true,
  });
  expect(typeof added.addedAt).toBe('number');

  // It counts as evidence in that week's review.
  await options.go('Weekly review');
  const weeksBack =
    (dayStart(weekStart(today(), 1)).getTime() - dayStart(weekStart(threeDaysAgo, 1)).getTime()) /
    (7 * 86_400_000);
  for (let i = 0; i < Math.round(weeksBack); i++) {
    await page.getByRole('button', { name: 'Previous week' }).click();
  }
  await expect(options.region('Evidence')).toContainText('1 small win in this week');
  await expect(options.region('Wins to celebrate')).toContainText('Walk for ten minutes');
});

test('renaming a step leaves an old win’s words as they were in the popup, the review, the CSV and the backup', async ({
  seed,
  options,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await popup.open();
  await popup.done('Walk for ten minutes').click();
  await expect(popup.page.getByRole('status')).toContainText(/small win/);

  const page = await options.openAt('steps');
  await options.step('Walk for ten minutes').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Your step').fill('Walk to the corner and back');
  await page.getByRole('button', { name: 'Save step' }).click();
  await expect(options.step('Walk to the corner and back')).toBeVisible();

  await popup.open();
  await expect(popup.page.getByRole('list', { name: "Today's log" })).toContainText(
    'Walk for ten minutes',
  );
  await options.go('Weekly review');
  await expect(options.region('Wins to celebrate')).toContainText('Walk for ten minutes');
  const file = JSON.parse(await options.exportBackup());
  expect(file.entries[0].stepText).toBe('Walk for ten minutes');
  expect(file.commitments[0].step).toBe('Walk to the corner and back');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export entries as CSV' }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv).toContain('Walk for ten minutes');
  expect(csv).not.toContain('Walk to the corner');
});

test('a short hand-written backup imports, and a file with three problems names all three', async ({
  options,
}) => {
  const page = await options.openAt('data');
  const three = {
    format: 'footholds-backup',
    version: 1,
    values: [{ id: 'v1' }],
    commitments: [
      {
        id: 'c1',
        valueId: 'v1',
        step: 'Text one friend',
        cue: { kind: 'time', at: '1pm', days: [1] },
      },
    ],
    entries: [{ id: 'e1', kind: 'checkin', at: Date.now(), mood: 9, energy: 2 }],
  };
  await options.importBackup(JSON.stringify(three));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('3 things in this backup need fixing first:');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Value 1: the name is missing.',
    'Step 1 ("Text one friend"): the time should be written like 13:05.',
    'Entry 1 (a check-in): the mood should be a whole number from 1 to 5.',
  ]);
  await options.screenshot('data-three-problems');
  expect(JSON.parse(await options.exportBackup()).values).toEqual([]);

  const short = {
    format: 'footholds-backup',
    version: 1,
    values: [{ id: 'v1', name: 'Connection' }],
    commitments: [
      { id: 'c1', valueId: 'v1', step: 'Text one friend', cue: { kind: 'browser-start' } },
    ],
    entries: [{ id: 'e1', kind: 'win', at: Date.now(), commitmentId: 'c1' }],
  };
  await options.importBackup(JSON.stringify(short));
  await expect(page.getByRole('status')).toHaveText('Backup loaded: 1 value, 1 step, 1 entry.');
  await options.go('History');
  await expect(page.getByText('Text one friend for Connection')).toBeVisible();
});

test('a value set aside leaves the new tab and the pickers; History keeps it; Bring back restores it', async ({
  seed,
  options,
  newtab,
}) => {
  const text = { ...walk(everyDay, 'c-text'), valueId: connection.id, step: 'Text one friend' };
  await seed(
    backup({
      values: [health, connection],
      commitments: [walk(everyDay), text],
      entries: [
        {
          id: 'e1',
          kind: 'win',
          source: 'popup',
          ...at(addDays(today(), -1), 9),
          valueId: health.id,
          text: 'Stretched',
        },
      ],
    }),
  );
  const page = await options.openAt('steps');
  const healthGroup = page.getByRole('region', { name: 'Health', exact: true });
  await healthGroup.getByRole('button', { name: 'Delete value' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Health stays, because 1 step is for it and 1 entry names it',
  );
  await page.getByRole('status').getByRole('button', { name: 'Set it aside instead' }).click();
  await expect(page.getByRole('status')).toContainText('Set aside: Health.');
  await expect(page.getByRole('region', { name: 'Health', exact: true })).toHaveCount(0);
  await expect(page.getByText('Values set aside for now (1)')).toBeVisible();
  await options.screenshot('steps-value-set-aside');

  for (let i = 0; i < 3; i++) {
    await newtab.open();
    await expect(newtab.heading).toHaveText('Connection');
    await expect(newtab.step).not.toContainText('Walk for ten minutes');
  }
  await options.go('History');
  await expect(page.getByText('Stretched for Health')).toBeVisible();
  const addWin = options.region('Add a past entry');
  await addWin.getByRole('button', { name: 'Add a past entry' }).click();
  await expect(addWin.getByLabel('Value').locator('option')).toHaveText([
    'No particular value',
    'Connection',
  ]);

  await options.go('Values and steps');
  await page.getByText('Values set aside for now (1)').click();
  await page.getByRole('button', { name: 'Bring back', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Health', exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('History passes an accessibility scan, with its forms open', async ({ seed, options }) => {
      await seed(monthBackup());
      const page = await options.openAt('history');
      await page.getByRole('button', { name: 'Add a past entry' }).click();
      await page.getByRole('button', { name: 'Edit' }).first().click();
      await expect(page.getByRole('form', { name: 'Correct this entry' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      if (colorScheme === 'dark') await options.screenshot('history-dark');
    });
  });
}
