/**
 * The log on two computers, one after the other, in real Chromium (each its own profile; the
 * test carries `chrome.storage.sync` items across as the browser's sync would). With "Also my log
 * from the last 30 days" ticked on both: a win and a check-in logged on A appear on B's new tab,
 * History and badge; the step done on A is not reminded on B that day while the other step is;
 * Delete everything on A "on this computer only" leaves B as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, connection, health, textFriend, walk } from './data';
import { expect, launch, serviceWorkerOf, test } from './fixtures';
import { NewTabPage } from './pages/NewTabPage';
import { OptionsPage } from './pages/OptionsPage';
import { deliver, type Items, syncedWhen, syncItems, turnLogOn, turnOn } from './syncHelpers';

const start = { kind: 'browser-start' };

/** The log days in sync storage, as one text to look for words in. */
const logText = (items: Items) =>
  JSON.stringify(Object.entries(items).filter(([key]) => key.startsWith('log.')));

test('a win logged on A counts on B, is not reminded there, and Delete everything on A only leaves B as it was', async ({
  context,
  extensionId,
  options,
  popup,
  seed,
}) => {
  test.setTimeout(180_000);
  // Computer A: two steps, sync with the log on, the walk done and a check-in with a note.
  await seed(
    backup({
      values: [health, connection],
      commitments: [walk(start), textFriend(start)],
    }),
  );
  await turnOn(options);
  await turnLogOn(options);
  await popup.open();
  await popup.done('Walk for ten minutes').click();
  await expect(popup.page.getByRole('status')).toContainText('1 small win this week');
  await popup.checkIn(4, 3, 'Slept well');
  const fromA = await syncedWhen(
    context,
    extensionId,
    (i) => logText(i).includes('c-walk') && logText(i).includes('Slept well'),
  );
  await popup.page.close();

  const dirB = mkdtempSync(join(tmpdir(), 'footholds-e2e-b-'));
  let contextB = await launch(dirB);
  try {
    // Computer B: A's items arrive, then both boxes are ticked as a person would.
    const idB = new URL((await serviceWorkerOf(contextB)).url()).host;
    let optionsB = new OptionsPage(contextB, idB);
    await deliver(contextB, idB, fromA);
    await turnOn(optionsB);
    // B found A's plan waiting: it asks, once, who reminds (reminders stay on until answered).
    await expect(
      optionsB.page.getByRole('heading', { name: 'Reminders on this computer too?' }),
    ).toBeVisible({ timeout: 15_000 });
    await optionsB.page.screenshot({
      path: 'test-results/screenshots/settings-sync-ask.png',
      fullPage: true,
    });
    await turnLogOn(optionsB);
    const newtabB = new NewTabPage(contextB, idB);
    await newtabB.open();
    await expect(newtabB.page.getByText('1 small win this week')).toBeVisible({ timeout: 20_000 });
    const history = await optionsB.openAt('history');
    await expect(history.getByText('Slept well')).toBeVisible();
    await expect(history.getByText(/^Walk for ten minutes for Health/)).toBeVisible();
    const workerB = await serviceWorkerOf(contextB);
    await expect.poll(() => workerB.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    // The browser starts on B: the text-a-friend step is reminded, the walk done on A is not.
    await workerB.evaluate(() => (chrome.runtime.onStartup as any).dispatch());
    const shown = () =>
      workerB.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    await expect.poll(async () => (await shown()).some((id) => id.includes('c-text'))).toBe(true);
    expect((await shown()).some((id) => id.includes('c-walk'))).toBe(false);
    await contextB.close();

    // Back on A: Delete everything, on this computer only. Sync goes off here first.
    const data = await options.openAt('data');
    await data.getByRole('button', { name: 'Delete everything' }).click();
    await expect(
      data
        .getByRole('group', { name: 'Where?' })
        .getByRole('radio', { name: 'On this computer only' }),
    ).toBeChecked();
    // The answer is kept true in the words: every computer would take the log's window too.
    const where = data.getByRole('group', { name: 'Where?' });
    await where.getByRole('radio', { name: 'On every computer' }).check();
    await expect(where).toContainText('and your log from the last 30 days, are also removed');
    await where.getByRole('radio', { name: 'On this computer only' }).check();
    await data.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(data.getByText('Everything was deleted from this browser.')).toBeVisible();
    // Longer than the gap between writes: nothing of the deletion goes out.
    await data.waitForTimeout(11_000);
    const afterDelete = await syncItems(context, extensionId);
    expect(logText(afterDelete)).toContain('c-walk');

    // B, later, with what A's sync storage now holds: its log and plan are as they were.
    contextB = await launch(dirB);
    optionsB = new OptionsPage(contextB, idB);
    await deliver(contextB, idB, afterDelete);
    const historyB = await optionsB.openAt('history');
    await expect(historyB.getByText('Slept well')).toBeVisible();
    const newtabB2 = new NewTabPage(contextB, idB);
    await newtabB2.open();
    await expect(newtabB2.heading).not.toHaveText('Welcome to Footholds');
    await expect(newtabB2.page.getByText('1 small win this week')).toBeVisible();
  } finally {
    await contextB.close();
    rmSync(dirB, { recursive: true, force: true });
  }
});
