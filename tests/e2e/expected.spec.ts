import { backup, connection, health, textFriend, walk } from './data';
import { expect, test } from './fixtures';

/**
 * "How do you think it will go?" before Done (issue 28): one optional tap wherever a step is
 * offered for doing now, kept for the step's win whichever surface the Done comes from, and
 * asked at most once a day per step.
 */

const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

test('the expected tap on the new tab, then Done in the popup: the win keeps expected, and felt beside it', async ({
  seed,
  newtab,
  popup,
}) => {
  await seed(backup({ commitments: [walk(everyDay)] }));
  await newtab.open();
  const ask = newtab.step.getByRole('group', { name: 'How do you think it will go? (optional)' });
  await expect(ask).toBeVisible();
  // It never stands in the way: Done is there before it and beside it.
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeEnabled();
  await ask.getByRole('radio', { name: /A bit hard$/ }).check();
  await expect(newtab.step.getByText('Noted. Thank you.')).toBeVisible();
  await newtab.screenshot('newtab-expected');
  // Nothing is logged yet: the answer waits on this computer for the step's win.
  expect(await newtab.entries()).toEqual([]);

  // Asked once a day: a new tab opened after the answer does not ask again, nor does the popup.
  await newtab.page.reload();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeVisible();
  await newtab.page.waitForTimeout(500);
  await expect(newtab.page.getByRole('group', { name: /How do you think/ })).toHaveCount(0);
  await popup.open();
  await expect(popup.done('Walk for ten minutes')).toBeVisible();
  await expect(popup.page.getByRole('group', { name: /How do you think/ })).toHaveCount(0);

  await popup.done('Walk for ten minutes').click();
  await popup.page
    .getByRole('group', { name: /How did it feel/ })
    .getByRole('radio', { name: /Good$/ })
    .first()
    .check();
  await expect(popup.page.getByText('Noted. Thank you.')).toBeVisible();
  const [win] = await popup.entries();
  expect(win).toMatchObject({ kind: 'win', commitmentId: 'c-walk', expected: 2, felt: 4 });
});

test('the popup asks about the first step not yet answered, by name, and its Done keeps the answer', async ({
  seed,
  popup,
}) => {
  const later = { ...everyDay, at: '00:01' };
  await seed(
    backup({ values: [health, connection], commitments: [walk(everyDay), textFriend(later)] }),
  );
  await popup.open();
  const ask = (step: string) =>
    popup.page.getByRole('group', { name: `How do you think "${step}" will go? (optional)` });
  await ask('Walk for ten minutes')
    .getByRole('radio', { name: /Really good$/ })
    .check();
  await expect(popup.page.getByText('Noted. Thank you.')).toBeVisible();
  await popup.screenshot('popup-expected');
  // Opened again: that step was answered today, so the next one is asked about.
  await popup.page.close();
  await popup.open();
  await expect(ask('Text one friend')).toBeVisible();
  await expect(popup.page.getByRole('group', { name: /How do you think/ })).toHaveCount(1);
  await popup.done('Walk for ten minutes').click();
  // One question at a time: after Done, "How did it feel?" has the popup's attention.
  await expect(popup.page.getByRole('group', { name: /How did it feel/ })).toBeVisible();
  await expect(popup.page.getByRole('group', { name: /How do you think/ })).toHaveCount(0);
  const [win] = await popup.entries();
  expect(win).toMatchObject({ kind: 'win', commitmentId: 'c-walk', expected: 5 });
  expect(win).not.toHaveProperty('felt');
});

test('the step a reminder opens asks too; its Done keeps the answer, and so does a Done after Undo', async ({
  seed,
  newtab,
}) => {
  await seed(
    backup({
      values: [health, connection],
      commitments: [walk(everyDay), textFriend(everyDay)],
    }),
  );
  // A reminder's body opens the new tab at its step (`?step=<id>`), whatever would be suggested.
  await newtab.open();
  await newtab.page.goto(`${newtab.url}?step=c-text`);
  await expect(newtab.step).toContainText('Text one friend');
  const ask = newtab.step.getByRole('group', { name: /How do you think it will go/ });
  await ask.getByRole('radio', { name: /Okay$/ }).check();
  await expect(newtab.step.getByText('Noted. Thank you.')).toBeVisible();
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  const [win] = await newtab.entries();
  expect(win).toMatchObject({ kind: 'win', commitmentId: 'c-text', expected: 3 });
  // Undo, then the smaller step: asked once a day, so not again, and the new win keeps it.
  await newtab.step.getByRole('button', { name: 'Undo' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Done' })).toBeFocused();
  await expect(newtab.step.getByRole('group', { name: /How do you think/ })).toHaveCount(0);
  await newtab.step.getByRole('button', { name: 'Smaller step' }).click();
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Undo' })).toBeVisible();
  const [smaller] = await newtab.entries();
  expect(smaller).toMatchObject({ commitmentId: 'c-text', size: 'smaller', expected: 3 });
});
