/**
 * The plan for hard days (issue 26), as a person uses it: written in Options, one click away from
 * the new tab (also when a reminder opened a step), the popup and Options' navigation; offered
 * after a mood-1 check-in; its routine runs the paced minute, then the chosen step; it prints,
 * travels in a backup, and goes with "Delete everything". Checked with axe in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { backup, health, walk } from './data';
import { expect, test } from './fixtures';

const HEADING = 'My plan for hard days';
/** A step for every day, so today always has it. */
const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

/** A part of the plan: the card holding the field its exact label names. */
const part = (page: Page, label: string) =>
  page.locator('section', { has: page.getByLabel(label, { exact: true }) }).last();

/** Writes a line into a part, as a person does: type, then Enter. */
async function addLine(page: Page, label: string, line: string) {
  await page.getByLabel(label, { exact: true }).fill(line);
  await page.getByLabel(label, { exact: true }).press('Enter');
  await expect(part(page, label).getByText(line, { exact: true })).toBeVisible();
}

test('a plan written in Options is one click away everywhere, offered after a heavy check-in, and its routine runs', async ({
  seed,
  options,
  newtab,
  popup,
  context,
}) => {
  await seed(backup({ values: [health], commitments: [walk(everyDay)] }));
  const page = await options.openAt('hard-days');
  await expect(page.getByRole('heading', { name: HEADING, level: 2 })).toBeVisible();
  await expect(page.getByText(/When you feel up to it, write one line in any part/)).toBeVisible();
  await options.screenshot('hard-days-empty');

  await addLine(page, 'Signs a hard day is coming', 'I stop answering messages');
  // A one-tap idea: the grounding minute.
  await part(page, 'What I can do on my own')
    .getByRole('button', { name: 'One minute to land' })
    .click();
  await expect(
    part(page, 'What I can do on my own').getByText('One minute to land', { exact: true }),
  ).toBeVisible();
  await addLine(page, 'People and places that take my mind off things', 'The park by the river');
  const people = part(page, 'People I can ask for help');
  await page.getByLabel('People I can ask for help', { exact: true }).fill('Sam');
  await people.getByLabel('How to reach them').fill('+44 20 7946 0000');
  await people.getByRole('button', { name: 'Add' }).click();
  await expect(people.getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute(
    'href',
    /^tel:\+442079460000$/,
  );
  await addLine(page, 'Making my surroundings safer', 'Ask Sam to keep the car keys');
  await page.getByLabel('My step for such days').selectOption({ label: 'Walk for ten minutes' });
  await options.screenshot('hard-days-filled');

  // Nothing red anywhere on the page.
  const reds = await page.evaluate(
    () =>
      [...document.querySelectorAll('main *')].filter((el) => {
        const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(getComputedStyle(el).color);
        return m && +m[1] > 150 && +m[2] < 80 && +m[3] < 80;
      }).length,
  );
  expect(reds).toBe(0);

  // The routine: the paced minute, then the chosen step with Done.
  await page.getByRole('button', { name: 'Start my routine' }).click();
  const minute = page.getByRole('region', { name: 'One minute to land' });
  await expect(minute).toContainText('Sit or stand however is comfortable.');
  await options.screenshot('hard-days-routine-minute');
  await minute.getByRole('button', { name: 'Skip to the end' }).click();
  await minute.getByRole('button', { name: 'On to my step' }).click();
  const routine = page.getByRole('region', { name: 'My fail-safe routine' });
  await expect(routine.getByText('Walk for ten minutes')).toBeVisible();
  await routine.getByRole('button', { name: 'Done' }).click();
  await expect(routine).toContainText('Done, and kept.');
  await options.screenshot('hard-days-routine-step');
  expect((await options.entries()).filter((e) => e.kind === 'win')).toHaveLength(1);
  await routine.getByRole('button', { name: 'Back to my plan' }).click();

  // Printed: the plan alone, the controls left off the paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print my plan' })).toBeHidden();
  await expect(page.getByLabel('My step for such days')).toBeHidden();
  // The routine in one line, drawn from an attribute so the page never says the step twice.
  await expect(page.locator('.paper-routine')).toHaveAttribute(
    'data-paper',
    'One minute to land, then: Walk for ten minutes',
  );
  await expect(page.getByText('I stop answering messages', { exact: true })).toBeVisible();
  await options.screenshot('hard-days-print');
  await page.emulateMedia({ media: 'screen' });

  // One click away: the new tab's footer (also with a step a reminder opened) and the popup.
  await newtab.open();
  const fromNewTab = newtab.page.getByRole('link', { name: HEADING });
  await expect(fromNewTab).toHaveAttribute('href', '/options.html#hard-days');
  const step = await context.newPage();
  await step.goto(`${newtab.url}?step=c-walk`);
  await expect(step.getByRole('link', { name: HEADING })).toBeVisible();
  await step.getByRole('link', { name: HEADING }).click();
  await expect(step.getByRole('heading', { name: HEADING, level: 2 })).toBeVisible();
  await expect(step.getByText('The park by the river')).toBeVisible();
  await step.close();
  await expect(options.nav.getByRole('link', { name: HEADING })).toBeVisible();

  // A mood-1 check-in in the popup offers the plan, kindly; "Not now" rests it.
  await popup.open();
  await expect(popup.page.getByRole('link', { name: HEADING })).toBeVisible();
  await popup.checkIn(1, 3);
  const offer = popup.page.getByRole('region', { name: 'Your plan for hard days' });
  await expect(offer).toContainText('Heavy days happen.');
  await expect(offer.getByRole('link', { name: 'Open my plan' })).toHaveAttribute(
    'href',
    '/options.html#hard-days',
  );
  await popup.screenshot('popup-hard-days-offer');
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();
  await popup.checkIn(1, 3);
  await expect(popup.page.getByRole('region', { name: 'Your plan for hard days' })).toHaveCount(0);
});

test('with no plan yet, a heavy check-in invites one, once; the plan travels in a backup and goes with Delete everything', async ({
  seed,
  options,
  popup,
}) => {
  await seed(backup({ values: [health], commitments: [walk(everyDay)] }));
  await popup.open();
  await popup.checkIn(1, 2);
  const offer = popup.page.getByRole('region', { name: 'Your plan for hard days' });
  await expect(offer).toContainText('When you feel up to it');
  await expect(offer.getByRole('link', { name: 'Write my plan' })).toBeVisible();
  // Once in 14 days: the next heavy check-in says the kind words without it.
  await popup.open();
  await popup.checkIn(1, 2);
  await expect(popup.page.getByRole('status').first()).toContainText(/\S/);
  await expect(popup.page.getByRole('region', { name: 'Your plan for hard days' })).toHaveCount(0);

  const page = await options.openAt('hard-days');
  await addLine(page, 'Signs a hard day is coming', 'Sleeping badly');
  const file = await options.exportBackup();
  expect(JSON.parse(file).hardDaysPlan).toMatchObject({ signs: ['Sleeping badly'] });

  await options.go('Your data');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page
    .getByRole('region', { name: 'Delete everything stored here?' })
    .getByRole('button', { name: 'Yes, delete everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /deleted/i })).toBeVisible();
  await options.openAt('hard-days');
  await expect(page.getByText(/When you feel up to it, write one line in any part/)).toBeVisible();
  await expect(page.getByText('Sleeping badly')).toHaveCount(0);

  await options.importBackup(file);
  await expect(page.getByRole('status').filter({ hasText: 'Backup loaded' })).toBeVisible();
  await options.openAt('hard-days');
  await expect(part(page, 'Signs a hard day is coming').getByText('Sleeping badly')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`the plan for hard days has no accessibility violations (${colorScheme})`, async ({
      seed,
      options,
    }) => {
      await seed(backup({ values: [health], commitments: [walk(everyDay)] }));
      const page = await options.openAt('hard-days');
      await addLine(page, 'Signs a hard day is coming', 'I stop answering messages');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
      await options.screenshot(`hard-days-${colorScheme}`);
    });
  });
}
