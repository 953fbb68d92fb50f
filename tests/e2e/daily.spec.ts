import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { clockTime } from '@/utils/copy/lang/intl';
import { backup, connection, health, walk } from './data';
import { expect, test } from './fixtures';

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('first run', () => {
  test('popup and new tab welcome a new person and lead to naming values', async ({
    popup,
    newtab,
  }) => {
    await popup.open();
    await expect(popup.page.getByRole('link', { name: 'Set up your values' })).toHaveAttribute(
      'href',
      '/options.html#welcome',
    );
    await popup.screenshot('popup-first-run');
    await newtab.open();
    await expect(newtab.heading).toHaveText('Welcome to Footholds');
    await expect(
      newtab.page.getByRole('link', { name: 'Name what matters to you' }),
    ).toHaveAttribute('href', /options\.html#welcome$/);
    await newtab.screenshot('newtab-first-run');
  });
});

test('a free-text win from the popup is counted on the new tab, and Undo takes it back', async ({
  seed,
  popup,
  newtab,
}) => {
  await seed(backup({ values: [health, connection] }));
  await popup.open();
  await popup.logWin('Called my sister', 'Connection');
  await expect(popup.page.getByRole('status')).toContainText('1 small win this week');
  await expect(popup.page.getByText('Called my sister · Connection')).toBeVisible();
  await expect(popup.page.getByLabel('What did you do?')).toHaveValue('');
  await newtab.open();
  await expect(newtab.page.getByText('1 small win this week')).toBeVisible();

  await popup.page.getByRole('button', { name: 'Undo: Called my sister · Connection' }).click();
  await expect(popup.page.getByText('Nothing logged today yet.')).toBeVisible();
  await expect(newtab.page.getByText('1 small win this week')).toBeHidden();
});

test('a step is done from the popup in one click, with Undo', async ({ seed, popup }) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await popup.open();
  // One compact line: the step; its whole plan is the row's title.
  await expect(popup.page.getByText('Walk for ten minutes', { exact: true })).toHaveAttribute(
    'title',
    `At ${clockTime('00:00')} every day · Walk for ten minutes · Health`,
  );
  await popup.done('Walk for ten minutes').click();
  await expect(popup.page.getByRole('status')).toContainText('1 small win this week');
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await popup.screenshot('popup-step-done');
  await popup.page.getByRole('button', { name: 'Undo: Walk for ten minutes', exact: true }).click();
  await expect(popup.done('Walk for ten minutes')).toBeVisible();
  await popup.page
    .getByRole('button', { name: 'Log the smaller step: Put on my walking shoes' })
    .click();
  await expect(popup.page.getByText('Done, smaller')).toBeVisible();
});

