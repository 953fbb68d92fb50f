import { dayKey, dayStart } from '@/utils/model/day';
import { backup, health, walk } from './data';
import { expect, test } from './fixtures';

/**
 * History's "corrected": answering "How did it feel?" or choosing why a step was set
 * aside is no correction; changing what an entry was, or when, is. Every change still stamps
 * `updatedAt`. Screenshots: test-results/screenshots/history-corrected-*.
 */

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

const stretch = {
  ...walk(everyDay, 'c-stretch'),
  step: 'Stretch for two minutes',
  smallerStep: 'Reach up once',
  minutes: 2,
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('a win that only got "How did it feel?" and a skip that only got a reason are not "corrected"; an edited win is', async ({
      context,
      seed,
      newtab,
      popup,
      options,
    }) => {
      // The pages' clock stays at noon today, so every entry is logged on one day whatever the hour.
      const noon = dayStart(dayKey(new Date()));
      noon.setHours(12);
      await context.clock.setFixedTime(noon);
      await seed(backup({ values: [health], commitments: [walk(everyDay), stretch] }));

      // Done on the first step, with how it felt; Not today on the next, with a reason.
      await newtab.open();
      await newtab.step.getByRole('button', { name: 'Done' }).click();
      const felt = newtab.step.getByRole('group', { name: /How did it feel/ });
      await felt.getByRole('radio', { name: /Good$/ }).first().check();
      await expect(newtab.step.getByText('Noted. Thank you.')).toBeVisible();
      await newtab.step.getByRole('button', { name: 'Show the next step' }).click();
      const skipped = await newtab.step.locator('.step-text').textContent();
      await newtab.step.getByRole('button', { name: 'Not today' }).click();
      await newtab.step.getByRole('button', { name: 'Too big' }).click();
      await expect(newtab.step.getByRole('button', { name: 'Too big' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const answered = await newtab.entries();
      expect(answered).toHaveLength(2);
      for (const e of answered) {
        expect(e.updatedAt, `${e.kind} is stamped`).toBeGreaterThanOrEqual(e.at);
        expect(e).not.toHaveProperty('correctedAt');
      }

      // A free-text win, then corrected in History.
      await popup.open();
      await popup.logWin('Called my sister', 'Health');
      await expect(
        popup.page.getByRole('button', { name: /^Undo: Called my sister/ }),
      ).toBeVisible();

      const page = await options.openAt('history');
      const item = (text: string | RegExp) => page.getByRole('listitem').filter({ hasText: text });
      await item('Called my sister').getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Correct this entry' });
      await form.getByLabel('What did you do?').fill('Called my sister and my dad');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

      await expect(item('Called my sister and my dad')).toContainText('corrected');
      const win = item(/for Health/).filter({ hasNotText: /Not today|Called my sister/ });
      await expect(win).toHaveCount(1);
      await expect(win).not.toContainText('corrected');
      const skip = item(`Not today: ${skipped}`);
      await expect(skip).toContainText('it felt too big');
      await expect(skip).not.toContainText('corrected');
      await options.screenshot(`history-corrected-${colorScheme}`);

      const stored = (await options.entries()).find((e) => e.text?.startsWith('Called'));
      expect(stored.correctedAt).toBe(stored.updatedAt);
    });
  });
}
