import { copy } from '@/utils/copy';
import { todayCopy } from '@/utils/copy/today';
import { backup, walk } from './data';
import { expect, test } from './fixtures';

/**
 * A step's minutes follow its words: "About how many minutes?" fills from "Walk for ten
 * minutes" as it is typed, a number the person types stays theirs, and no page shows minutes the
 * step's own words contradict, even for a step saved with the old default.
 * Screenshots: test-results/screenshots/step-minutes-*.
 */

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the minutes fill from the step’s words as they are typed, in the welcome and the editor', async ({
      options,
      newtab,
    }) => {
      const page = await options.openAt('welcome');
      await options.welcomeValue({ value: 'Health' });
      const minutes = page.getByLabel('About how many minutes?');
      await expect(minutes).toHaveValue('5');
      await page.getByLabel('Your step').fill('Walk for ten minutes');
      await expect(minutes).toHaveValue('10');
      await options.screenshot(`step-minutes-welcome-${colorScheme}`);
      await page.getByLabel('Your step').fill('Draw for two minutes');
      await expect(minutes).toHaveValue('2');
      await page.getByLabel('Smaller step, for heavy days').fill('Hold a pencil');
      await page.getByRole('button', { name: 'Next' }).click();
      await options.chooseTimeCue('00:00');
      await page.getByRole('button', { name: 'Save my plan' }).click();
      await expect(page.getByRole('heading', { name: 'Your plan is ready' })).toBeVisible();

      await newtab.open();
      await expect(newtab.step).toContainText('Draw for two minutes');
      await expect(newtab.step).toContainText(todayCopy.today.minutes(2));

      // The editor on Values and steps fills the same way.
      await options.openAt('steps');
      await page.getByRole('button', { name: 'Add a step' }).first().click();
      await page.getByLabel('Your step').fill('Walk for ten minutes');
      await expect(page.getByLabel('About how many minutes?')).toHaveValue('10');
      await options.screenshot(`step-minutes-editor-${colorScheme}`);
    });

    test('minutes typed by hand are kept; where the words say otherwise, the words are what is shown', async ({
      seed,
      options,
      newtab,
    }) => {
      // Saved before the editor read the words: the default 5 under "two minutes".
      const draw = {
        ...walk(everyDay, 'c-draw'),
        step: 'Draw for two minutes',
        smallerStep: 'Hold a pencil',
        minutes: 5,
      };
      await seed(backup({ commitments: [draw] }));
      await newtab.open();
      await expect(newtab.step).toContainText('Draw for two minutes');
      await expect(newtab.step).toContainText(todayCopy.today.minutes(2));
      await expect(newtab.step).not.toContainText(todayCopy.today.minutes(5));
      await newtab.screenshot(`step-minutes-newtab-${colorScheme}`);

      const page = await options.openAt('steps');
      const card = options.step('I will draw for two minutes');
      await expect(card).toContainText(copy.options.steps.minutes(2));
      await card.getByRole('button', { name: 'Edit' }).click();
      const minutes = page.getByLabel('About how many minutes?');
      await expect(minutes).toHaveValue('2');
      // The person's own number stays while the words change; a note says what will show.
      await minutes.fill('4');
      await page.getByLabel('Your step').fill('Draw for three minutes');
      await expect(minutes).toHaveValue('4');
      await expect(minutes).toHaveAccessibleDescription(copy.options.step.minutesFromWords(3));
      await options.screenshot(`step-minutes-typed-${colorScheme}`);
      await page.getByRole('button', { name: 'Save step' }).click();
      await expect(page.getByRole('status')).toHaveText('Saved.');
      const saved = options.step('I will draw for three minutes');
      await expect(saved).toContainText(copy.options.steps.minutes(3));
      expect(JSON.parse(await options.exportBackup()).commitments).toMatchObject([
        { step: 'Draw for three minutes', minutes: 4 },
      ]);
    });
  });
}
