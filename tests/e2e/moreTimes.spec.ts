/**
 * A step with two times a day (issue 28), in real Chromium with the built extension: the cue
 * editor adds the second time, the worker keeps one alarm per time (`cue:<id>` and
 * `cue:<id>@HH:MM`), and once the step is done that day the second time shows nothing.
 */
import type { Worker } from '@playwright/test';
import { backup, walk } from './data';
import { expect, test } from './fixtures';
import { alarmsOf, fire, hhmm, notificationsOf } from './worker';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Forgets what the worker reminded today, so the same time is owed again (as a new day would). */
function forgetReminded(sw: Worker) {
  return sw.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('footholds');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          const store = tx.objectStore('state');
          const get = store.get('reminders');
          get.onsuccess = () =>
            store.put({ ...(get.result ?? {}), sent: [], lastFired: {} }, 'reminders');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Just after midnight, how long to wait for the day's third minute (so a minute or two ago is
 * today), in ms; 0 at any other time. */
function untilTheDaysThirdMinute(): number {
  const now = new Date();
  const intoDay = (now.getHours() * 60 + now.getMinutes()) * 60 + now.getSeconds();
  return intoDay < 180 ? (181 - intoDay) * 1000 : 0;
}

test('a step with two times has two alarms, and the second shows nothing after Done', async ({
  serviceWorker,
  seed,
  options,
  popup,
}) => {
  const wait = untilTheDaysThirdMinute();
  test.setTimeout(90_000 + wait);
  await new Promise((r) => setTimeout(r, wait));
  // The first time two minutes ago, the second a minute ago: both already came today, so the
  // second is owed whenever its alarm fires, whatever the hour the test runs at.
  const now = new Date();
  const first = hhmm(new Date(now.getTime() - 2 * 60_000));
  const second = hhmm(new Date(now.getTime() - 60_000));
  await seed(backup({ commitments: [walk({ kind: 'time', at: first, days: EVERY_DAY })] }));

  const page = await options.openAt('steps');
  await options.step('Walk for ten minutes').getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Add a time' }).click();
  const another = page.getByLabel('Second time', { exact: true });
  await expect(another).toBeFocused();
  await another.fill(second);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(1);
  await page.locator('form.editor').screenshot({
    path: `${process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results'}/screenshots/cue-editor-two-times.png`,
  });
  await page.getByRole('button', { name: 'Save step' }).click();
  await expect(options.step('Walk for ten minutes')).toContainText(' and ');

  const first_ = 'cue:c-walk';
  const second_ = `cue:c-walk@${second}`;
  await expect
    .poll(async () =>
      Object.keys(await alarmsOf(serviceWorker))
        .filter((n) => n.startsWith('cue:'))
        .sort(),
    )
    .toEqual([first_, second_].sort());
  const file = JSON.parse(await options.exportBackup());
  expect(file.commitments[0].cue).toMatchObject({ at: first, alsoAt: [second] });

  // Before Done, the second time's alarm reminds.
  await fire(serviceWorker, second_);
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(1);
  for (const id of await notificationsOf(serviceWorker)) {
    await serviceWorker.evaluate((n) => chrome.notifications.clear(n), id);
  }

  // Done, then the second time is owed again: it shows nothing that day.
  await popup.open();
  await popup.done('Walk for ten minutes').click();
  await expect(popup.page.getByRole('status')).toContainText(/small win/);
  await forgetReminded(serviceWorker);
  await fire(serviceWorker, second_);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await notificationsOf(serviceWorker)).toEqual([]);
  expect(await alarmsOf(serviceWorker)).toHaveProperty(second_);
});
