import type { BrowserContext, Worker } from '@playwright/test';
import { backup, health, nextMinuteCue, thisMinuteCue, tomorrowCue, walk } from './data';
import { expect, reloadExtension, serviceWorkerOf, stopServiceWorker, test } from './fixtures';

/** The alarms the worker holds, by name → scheduled time. */
async function alarmsOf(sw: Worker): Promise<Record<string, number>> {
  const alarms = await sw.evaluate(() => chrome.alarms.getAll());
  return Object.fromEntries(alarms.map((a) => [a.name, a.scheduledTime]));
}

/** The notifications showing, by id → true. */
async function notificationsOf(sw: Worker): Promise<string[]> {
  return Object.keys(await sw.evaluate(() => chrome.notifications.getAll()));
}

test('a time cue reminds on time even when the worker was stopped, and Done logs a win everywhere', async ({
  context,
  serviceWorker,
  seed,
  popup,
  newtab,
}, testInfo) => {
  test.setTimeout(150_000);
  const { cue, due } = nextMinuteCue();
  await seed(backup({ commitments: [walk(cue)] }));
  await expect.poll(() => alarmsOf(serviceWorker)).toMatchObject({ 'cue:c-walk': due });

  // Chrome stops idle workers; the alarm must wake it.
  await stopServiceWorker(context);
  await expect
    .poll(() => notificationsOf(serviceWorker), { timeout: 100_000, intervals: [250] })
    .toHaveLength(1);
  const late = Date.now() - due;
  testInfo.annotations.push({ type: 'reminder delay', description: `${late} ms after due` });
  console.log(`reminder appeared ${late} ms after its due time`);

  const [id] = await notificationsOf(serviceWorker);
  expect(id).toContain('|step|c-walk|');
  await serviceWorker.evaluate(
    (nid) => (chrome.notifications.onButtonClicked as any).dispatch(nid, 0),
    id,
  );
  await expect.poll(() => notificationsOf(serviceWorker)).not.toContain(id);

  await popup.open();
  await expect(
    popup.page.getByRole('button', { name: 'Undo: Walk for ten minutes', exact: true }),
  ).toBeVisible();
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await newtab.open();
  await expect(newtab.page.getByText('1 small win this week')).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});

test('Smaller step, then Not today: a skip is logged and nothing nags again', async ({
  serviceWorker,
  seed,
  popup,
}) => {
  // A cue due at the start of this minute, then its alarm: the reminder comes at once.
  const { cue } = thisMinuteCue();
  await seed(backup({ commitments: [walk(cue)] }));
  await serviceWorker.evaluate(() =>
    (chrome.alarms.onAlarm as any).dispatch({ name: 'cue:c-walk', scheduledTime: Date.now() }),
  );
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(1);
  const [id] = await notificationsOf(serviceWorker);
  await serviceWorker.evaluate(
    (nid) => (chrome.notifications.onButtonClicked as any).dispatch(nid, 1),
    id,
  );
  await expect
    .poll(() => notificationsOf(serviceWorker))
    .toEqual([id.replace('|step|', '|smaller|')]);
  await serviceWorker.evaluate(
    (nid) => (chrome.notifications.onButtonClicked as any).dispatch(nid, 1),
    id.replace('|step|', '|smaller|'),
  );
  await popup.open();
  await expect(popup.page.getByText('Not today: Walk for ten minutes')).toBeVisible();
});

test('clicking a reminder opens its step in a tab with every action', async ({
  context,
  serviceWorker,
  seed,
}) => {
  await seed(backup({ commitments: [walk(tomorrowCue())] }));
  const opened = context.waitForEvent('page');
  await serviceWorker.evaluate(() =>
    (chrome.notifications.onClicked as any).dispatch('footholds|smaller|c-walk|c-walk@1'),
  );
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toContain('newtab.html?step=c-walk&size=smaller');
  const step = tab.getByRole('region', { name: "Today's step" });
  await expect(step.getByText('Put on my walking shoes')).toBeVisible();
  await step.getByRole('button', { name: 'Done' }).click();
  await expect(step.getByRole('status')).toContainText('smaller step counts');
});

