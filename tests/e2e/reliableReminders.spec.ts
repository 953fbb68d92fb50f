/**
 * Reminders a person can rely on and that never nag, in real Chromium with the built
 * extension: quiet hours hold a reminder until they end, "Remind me in 30 minutes", three
 * ignored reminders stop the cue, Undo on the reply, and a pause of all reminders. Waits stay
 * short: short alarms in the unpacked build, and the worker's log edited to stand for days.
 */
import type { Worker } from '@playwright/test';
import { backup, thisMinuteCue, tomorrowCue, walk } from './data';
import { expect, stopServiceWorker, test } from './fixtures';
import { alarmsOf, fire, hhmm, notificationsOf } from './worker';

/** Merges `patch` into the worker's reminder log in IndexedDB (to stand for time passing). */
function patchLog(sw: Worker, patch: Record<string, unknown>) {
  return sw.evaluate(
    (p) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('footholds');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          const store = tx.objectStore('state');
          const get = store.get('reminders');
          get.onsuccess = () => store.put({ ...(get.result ?? {}), ...p }, 'reminders');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    patch,
  );
}

/** Waits, if need be, so at least `seconds` are left in the current minute. */
async function roomInMinute(seconds: number) {
  const left = 60 - new Date().getSeconds();
  if (left < seconds) await new Promise((r) => setTimeout(r, (left + 1) * 1000));
}

test('a cue due inside quiet hours that end a minute later reminds once after they end', async ({
  context,
  serviceWorker,
  seed,
}, testInfo) => {
  test.setTimeout(180_000);
  // Quiet hours of 23:59–00:00 would end tomorrow, which this test is not about: start after.
  await roomInMinute(15);
  if (new Date().getHours() === 23 && new Date().getMinutes() === 59) await roomInMinute(61);
  const now = new Date();
  const end = new Date(now.getTime() + 60_000);
  const { cue } = thisMinuteCue(now);
  await seed(
    backup({
      commitments: [walk(cue)],
      settings: { quietHours: { start: hhmm(now), end: hhmm(end) } },
    }),
  );
  await fire(serviceWorker, 'cue:c-walk');
  await expect.poll(() => alarmsOf(serviceWorker)).toHaveProperty('quiet-end');
  const quietEnd = (await alarmsOf(serviceWorker))['quiet-end'];
  expect(hhmm(new Date(quietEnd))).toBe(hhmm(end));
  expect(await notificationsOf(serviceWorker)).toEqual([]);

  await stopServiceWorker(context);
  await expect
    .poll(() => notificationsOf(serviceWorker), { timeout: 75_000, intervals: [250] })
    .toHaveLength(1);
  testInfo.annotations.push({
    type: 'after quiet hours',
    description: `${Date.now() - quietEnd} ms`,
  });
  expect((await notificationsOf(serviceWorker))[0]).toContain('|step|c-walk|');
  // Once: neither the cue's alarm nor the end of quiet hours brings it again.
  for (const id of await notificationsOf(serviceWorker)) {
    await serviceWorker.evaluate((n) => chrome.notifications.clear(n), id);
  }
  await fire(serviceWorker, 'quiet-end');
  await fire(serviceWorker, 'cue:c-walk');
  await new Promise((r) => setTimeout(r, 500));
  expect(await notificationsOf(serviceWorker)).toEqual([]);
});

test('"Remind me in 30 minutes" keeps an alarm through a worker stop, and it comes once', async ({
  context,
  serviceWorker,
  seed,
}) => {
  test.setTimeout(60_000);
  await seed(backup({ commitments: [walk(tomorrowCue())] }));
  const opened = context.waitForEvent('page');
  await serviceWorker.evaluate(() =>
    (chrome.notifications.onClicked as any).dispatch('footholds|step|c-walk|c-walk@1'),
  );
  const tab = await opened;
  await tab.waitForLoadState();
  await expect(tab.getByRole('region', { name: "Today's step" })).toContainText('Walk for ten');
  const clicked = Date.now();
  await tab.getByRole('button', { name: 'Remind me in 30 minutes' }).click();
  await expect(
    tab.getByRole('status').filter({ hasText: 'A reminder will come at' }),
  ).toBeVisible();
  await tab.screenshot({
    path: 'test-results/screenshots/newtab-remind-later.png',
    fullPage: true,
  });
  await expect.poll(() => alarmsOf(serviceWorker)).toHaveProperty('later:c-walk');
  const at = (await alarmsOf(serviceWorker))['later:c-walk'];
  expect(Math.abs(at - clicked - 30 * 60_000)).toBeLessThan(10_000);

  await stopServiceWorker(context);
  const alarms = await tab.evaluate(() => chrome.alarms.getAll());
  expect(alarms.find((a) => a.name === 'later:c-walk')?.scheduledTime).toBe(at);

  // The unpacked build lets a test shorten the wait; a store build never reads this.
  await tab.evaluate(() => chrome.storage.local.set({ 'footholds:test-snooze-ms': 3000 }));
  await tab.reload();
  await tab.getByRole('button', { name: 'Remind me in 30 minutes' }).click();
  await expect(
    tab.getByRole('status').filter({ hasText: 'A reminder will come at' }),
  ).toBeVisible();
  await stopServiceWorker(context);
  await expect
    .poll(() => notificationsOf(serviceWorker), { timeout: 20_000, intervals: [250] })
    .toHaveLength(1);
  expect((await notificationsOf(serviceWorker))[0]).toMatch(/\|step\|c-walk\|.*-later$/);
  expect(await alarmsOf(serviceWorker)).not.toHaveProperty('later:c-walk');
});

