import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import { backup, walk } from './data';
import { expect, test } from './fixtures';

/**
 * The adjusting loop: a skip says why, a step resizes in one click where the person
 * is, a win can say how it felt, and a heavy check-in gets kind words and the smaller step.
 */

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };
const today = () => dayKey(new Date());

/** A log entry on a day `back` days ago, at 10:00, as a backup file holds it. */
function entry(back: number, fields: Record<string, unknown>, id = `e-${back}-${fields.kind}`) {
  const day = addDays(today(), -back);
  const at = dayStart(day).getTime() + 10 * 3_600_000;
  return { id, at, day, source: 'newtab', commitmentId: 'c-walk', ...fields };
}

/** Fails with every accessibility rule the page breaks, by rule and element. */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('Not today, then "Too big": the skip keeps the reason, and "Make it smaller" is offered', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Not today' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Too big' })).toBeVisible();
  // Stored with no reason until the person gives one.
  const [skip] = await newtab.entries();
  expect(skip).toMatchObject({ kind: 'skip', commitmentId: 'c-walk' });
  expect(skip.reason).toBeUndefined();
  await newtab.step.getByRole('button', { name: 'Too big' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Too big' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(newtab.step.getByRole('status')).toContainText('make this step smaller');
  const [said] = await newtab.entries();
  expect(said).toMatchObject({ id: skip.id, kind: 'skip', reason: 'too-big' });
  expect(said.updatedAt).toBeGreaterThanOrEqual(skip.at);
  // One "Too big" is enough to offer the smaller step as the step: on the card itself, once
  // (the offer beside it would say the same).
  await expect(newtab.step.getByRole('button', { name: 'Make it smaller' })).toBeVisible();
  await expect(newtab.page.getByRole('button', { name: 'Make it smaller' })).toHaveCount(1);
  await newtab.screenshot('newtab-skip-too-big');
});

test('two skips: "Make it smaller" on the new tab makes the smaller step the step; an old win keeps its words', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(
    backup({
      commitments: [walk(everyDay)],
      entries: [
        entry(4, { kind: 'win', size: 'full', valueId: 'v-health' }),
        entry(2, { kind: 'skip' }),
        entry(1, { kind: 'skip', reason: 'no-time' }),
      ],
    }),
  );
  await newtab.open();
  const offer = newtab.offer;
  await expect(offer).toContainText('"Walk for ten minutes" has been hard to reach lately.');
  await newtab.screenshot('newtab-offer-smaller');
  await offer.getByRole('button', { name: 'Make it smaller' }).click();
  await expect(offer.getByRole('status')).toHaveText(
    'Done. Your step is now "Put on my walking shoes".',
  );
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
  await expect(offer.getByLabel(/A new smaller step/))
    .toBeFocused({ timeout: 1 })
    .catch(() => {});
  await newtab.screenshot('newtab-name-smaller');
  await offer.getByLabel(/A new smaller step/).fill('Look at my walking shoes');
  await offer.getByRole('button', { name: 'Save smaller step' }).click();
  await expect(offer.getByRole('status')).toHaveText('Saved. Both sizes count.');
  const [walkNow] = await newtab.readStore('commitments');
  expect(walkNow).toMatchObject({
    step: 'Put on my walking shoes',
    smallerStep: 'Look at my walking shoes',
  });
  // The old win keeps the words it was logged for.
  const old = (await newtab.entries()).find((e) => e.kind === 'win');
  expect(old.stepText).toBe('Walk for ten minutes');
  // The resized step starts afresh: no offer after a reload (the skips came before it).
  await newtab.open();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeVisible();
  await newtab.page.waitForTimeout(500);
  await expect(newtab.offer).toHaveCount(0);
  await popup.open();
  // The popup's row is the step alone (one compact line each).
  await expect(popup.done('Put on my walking shoes')).toBeVisible();
});

test('five wins in seven days: "Grow it a little" proposes twelve minutes, accepted in one click', async ({
  seed,
  newtab,
}) => {
  await seed(
    backup({
      commitments: [walk(everyDay)],
      entries: [1, 2, 3, 5, 6].map((back, i) =>
        entry(back, { kind: 'win', size: i === 2 ? 'smaller' : 'full', valueId: 'v-health' }),
      ),
    }),
  );
  await newtab.open();
  await expect(newtab.offer).toContainText('to "Walk for twelve minutes"');
  await newtab.screenshot('newtab-offer-grow');
  await newtab.offer.getByRole('button', { name: 'Grow it a little' }).click();
  await expect(newtab.offer.getByRole('status')).toHaveText(
    'Done. Your step is now "Walk for twelve minutes".',
  );
  await expect(newtab.step.getByText('Walk for twelve minutes')).toBeVisible();
  await expect(newtab.step.getByText('About 12 minutes.')).toBeVisible();
  const [grown] = await newtab.readStore('commitments');
  expect(grown).toMatchObject({ step: 'Walk for twelve minutes', minutes: 12 });
});