test('the new tab offers the day’s value and one step: Done, then the next step', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await expect(newtab.heading).toHaveText('Health');
  await expect(newtab.page.getByText('I move my body a little every day')).toBeVisible();
  await expect(newtab.step.getByText('Walk for ten minutes')).toBeVisible();
  await newtab.screenshot('newtab-step');
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  await expect(newtab.step.getByRole('status')).toContainText('1 small win this week');
  await newtab.screenshot('newtab-done');
  await newtab.step.getByRole('button', { name: 'Show the next step' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeVisible();
  await popup.open();
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
});

test('a low-energy check-in switches the new tab to the smaller step', async ({
  seed,
  popup,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await expect(newtab.step.getByText('Walk for ten minutes')).toBeVisible();
  await popup.open();
  await popup.checkIn(3, 1, 'heavy morning');
  // A heavy check-in gets our own kind words (the words are tested in loop.spec.ts).
  await expect(popup.page.getByRole('status')).toContainText('It sounds like a heavy day');
  await expect(popup.page.getByText('Check-in: mood 3, energy 1')).toBeVisible();
  // The open new tab follows the change without a reload.
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
  await expect(newtab.step.getByText('A lighter day? Here is the smaller version.')).toBeVisible();
  await newtab.screenshot('newtab-low-energy');
});

test('Not today is logged as information, with kind words and the smaller step on offer', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Not today' }).click();
  const said = newtab.step.getByRole('status');
  await expect(said).toBeVisible();
  const words = (await said.textContent()) ?? '';
  expect(words).not.toMatch(/fail|streak|lazy|should|behind|lost|missed/i);
  await expect(newtab.step.getByRole('button', { name: 'Try the smaller step' })).toBeVisible();
  await expect(newtab.step.getByRole('button', { name: 'Rest today' })).toBeVisible();
  await newtab.screenshot('newtab-not-today');
  await popup.open();
  await expect(popup.page.getByText('Not today: Walk for ten minutes')).toBeVisible();
  await newtab.step.getByRole('button', { name: 'Try the smaller step' }).click();
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
});

test('user text is shown as text, never as markup', async ({ seed, newtab, popup }) => {
  const html = { ...health, name: '<b>Bold</b> & <img src=x onerror=alert(1)>' };
  await seed(backup({ values: [html], commitments: [walk(everyDay)] }));
  await newtab.open();
  await expect(newtab.heading).toHaveText(html.name);
  await newtab.open(); // again, now painted from the snapshot
  await expect(newtab.heading).toHaveText(html.name);
  expect(await newtab.page.locator('img').count()).toBe(0);
  await popup.open();
  await expect(popup.page.getByRole('option', { name: html.name })).toHaveCount(1);
});

test('the new tab paints the value statement from the snapshot before its module runs', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open(); // writes the snapshot
  await expect(newtab.heading).toHaveText('Health');
  const page = newtab.page;
  // "interactive" comes when parsing ends, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as any).__atParse = document.querySelector('h1')?.textContent;
      }
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as any).__atParse)).toBe('Health');
  // The address bar keeps focus: the page does not take it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('a new tab with nothing changed since the last one loads no suggestion logic', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open(); // builds the snapshot
  await expect(newtab.step.getByText('Walk for ten minutes')).toBeVisible();
  const loaded: string[] = [];
  newtab.page.on('request', (r) => loaded.push(r.url()));
  await newtab.page.reload();
  await expect(newtab.step.getByText('Walk for ten minutes')).toBeVisible();
  expect(loaded.filter((u) => u.includes('computeToday'))).toEqual([]);
  // After a change elsewhere, it rebuilds (and then loads that logic).
  await popup.open();
  await popup.logWin('Stretched');
  await newtab.page.reload();
  await expect(newtab.page.getByText('1 small win today')).toBeVisible();
  expect(loaded.filter((u) => u.includes('computeToday')).length).toBeGreaterThan(0);
});

test('grounding: one minute to land, a line at a time, paused, skipped, then back to the step', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.page.getByRole('button', { name: 'One minute to land' }).click();
  const minute = newtab.page.getByRole('region', { name: 'One minute to land' });
  await expect(minute).toContainText('Sit or stand however is comfortable.');
  await expect(minute).not.toContainText('Notice five things you can see.');
  await expect(minute.getByText('Breathe in')).toBeVisible();
  await newtab.screenshot('newtab-grounding');
  await minute.getByRole('button', { name: 'Pause' }).click();
  await expect(minute.getByRole('button', { name: 'Go on' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await minute.getByRole('button', { name: 'Go on' }).click();
  await minute.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(minute).toContainText('Welcome back.');
  await expect(minute.getByRole('button', { name: 'Back to my step' })).toBeFocused();
  await newtab.page.keyboard.press('Enter');
  await expect(newtab.step).toBeVisible();
});

test('grounding: with reduced motion, the plain list and nothing moving', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.page.emulateMedia({ reducedMotion: 'reduce' });
  await newtab.page.getByRole('button', { name: 'One minute to land' }).click();
  const minute = newtab.page.getByRole('region', { name: 'One minute to land' });
  await expect(minute.getByRole('listitem')).toHaveCount(9);
  await expect(minute).toContainText('Notice five things you can see.');
  await expect(minute.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await newtab.screenshot('newtab-grounding-still');
  await minute.getByRole('button', { name: 'Back to my step' }).click();
  await expect(newtab.step).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`popup and new tab have no accessibility violations (${colorScheme})`, async ({
      seed,
      popup,
      newtab,
    }) => {
      await seed(backup({ values: [health, connection], commitments: [walk(everyDay)] }));
      await newtab.open();
      await expect(newtab.step).toBeVisible();
      await axe(newtab.page);
      await newtab.screenshot(`newtab-${colorScheme}`);
      await popup.open();
      await popup.done('Walk for ten minutes').click();
      await expect(popup.page.getByRole('status')).not.toBeEmpty();
      await axe(popup.page);
      await popup.screenshot(`popup-${colorScheme}`);
    });
  });
}

