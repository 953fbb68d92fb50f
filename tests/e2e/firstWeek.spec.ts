import { addDays, dayKey, dayStart } from '@/utils/model/day';
import { backup, connection, health, textFriend, walk } from './data';
import { expect, test } from './fixtures';

/**
 * A first week that keeps every promise, on the new tab and the popup: the heading
 * stays on the step being answered, words say what happened, no count of zero, the first-tab line
 * only on the first tab, a way to make a too-big step smaller, and focus that follows the person.
 */

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

/** A step for `connection`, every day. */
const text = textFriend(everyDay);

test('after Done, the heading stays on the answered step’s value until "Show the next step"', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ values: [health, connection], commitments: [walk(everyDay), text] }));
  await newtab.open();
  const done = newtab.step.getByRole('button', { name: 'Done' });
  await expect(done).toBeVisible();
  const first = (await newtab.heading.textContent()) ?? '';
  const other = first === 'Health' ? 'Connection' : 'Health';
  const otherStep = first === 'Health' ? 'Text one friend' : 'Walk for ten minutes';
  await done.click();
  await expect(newtab.step.getByRole('status')).toContainText('1 small win this week');
  // The page has read the win (the count is on screen), and its next step is another value's.
  await expect(newtab.page.getByText('1 small win today')).toBeVisible();
  await expect(newtab.heading).toHaveText(first);
  await newtab.screenshot('newtab-done-heading-held');
  await newtab.step.getByRole('button', { name: 'Show the next step' }).click();
  await expect(newtab.heading).toHaveText(other);
  await expect(newtab.step.getByText(otherStep)).toBeVisible();
  // Keyboard: the new card's Done has focus, Enter answers it, and focus goes to the reply.
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeFocused();
  await newtab.page.keyboard.press('Enter');
  await expect(newtab.step.getByRole('status')).toBeFocused();
  await expect(newtab.step.getByRole('status')).toContainText('2 small wins this week');
});

test('"Rest today" after Not today says what happened, not that everything is handled', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ values: [health, connection], commitments: [walk(everyDay), text] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Not today' }).focus();
  await newtab.page.keyboard.press('Enter');
  await expect(newtab.step.getByRole('status')).toBeFocused();
  await newtab.step.getByRole('button', { name: 'Rest today' }).click();
  await expect(newtab.step.getByText('Okay, resting today. That counts too.')).toBeFocused();
  await expect(newtab.page.getByText(/Everything planned/)).toHaveCount(0);
  await newtab.screenshot('newtab-rest-chosen');
});

test('"Your first new tab of the day:" is said on the first new tab only; the step keeps its place', async ({
  seed,
  newtab,
  context,
}) => {
  await seed(backup({ commitments: [walk({ kind: 'first-tab' })] }));
  await newtab.open();
  await expect(newtab.step.getByText('Walk for ten minutes')).toBeVisible();
  await expect(newtab.step.getByText('Your first new tab of the day:')).toBeVisible();
  const later = await context.newPage();
  await later.goto(newtab.url);
  const step = later.getByRole('region', { name: "Today's step" });
  await expect(step.getByText('Walk for ten minutes')).toBeVisible();
  await expect(step.getByRole('button', { name: 'Done' })).toBeVisible();
  await expect(step.getByText('Your first new tab of the day:')).toHaveCount(0);
});

test('no count of zero greets anyone: only the wins that are there are counted', async ({
  seed,
  newtab,
  popup,
}) => {
  const yesterday = addDays(dayKey(new Date()), -1);
  const at = dayStart(yesterday).getTime() + 10 * 3_600_000;
  await seed(
    backup({
      commitments: [walk(everyDay)],
      entries: [
        {
          id: 'w1',
          kind: 'win',
          at,
          day: yesterday,
          source: 'popup',
          valueId: health.id,
          text: 'Stretched',
          size: 'full',
        },
      ],
      // The week starts yesterday, whatever day this runs on, so the win is this week's.
      settings: { firstDayOfWeek: new Date(at).getDay() },
    }),
  );
  await newtab.open();
  await expect(newtab.page.getByText('1 small win this week', { exact: true })).toBeVisible();
  await expect(newtab.page.getByText(/\b0 small wins/)).toHaveCount(0);
  await popup.open();
  await expect(popup.page.getByText('1 small win this week', { exact: true })).toBeVisible();
  await expect(popup.page.getByText(/\b0 small wins/)).toHaveCount(0);
});