test('"Not now" rests an offer on this device, and Options offers it on the card, edited first', async ({
  seed,
  newtab,
  options,
}) => {
  const wins = [1, 2, 3, 4, 5].map((back) => entry(back, { kind: 'win', size: 'full' }));
  await seed(backup({ commitments: [walk(everyDay)], entries: wins }));
  await newtab.open();
  await newtab.offer.getByRole('button', { name: 'Not now' }).click();
  await expect(newtab.offer.getByRole('status')).toHaveText(
    'Okay. This offer will rest for two weeks.',
  );
  const [memory] = await newtab
    .readStore('state')
    .then((all) => all.filter((r) => typeof r === 'object' && r?.['c-walk']));
  expect(memory['c-walk'].notNowUntil).toBe(addDays(today(), 14));
  await newtab.open();
  await expect(newtab.step).toBeVisible();
  await expect(newtab.offer).toHaveCount(0);
  const page = await options.openAt('steps');
  await expect(page.getByText('I will walk for ten minutes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Grow it a little' })).toHaveCount(0);
  // Forget "Not now" (as two weeks would), and the card offers it.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const open = indexedDB.open('footholds');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          tx.objectStore('state').delete('offers');
          tx.oncomplete = () => done();
        };
      }),
  );
  await page.reload();
  const card = options.step('I will walk for ten minutes');
  await expect(card).toContainText('to "Walk for twelve minutes"');
  await card.getByRole('button', { name: 'Change it first' }).click();
  await card.getByLabel('Your step, a little bigger').fill('Walk for eleven minutes');
  await card.getByRole('button', { name: 'Save' }).click();
  // The card now reads as the new step; its offer says so where the person is.
  const grownCard = options.step('I will walk for eleven minutes');
  await expect(grownCard.getByRole('status')).toHaveText(
    'Done. Your step is now "Walk for eleven minutes".',
  );
  await options.screenshot('options-grown');
  await expect(page.getByText('I will walk for eleven minutes')).toBeVisible();
});

test('Done, then "How did it feel?": felt is stored on that win, on the new tab and in the popup', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  const felt = newtab.step.getByRole('group', { name: /How did it feel/ });
  await expect(felt).toBeVisible();
  await felt.getByRole('radio', { name: /Good$/ }).first().check();
  await expect(newtab.step.getByText('Noted. Thank you.')).toBeVisible();
  let [win] = await newtab.entries();
  expect(win).toMatchObject({ kind: 'win', felt: 4 });
  expect(win.updatedAt).toBeGreaterThanOrEqual(win.at);
  // It stays until the person moves on.
  await newtab.page.waitForTimeout(1000);
  await expect(felt).toBeVisible();
  await newtab.screenshot('newtab-felt');

  await popup.open();
  await popup.page.getByRole('button', { name: 'Undo: Walk for ten minutes', exact: true }).click();
  await popup.done('Walk for ten minutes').click();
  const popupFelt = popup.page.getByRole('group', { name: /How did it feel/ });
  await popupFelt.getByRole('radio', { name: /Hard going/ }).check();
  await expect(popup.page.getByText('Noted. Thank you.')).toBeVisible();
  [win] = await popup.entries();
  expect(win).toMatchObject({ kind: 'win', felt: 1 });
  await popup.screenshot('popup-felt');
});

test('a heavy check-in gets kind words and the smaller step on offer', async ({ seed, popup }) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await popup.open();
  await popup.checkIn(2, 3);
  await expect(popup.page.getByRole('status')).toHaveText(
    'Thanks for checking in. It sounds like a heavy day, and one small step still counts.',
  );
  await expect(
    popup.page.getByText('If it helps, here is the smaller step: Put on my walking shoes.'),
  ).toBeVisible();
  await popup.screenshot('popup-heavy-day');
  await popup.page.getByRole('button', { name: 'Done, the smaller step' }).click();
  await expect(popup.page.getByText('Done, smaller')).toBeVisible();
  const entries = await popup.entries();
  expect(entries.map((e) => e.kind).sort()).toEqual(['checkin', 'win']);
  // A lighter check-in says thanks, as before.
  await popup.checkIn(4, 4);
  await expect(popup.page.getByRole('status')).toHaveText('Thanks for checking in.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`every new state passes an accessibility scan (${colorScheme})`, async ({
      seed,
      newtab,
      popup,
      options,
    }) => {
      await seed(
        backup({
          commitments: [walk(everyDay)],
          entries: [entry(2, { kind: 'skip' }), entry(1, { kind: 'skip' })],
        }),
      );
      // The offer on the step's card in Options.
      const page = await options.openAt('steps');
      const card = options.step('I will walk for ten minutes');
      await expect(card.getByRole('button', { name: 'Make it smaller' })).toBeVisible();
      await axe(page);
      await options.screenshot(`options-offer-smaller-${colorScheme}`);

      await newtab.open();
      await expect(newtab.offer.getByRole('button', { name: 'Make it smaller' })).toBeVisible();
      await axe(newtab.page);
      await newtab.step.getByRole('button', { name: 'Not today' }).click();
      await newtab.step.getByRole('button', { name: 'No time' }).click();
      await expect(newtab.step.getByRole('button', { name: 'No time' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await axe(newtab.page);
      await newtab.screenshot(`newtab-skip-why-${colorScheme}`);
      await newtab.offer.getByRole('button', { name: 'Make it smaller' }).click();
      await expect(newtab.offer.getByLabel(/A new smaller step/)).toBeVisible();
      await axe(newtab.page);
      await newtab.screenshot(`newtab-name-smaller-${colorScheme}`);
      await newtab.step.getByRole('button', { name: 'Undo' }).click();
      await newtab.step.getByRole('button', { name: 'Done' }).click();
      await newtab.step.getByRole('radio', { name: /Okay/ }).check();
      await axe(newtab.page);
      await newtab.screenshot(`newtab-felt-${colorScheme}`);

      await page.reload();
      await expect(page.getByText(/I will put on my walking shoes/)).toBeVisible();
      await axe(page);

      await popup.open();
      await popup.checkIn(1, 1);
      await expect(popup.page.getByText(/here is the smaller step/)).toBeHidden();
      await popup.page.getByLabel('What did you do?').fill('Stretched');
      await popup.page.getByLabel('What did you do?').press('Enter');
      await expect(popup.page.getByRole('group', { name: /How did it feel/ })).toBeVisible();
      await axe(popup.page);
      await popup.screenshot(`popup-felt-${colorScheme}`);
    });
  });
}