test('alarms equal the plan after clearing by hand, an extension reload and a browser relaunch', async ({
  context,
  extensionId,
  serviceWorker,
  seed,
  relaunch,
}) => {
  const every = [0, 1, 2, 3, 4, 5, 6];
  await seed(
    backup({
      commitments: [
        walk({ kind: 'time', at: '23:58', days: every }, 'c-late'),
        walk(
          { kind: 'anchor', text: 'after breakfast', remindAt: '00:01', days: every },
          'c-early',
        ),
        walk({ kind: 'browser-start' }, 'c-start'),
        { ...walk({ kind: 'time', at: '12:00', days: every }, 'c-paused'), status: 'paused' },
      ],
    }),
  );
  const plan = ['cue:c-early', 'cue:c-late', 'new-day'];
  const names = async (sw: Worker) => Object.keys(await alarmsOf(sw)).sort();
  // After a reload or relaunch, an extension page reads the alarms (the old worker handle is gone).
  const fromPage = async (ctx: BrowserContext) => {
    const page = await ctx.newPage();
    // Right after a reload the extension's pages are blocked for a moment.
    await expect(async () => {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
    }).toPass({ timeout: 5_000 });
    return async () => {
      const alarms = await page.evaluate(() => chrome.alarms.getAll());
      return alarms.map((a) => a.name).sort();
    };
  };
  await expect.poll(() => names(serviceWorker)).toEqual(plan);

  // 1. Cleared by hand, then the worker restarts (woken by a storage event).
  await serviceWorker.evaluate(() => chrome.alarms.clearAll());
  expect(await names(serviceWorker)).toEqual([]);
  await stopServiceWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/popup.html`);
  await page.evaluate(() => chrome.storage.local.set({ wake: Date.now() }));
  await expect.poll(() => names(serviceWorker), { timeout: 5_000 }).toEqual(plan);

  // 2. The extension reloads (as on an update).
  await serviceWorker.evaluate(() => chrome.alarms.clearAll());
  await reloadExtension(context, serviceWorker);
  const afterReload = await fromPage(context);
  await expect.poll(afterReload, { timeout: 5_000 }).toEqual(plan);

  // 3. The browser closes and starts again on the same profile.
  const again = await relaunch();
  await serviceWorkerOf(again);
  await expect.poll(await fromPage(again), { timeout: 5_000 }).toEqual(plan);
});

test('back at the computer after long enough reminds once; browser start reminds once that day', async ({
  serviceWorker,
  seed,
}) => {
  await seed(
    backup({
      values: [health],
      commitments: [
        walk({ kind: 'back-at-computer', awayMinutes: 5 }, 'c-back'),
        walk({ kind: 'browser-start' }, 'c-start'),
      ],
    }),
  );
  const dispatchIdle = (state: string) =>
    serviceWorker.evaluate((s) => (chrome.idle.onStateChanged as any).dispatch(s), state);

  await dispatchIdle('locked');
  // Pretend the screen was locked ten minutes ago (the worker keeps this in IndexedDB).
  await serviceWorker.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('footholds');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          tx.objectStore('state').put(Date.now() - 10 * 60_000, 'awaySince');
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await dispatchIdle('active');
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(1);
  expect((await notificationsOf(serviceWorker))[0]).toContain('|step|c-back|');

  // A short break does not remind again.
  await dispatchIdle('locked');
  await dispatchIdle('active');
  await serviceWorker.evaluate(() => (chrome.runtime.onStartup as any).dispatch());
  await expect.poll(() => notificationsOf(serviceWorker)).toHaveLength(2);
  await serviceWorker.evaluate(() => (chrome.runtime.onStartup as any).dispatch());
  await new Promise((r) => setTimeout(r, 500));
  const ids = await notificationsOf(serviceWorker);
  expect(ids.filter((i) => i.includes('|c-start|'))).toHaveLength(1);
  expect(ids.filter((i) => i.includes('|c-back|'))).toHaveLength(1);
});

test('on first install the options page opens at its welcome', async ({ context }) => {
  await expect
    .poll(() =>
      context
        .pages()
        .map((p) => p.url())
        .find((u) => u.includes('options.html')),
    )
    .toContain('options.html#welcome');
});