test('three ignored reminders stop the cue, and the new tab and the card say so kindly', async ({
  serviceWorker,
  seed,
  newtab,
  options,
}) => {
  const { cue } = thisMinuteCue();
  await seed(backup({ commitments: [walk(cue)] }));
  const shownCount: number[] = [];
  for (let i = 0; i < 4; i++) {
    // Stands for the next day: the occurrence is owed again.
    await patchLog(serviceWorker, { sent: [], lastFired: {} });
    await fire(serviceWorker, 'cue:c-walk');
    await new Promise((r) => setTimeout(r, 300));
    const ids = await notificationsOf(serviceWorker);
    shownCount.push(ids.length);
    for (const id of ids) await serviceWorker.evaluate((n) => chrome.notifications.clear(n), id);
  }
  expect(shownCount).toEqual([1, 1, 1, 0]);

  await newtab.open();
  const note = newtab.page.getByRole('region', { name: 'Reminders are resting for one step' });
  await expect(note).toContainText('Walk for ten minutes');
  await expect(note.getByRole('button', { name: 'Keep reminding me' })).toBeVisible();
  await newtab.screenshot('newtab-reminders-resting');
  await note.getByRole('link', { name: 'Move it to another time' }).click();
  await expect(newtab.page).toHaveURL(/options\.html#steps\?edit=c-walk/);
  await expect(newtab.page.getByLabel('Time', { exact: true }).first()).toBeVisible();

  await options.openAt('steps');
  const card = options.page.getByRole('article', { name: /walk for ten minutes/i });
  await expect(card).toContainText('Reminders for this step are resting');
  await options.screenshot('options-card-reminders-resting');
  await card.getByRole('button', { name: 'Keep reminding me' }).click();
  await expect(options.page.getByRole('status').first()).toContainText('will come again');
  await patchLog(serviceWorker, { sent: [], lastFired: {} });
  await fire(serviceWorker, 'cue:c-walk');
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(1);
});

test('"Undo" on the reply after Done removes the win', async ({ serviceWorker, seed, popup }) => {
  const { cue } = thisMinuteCue();
  await seed(backup({ commitments: [walk(cue)] }));
  await fire(serviceWorker, 'cue:c-walk');
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(1);
  const [id] = await notificationsOf(serviceWorker);
  await serviceWorker.evaluate(
    (n) => (chrome.notifications.onButtonClicked as any).dispatch(n, 0),
    id,
  );
  await expect
    .poll(async () => (await notificationsOf(serviceWorker))[0] ?? '')
    .toContain('|reply|');
  const [replyId] = await notificationsOf(serviceWorker);
  await popup.open();
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await serviceWorker.evaluate(
    (n) => (chrome.notifications.onButtonClicked as any).dispatch(n, 0),
    replyId,
  );
  await expect
    .poll(async () => (await notificationsOf(serviceWorker)).join(','))
    .not.toContain(replyId);
  await popup.open();
  await expect(popup.page.getByText('Nothing logged today yet')).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('a pause of all reminders holds every alarm back until it ends', async ({
  context,
  serviceWorker,
  seed,
  options,
  popup,
}) => {
  test.setTimeout(60_000);
  const { cue } = thisMinuteCue();
  await seed(
    backup({
      commitments: [walk(cue), walk(tomorrowCue(), 'c-lunch')],
    }),
  );
  await expect.poll(() => alarmsOf(serviceWorker)).toHaveProperty('cue:c-lunch');
  await options.openAt('settings');
  const pause = options.page.getByRole('group', { name: 'Pause reminders for…' });
  const started = Date.now();
  await pause.getByRole('button', { name: 'A day' }).click();
  await expect(options.page.getByText('Reminders are resting until')).toBeVisible();
  await options.screenshot('settings-reminders-paused');
  await expect
    .poll(async () => Object.keys(await alarmsOf(serviceWorker)).sort())
    .toEqual(['new-day', 'pause-end']);
  const end = (await alarmsOf(serviceWorker))['pause-end'];
  expect(Math.abs(end - started - 24 * 3_600_000)).toBeLessThan(70_000 + 3_600_000);
  await fire(serviceWorker, 'cue:c-walk');
  await new Promise((r) => setTimeout(r, 300));
  expect(await notificationsOf(serviceWorker)).toEqual([]);
  await popup.open();
  await expect(popup.page.getByText('Reminders are resting until')).toBeVisible();
  await popup.screenshot('popup-reminders-paused');

  // Stand for the day passing: the pause ends in 3 s, and its alarm wakes a stopped worker.
  const soon = Date.now() + 3000;
  await patchLog(serviceWorker, { pausedUntil: soon });
  await serviceWorker.evaluate((when) => chrome.alarms.create('pause-end', { when }), soon);
  await stopServiceWorker(context);
  await expect
    .poll(() => alarmsOf(serviceWorker), { timeout: 20_000, intervals: [250] })
    .toHaveProperty('cue:c-lunch');
  // What was due during the pause is not owed afterwards.
  expect(await notificationsOf(serviceWorker)).toEqual([]);
  await popup.open();
  await expect(popup.page.getByRole('group', { name: 'Pause reminders for…' })).toBeVisible();
});