test('keyboard alone: log a win and check in from the popup', async ({ seed, popup }) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  const page = await popup.open();
  // A person presses Tab once the step is on screen (the prerendered frame has no steps yet).
  await expect(popup.done('Walk for ten minutes')).toBeVisible();
  await page.keyboard.press('Tab'); // Done: Walk…
  await expect(popup.done('Walk for ten minutes')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('1 small win this week');
  await page.getByLabel('What did you do?').focus();
  await page.keyboard.type('Stretched');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Stretched', { exact: true })).toBeVisible();
});

/** Five of today's steps, as a person with a full plan has them. */
function fiveSteps() {
  const step = (id: string, value: string, words: string, smaller?: string) => ({
    ...walk(everyDay, id),
    valueId: value,
    step: words,
    smallerStep: smaller,
  });
  return [
    walk(everyDay),
    step('c-text', connection.id, 'Text one friend', 'Open the chat with one friend'),
    step('c-water', health.id, 'Drink a glass of water'),
    step('c-stretch', health.id, 'Stretch for two minutes', 'Stand up and reach once'),
    step('c-call', connection.id, 'Call my sister', 'Send her a short message'),
  ];
}

/** Whether the page scrolls sideways. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** Whether a button's label sits on one line, as wide as its words (never "U n d o"). */
function fitsItsWords(button: Locator): Promise<boolean> {
  return button.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return lines.size === 1 && el.scrollWidth <= el.clientWidth;
  });
}