test('"Too big" for a step with no smaller version: "Make it smaller" names one, offered at once', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [{ ...walk(everyDay), smallerStep: '' }] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Not today' }).click();
  // Nothing mentions a smaller step the step does not have.
  await expect(newtab.step.getByRole('status')).not.toContainText('smaller step');
  await expect(newtab.step.getByRole('button', { name: 'Try the smaller step' })).toHaveCount(0);
  await newtab.step.getByRole('button', { name: 'Too big' }).click();
  await expect(newtab.step.getByRole('status')).toContainText('make this step smaller');
  await expect(newtab.page.getByRole('button', { name: 'Make it smaller' })).toHaveCount(1);
  await newtab.step.getByRole('button', { name: 'Make it smaller' }).click();
  const field = newtab.step.getByLabel('A smaller version of this step, for days like this');
  await expect(field).toBeFocused();
  await newtab.screenshot('newtab-name-first-smaller');
  await field.fill('Put on my walking shoes');
  await field.press('Enter');
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeFocused();
  const [walkNow] = await newtab.readStore('commitments');
  expect(walkNow).toMatchObject({
    step: 'Walk for ten minutes',
    smallerStep: 'Put on my walking shoes',
  });
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  await expect(newtab.step.getByRole('status')).toContainText('The smaller step counts');
  // The "too big" that asked for it is answered: no offer asks the same again today.
  await newtab.page.waitForTimeout(500);
  await expect(newtab.page.getByRole('button', { name: 'Make it smaller' })).toHaveCount(0);
  const wins = (await newtab.entries()).filter((e) => e.kind === 'win');
  expect(wins).toMatchObject([
    { commitmentId: 'c-walk', size: 'smaller', stepText: 'Put on my walking shoes' },
  ]);
});

test('"Too big" for a step with a smaller version: one "Make it smaller", on the card, and the new step at once', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Not today' }).click();
  await newtab.step.getByRole('button', { name: 'Too big' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Make it smaller' })).toBeVisible();
  // The offer beside the card would say the same: the page has one such button, not two.
  await newtab.page.waitForTimeout(500);
  await expect(newtab.page.getByRole('button', { name: 'Make it smaller' })).toHaveCount(1);
  await newtab.step.getByRole('button', { name: 'Make it smaller' }).click();
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeFocused();
  const [walkNow] = await newtab.readStore('commitments');
  expect(walkNow).toMatchObject({ step: 'Put on my walking shoes', smallerStep: '' });
});

test('"Too big" for the smaller step itself: "Make it smaller" asks for a new, smaller one, never the same step again', async ({
  seed,
  newtab,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  await newtab.step.getByRole('button', { name: 'Smaller step' }).click();
  await expect(newtab.step.getByText('Put on my walking shoes')).toBeVisible();
  await newtab.step.getByRole('button', { name: 'Not today' }).click();
  // The smaller step was the one set aside: nothing offers it again as "the smaller step".
  await expect(newtab.step.getByRole('button', { name: 'Try the smaller step' })).toHaveCount(0);
  await newtab.step.getByRole('button', { name: 'Too big' }).click();
  await newtab.step.getByRole('button', { name: 'Make it smaller' }).click();
  const field = newtab.step.getByLabel('A smaller version of this step, for days like this');
  await expect(field).toBeFocused();
  await expect(newtab.step.getByText('Up to 1,000 characters.')).toBeVisible();
  // Cancel gives focus back to the button that opened the field.
  await newtab.step.getByRole('button', { name: 'Cancel' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Make it smaller' })).toBeFocused();
  await newtab.step.getByRole('button', { name: 'Make it smaller' }).click();
  await field.fill('Look at my walking shoes');
  await field.press('Enter');
  await expect(newtab.step.getByText('Look at my walking shoes')).toBeVisible();
  const [walkNow] = await newtab.readStore('commitments');
  expect(walkNow).toMatchObject({
    step: 'Put on my walking shoes',
    smallerStep: 'Look at my walking shoes',
  });
});

test('the popup’s text fields show their limit as it nears, before anything is cut', async ({
  popup,
}) => {
  await popup.open();
  const field = popup.page.getByLabel('What did you do?');
  await field.fill('a'.repeat(500));
  await expect(popup.page.getByText(/characters left/)).toHaveCount(0);
  await field.fill('a'.repeat(950));
  await expect(popup.page.getByText('Up to 1,000 characters. 50 characters left.')).toBeVisible();
  await popup.page.getByLabel('Note').fill('b'.repeat(1990));
  await expect(popup.page.getByText('Up to 2,000 characters. 10 characters left.')).toBeVisible();
});