test.describe('the popup at 380×600 puts the daily actions first (issue 19)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme`, () => {
      test.use({ colorScheme });

      test(`with five steps, "What did you do?" is in the first view; done steps fold (${colorScheme})`, async ({
        seed,
        popup,
      }) => {
        await seed(backup({ values: [health, connection], commitments: fiveSteps() }));
        let page = await popup.open(600);
        let win = page.getByRole('textbox', { name: 'What did you do?' });
        await expect(popup.done('Call my sister')).toBeVisible();
        await expect(win).toBeInViewport({ ratio: 1 });
        await expect(page.getByRole('button', { name: 'Log a win' })).toBeInViewport({ ratio: 1 });
        await popup.screenshotView(`popup-five-steps-${colorScheme}`);

        // Done here: the row stays where it was, with its Undo, until the popup closes; the page
        // does not scroll and the rows above do not move, so nothing slides under the pointer.
        const row = (step: string) =>
          page
            .getByRole('region', { name: "Today's steps" })
            .getByRole('listitem')
            .filter({ hasText: step });
        const [walkRow, stretchRow] = [row('Walk for ten minutes'), row('Stretch for two minutes')];
        const [walkTop, stretchBox] = [
          (await walkRow.boundingBox())?.y,
          await stretchRow.boundingBox(),
        ];
        await popup.done('Walk for ten minutes').click();
        const walkUndo = page.getByRole('button', {
          name: 'Undo: Walk for ten minutes',
          exact: true,
        });
        await expect(walkUndo).toBeVisible();
        await popup.done('Text one friend').click();
        await expect(
          page.getByRole('button', { name: 'Undo: Text one friend', exact: true }),
        ).toBeVisible();
        await expect(page.getByRole('group', { name: /How did it feel/ })).toBeVisible();
        expect(await page.evaluate(() => scrollY)).toBe(0);
        expect(await stretchRow.boundingBox()).toEqual(stretchBox);
        expect((await walkRow.boundingBox())?.y).toBe(walkTop);
        await expect(win).toBeInViewport({ ratio: 1 });
        await popup.screenshotView(`popup-five-steps-after-done-${colorScheme}`);

        // Opened again, the two done steps are folded into one line that opens by keyboard.
        await popup.page.close();
        page = await popup.open(600);
        win = page.getByRole('textbox', { name: 'What did you do?' });
        const folded = page.getByText('2 done today', { exact: true });
        await expect(folded).toBeVisible();
        await expect(popup.done('Drink a glass of water')).toBeVisible();
        await expect(
          page.getByRole('button', { name: 'Undo: Walk for ten minutes', exact: true }),
        ).toBeHidden();
        await expect(win).toBeInViewport({ ratio: 1 });
        await expect(page.getByRole('button', { name: 'Log a win' })).toBeInViewport({ ratio: 1 });
        await popup.screenshotView(`popup-five-steps-two-done-${colorScheme}`);
        await folded.focus();
        await page.keyboard.press('Enter');
        const undo = page.getByRole('button', { name: 'Undo: Walk for ten minutes', exact: true });
        await expect(undo).toBeVisible();
        await popup.screenshotView(`popup-five-steps-done-opened-${colorScheme}`);
        await undo.click();
        await expect(popup.done('Walk for ten minutes')).toBeVisible();
        await expect(page.getByText('1 done today', { exact: true })).toBeVisible();
      });

      test(`after a low check-in, the kind reply is beside Save check-in (${colorScheme})`, async ({
        seed,
        popup,
      }) => {
        await seed(backup({ values: [health, connection], commitments: fiveSteps() }));
        await popup.open(600);
        await popup.done('Walk for ten minutes').click();
        await popup.done('Text one friend').click();
        await popup.page.close();
        const page = await popup.open(600);
        const save = page.getByRole('button', { name: 'Save check-in' });
        // Scrolled as far as a person needs to reach Save: it sits at the bottom of the view.
        await save.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await popup.checkIn(1, 2);
        const reply = page.getByRole('status');
        await expect(reply).toContainText('It sounds like a heavy day');
        await expect(reply).toBeInViewport({ ratio: 1 });
        await expect(save).toBeInViewport({ ratio: 1 });
        const [s, r] = [await save.boundingBox(), await reply.boundingBox()];
        expect(s && r && r.y - (s.y + s.height)).toBeLessThan(80);
        expect(s && r && r.y - (s.y + s.height)).toBeGreaterThanOrEqual(0);
        await expect(page.getByRole('button', { name: 'Done, the smaller step' })).toBeInViewport();
        // Keyboard order follows what is seen: from "Save check-in" the next stop is the offer.
        await save.focus();
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Done, the smaller step' })).toBeFocused();
        await popup.screenshotView(`popup-low-checkin-${colorScheme}`);
      });

      test(`long words wrap, buttons keep their words, and Arabic reads right to left (${colorScheme})`, async ({
        seed,
        popup,
      }) => {
        const word = `Walk${'a'.repeat(996)}`;
        const longValue = { ...connection, name: `Kin${'d'.repeat(197)}` };
        const arabic = 'أمشي عشر دقائق';
        await seed(
          backup({
            values: [health, longValue],
            commitments: [
              { ...walk(everyDay, 'c-long'), step: word, valueId: longValue.id },
              { ...walk(everyDay, 'c-arabic'), step: arabic },
              walk(everyDay),
            ],
          }),
        );
        let page = await popup.open(600);
        await popup.done(word).click();
        await popup.logWin(`Rested${'e'.repeat(994)}`, longValue.name);
        await expect(page.getByLabel('What did you do?')).toHaveValue('');
        await popup.logWin('شربت كوبًا من الماء', 'Health');
        const arabicWin = page.getByText('شربت كوبًا من الماء · Health', { exact: true });
        await expect(arabicWin).toBeVisible();
        expect(await scrollsSideways(page)).toBe(false);
        const undos = page.getByRole('button', { name: /^Undo: / });
        await expect(undos).toHaveCount(4);
        for (const undo of await undos.all()) expect(await fitsItsWords(undo)).toBe(true);
        for (const done of await page.getByRole('button', { name: /^Done: / }).all()) {
          expect(await fitsItsWords(done)).toBe(true);
        }
        await popup.screenshot(`popup-long-text-${colorScheme}`);
        await expect(page.getByRole('textbox', { name: 'What did you do?' })).toBeInViewport();

        // Folded and opened again, the same holds.
        await popup.page.close();
        page = await popup.open(600);
        await page.locator('details.handled > summary').click();
        expect(await scrollsSideways(page)).toBe(false);
        const undosAgain = page.getByRole('button', { name: /^Undo: / });
        await expect(undosAgain).toHaveCount(4);
        for (const undo of await undosAgain.all()) expect(await fitsItsWords(undo)).toBe(true);
        await popup.screenshotView(`popup-long-text-view-${colorScheme}`);

        // Right-to-left words read right to left, in the step list, the log and the fields.
        const rtl = (l: Locator) => l.evaluate((el) => el.matches(':dir(rtl)'));
        expect(await rtl(page.getByText(arabic, { exact: true }))).toBe(true);
        expect(await rtl(page.getByText('شربت كوبًا من الماء · Health', { exact: true }))).toBe(
          true,
        );
        await page.getByLabel('What did you do?').fill('مرحبا');
        expect(await rtl(page.getByLabel('What did you do?'))).toBe(true);
        await page.getByLabel('Note').fill('مرحبا');
        expect(await rtl(page.getByLabel('Note'))).toBe(true);
      });
    });
  }

  test('keyboard alone: Tab into the mood scale, arrow keys choose 4, and it is saved', async ({
    seed,
    popup,
  }) => {
    await seed(backup({ values: [health, connection], commitments: fiveSteps() }));
    const page = await popup.open(600);
    const mood = page.getByRole('group', { name: 'Mood' });
    const energy = page.getByRole('group', { name: 'Energy' });
    // The scales say how to choose by keyboard.
    await expect(mood).toHaveAccessibleDescription(/arrow keys/i);
    await expect(energy).toHaveAccessibleDescription(/arrow keys/i);
    const inMood = () => page.evaluate(() => (document.activeElement as HTMLInputElement)?.name);
    for (let i = 0; i < 40 && (await inMood()) !== 'mood'; i++) await page.keyboard.press('Tab');
    // Tab lands on the first choice (none is chosen yet); arrows move and choose.
    await expect(mood.getByRole('radio', { name: /^1\b/ })).toBeFocused();
    await expect(mood.getByText(/arrow keys/i)).toBeVisible();
    await popup.screenshotView('popup-scale-keyboard');
    for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowRight');
    await expect(mood.getByRole('radio', { name: /^4\b/ })).toBeChecked();
    await expect(mood.getByRole('radio', { name: /^4\b/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(energy.getByRole('radio', { name: /^1\b/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Back into the mood scale, Tab lands on the choice made, not on 1.
    await page.keyboard.press('Shift+Tab');
    await expect(mood.getByRole('radio', { name: /^4\b/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(energy.getByRole('radio', { name: /^3\b/ })).toBeFocused();
    await page.keyboard.press('Tab'); // Note
    await page.keyboard.press('Tab'); // Save check-in
    await expect(page.getByRole('button', { name: 'Save check-in' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Thanks for checking in.');
    const checkins = (await popup.entries()).filter((e) => e.kind === 'checkin');
    expect(checkins).toMatchObject([{ mood: 4, energy: 3 }]);
  });

  test("the popup's pause buttons say what they pause", async ({ seed, popup }) => {
    await seed(backup({ commitments: [walk(everyDay)] }));
    const page = await popup.open();
    const pause = page.getByRole('group', { name: 'Pause reminders for…' });
    for (const name of [
      'Pause reminders for a day',
      'Pause reminders for three days',
      'Pause reminders for a week',
    ]) {
      await expect(pause.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await pause.getByRole('button', { name: 'Pause reminders for a day', exact: true }).click();
    await expect(page.getByText('Reminders are resting until')).toBeVisible();
  });
});
