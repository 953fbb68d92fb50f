import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { dayKey } from '@/utils/model/day';
import { backup, connection, health, textFriend, tomorrowCue, walk } from './data';
import { expect, serviceWorkerOf, test } from './fixtures';
import type { OptionsPage } from './pages/OptionsPage';

/**
 * The fault suite: nothing merged, doubled or left behind when the worker stops under
 * load, the extension is switched off and on, or two surfaces answer the same step at once.
 * "Within 5 s" below is a poll's timeout, never a timing claim: timing is the bench's.
 */

/** The plan both tests seed: two steps with clock cues, so alarms have something to equal. */
function plan() {
  return backup({
    values: [health, connection],
    commitments: [walk(tomorrowCue()), textFriend(tomorrowCue())],
  });
}

/** The names of Footholds' alarms the plan asks for: one per clock cue, and the new day. */
const PLAN_ALARMS = ['cue:c-text', 'cue:c-walk', 'new-day'];

/** Footholds' alarms now, by name, read from any extension page. */
async function alarmNames(page: Page): Promise<string[]> {
  const alarms = await page.evaluate(() => chrome.alarms.getAll());
  return alarms.map((a) => a.name).sort();
}

/**
 * Stops the service worker over CDP, as Chrome does when it is idle, and says whether it found
 * it running (a stop of a worker already stopped does not count). One CDP session for many stops.
 */
async function stopper(context: BrowserContext, page: Page) {
  const cdp: CDPSession = await context.newCDPSession(page);
  let running = false;
  const waiters: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as { runningStatus: string; scriptURL: string }[]) {
      if (!v.scriptURL.startsWith('chrome-extension://')) continue;
      running = v.runningStatus === 'running' || v.runningStatus === 'starting';
      if (v.runningStatus === 'stopped') for (const done of waiters.splice(0)) done();
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    isRunning: () => running,
    async stop(): Promise<boolean> {
      if (!running) return false;
      const stopped = new Promise<boolean>((done) => waiters.push(() => done(true)));
      await cdp.send('ServiceWorker.stopAllWorkers');
      // A stop counts only once the worker is seen stopped.
      return Promise.race([
        stopped,
        new Promise<boolean>((done) => setTimeout(done, 5_000, false)),
      ]);
    },
  };
}

/** The id of the reply the worker shows to a reminder's answer, once it is there (5 s poll). */
async function replyTo(worker: Worker, prefix: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const shown = await worker.evaluate(() => chrome.notifications.getAll());
        found = Object.keys(shown).find((id) => id.startsWith(prefix));
        return found;
      },
      { timeout: 5_000, intervals: [20, 50, 100] },
    )
    .toBeTruthy();
  return found as string;
}

/** Wakes a stopped worker by a storage change it listens for, and waits until it runs. */
async function wake(page: Page, isRunning: () => boolean): Promise<void> {
  await page.evaluate(() => chrome.storage.local.set({ 'footholds:poke': Date.now() }));
  await expect.poll(isRunning, { timeout: 5_000, intervals: [20, 50, 100] }).toBe(true);
}

test('a hundred worker stops under load: every acknowledged write is stored once, and alarms equal the plan', async ({
  context,
  serviceWorker,
  seed,
  popup,
  newtab,
}) => {
  test.setTimeout(180_000);
  await seed(plan());
  await popup.open();
  // The walk by link, as a reminder's click opens it: the card keeps it through Done and Undo.
  newtab.page = await context.newPage();
  await newtab.page.goto(`${newtab.url}?step=c-walk`);
  const stops = await stopper(context, newtab.page);
  await wake(newtab.page, stops.isRunning);
  const logged: string[] = [];
  let doneByReminder = 0;
  let storedByReminder = 0;
  let stopsCounted = 0;
  for (let i = 0; stopsCounted < 100; i++) {
    if (await stops.stop()) stopsCounted++;
    switch (i % 3) {
      case 0: {
        // The popup: a free-text win, acknowledged by its line in today's log.
        await popup.page.bringToFront();
        const words = `Small win number ${i}`;
        await popup.logWin(words);
        await expect(popup.page.getByText(new RegExp(`number ${i}\\b`))).toBeVisible();
        logged.push(words);
        break;
      }
      case 1: {
        // The new tab: Done on the walk, acknowledged by its reply, then Undo, acknowledged by
        // Done coming back. What stays is nothing, however often the worker stopped.
        await newtab.page.bringToFront();
        const step = newtab.step;
        const done = step.getByRole('button', { name: 'Done' });
        await done.click();
        await expect(step.getByRole('status')).toBeVisible();
        await step.getByRole('button', { name: 'Undo' }).click();
        await expect(done).toBeVisible();
        break;
      }
      default: {
        // A reminder's Done for the other step: the first stores a win, the rest say it is done.
        await wake(newtab.page, stops.isRunning);
        await serviceWorker.evaluate(
          (id) => (chrome.notifications.onButtonClicked as any).dispatch(id, 0),
          `footholds|step|c-text|c-text@${i}`,
        );
        // Acknowledged by its reply: a win stored (the reply then carries it) or "already done".
        const reply = await replyTo(serviceWorker, `footholds|reply|c-text|c-text@${i}`);
        // A reply that carries a win has one more part: the entry it stored.
        if (reply && reply.split('|').length > 4) storedByReminder++;
        doneByReminder++;
      }
    }
  }
  expect(stopsCounted).toBe(100);
  // The new tab's last Done stays: stored once, however the worker fared.
  await newtab.page.bringToFront();
  await newtab.step.getByRole('button', { name: 'Done' }).click();
  await expect(newtab.step.getByRole('button', { name: 'Undo' })).toBeVisible();
  await wake(newtab.page, stops.isRunning);
  const entries = await newtab.entries();
  const texts = entries.filter((e) => e.text).map((e) => e.text);
  expect(texts.sort()).toEqual([...logged].sort());
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  expect(entries.filter((e) => e.commitmentId === 'c-walk')).toHaveLength(1);
  await expect
    .poll(async () => (await newtab.entries()).filter((e) => e.commitmentId === 'c-text').length)
    .toBe(1);
  expect(doneByReminder).toBeGreaterThan(30);
  // The first reminder's Done stored the win; every later one said it was done already.
  expect(storedByReminder).toBe(1);
  await expect.poll(() => alarmNames(newtab.page), { timeout: 5_000 }).toEqual(PLAN_ALARMS);
});

test('switched off and on in chrome://extensions: alarms equal the plan again, and nothing is reminded twice', async ({
  context,
  extensionId,
  seed,
  newtab,
}) => {
  await seed(plan());
  await newtab.open();
  await expect.poll(() => alarmNames(newtab.page), { timeout: 5_000 }).toEqual(PLAN_ALARMS);
  const manager = await context.newPage();
  await manager.goto('chrome://extensions/');
  // The page has more than one switch: only Footholds' own card's.
  const toggle = manager.locator(`extensions-item#${extensionId}`).getByRole('switch');
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  // Switched off, the extension's alarms went with it; switched on, its worker starts again.
  const page = await context.newPage();
  await page.goto(newtab.url);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect.poll(() => alarmNames(page), { timeout: 5_000 }).toEqual(PLAN_ALARMS);
  const worker = await serviceWorkerOf(context);
  const shown = await worker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(shown)).toEqual([]);
  const entries = await newtab.entries().catch(async () => {
    newtab.page = page;
    return newtab.entries();
  });
  expect(entries).toEqual([]);
});

test('the same step marked Done in the popup and from a reminder at once is logged once', async ({
  serviceWorker,
  seed,
  popup,
  newtab,
}) => {
  // A step the popup lists today, with no clock reminder of its own.
  await seed(
    backup({ commitments: [walk({ kind: 'anchor', text: 'after lunch' })], values: [health] }),
  );
  await popup.open();
  await newtab.open();
  // Both at the same moment: the button's own click handler and the reminder's Done.
  const button = await popup.done('Walk for ten minutes').elementHandle();
  await Promise.all([
    button?.evaluate((b) => (b as HTMLButtonElement).click()),
    serviceWorker.evaluate(
      (id) => (chrome.notifications.onButtonClicked as any).dispatch(id, 0),
      'footholds|step|c-walk|c-walk@1',
    ),
  ]);
  await expect
    .poll(async () => (await newtab.entries()).filter((e) => e.commitmentId === 'c-walk').length)
    .toBe(1);
  // And the open new tab never offers it again as an extra.
  await expect(newtab.step.getByText('Walk for ten minutes')).toHaveCount(0);
  await newtab.page.waitForTimeout(500);
  expect((await newtab.entries()).filter((e) => e.commitmentId === 'c-walk')).toHaveLength(1);
});

/** What a backup export holds, by names and ids, to compare whole datasets. */
async function dataset(options: OptionsPage) {
  const file = JSON.parse(await options.exportBackup());
  return {
    values: file.values.map((v: { name: string }) => v.name).sort(),
    commitments: file.commitments.map((c: { id: string }) => c.id).sort(),
    entries: file.entries.map((e: { id: string }) => e.id).sort(),
  };
}

test('delete, import and Undo in every order: always exactly one dataset, and the page says which', async ({
  context,
  seed,
  options,
}) => {
  test.setTimeout(120_000);
  const a = backup({
    values: [health, connection],
    commitments: [walk(tomorrowCue()), textFriend(tomorrowCue())],
    entries: [
      {
        id: 'a-win',
        kind: 'win',
        at: Date.now() - 3_600_000,
        day: dayKey(new Date(Date.now() - 3_600_000)),
        source: 'popup',
        valueId: health.id,
        text: 'Stretched',
        size: 'full',
      },
    ],
  });
  const b = backup({ values: [{ ...health, id: 'v-rest', name: 'Rest' }] });
  const A = {
    values: ['Connection', 'Health'],
    commitments: ['c-text', 'c-walk'],
    entries: ['a-win'],
  };
  const B = { values: ['Rest'], commitments: [], entries: [] };
  const EMPTY = { values: [], commitments: [], entries: [] };

  /** Starts from dataset A with a reminder put off ("Remind me in 30 minutes"). */
  const startFromA = async () => {
    await seed(a);
    const tab = await context.newPage();
    await tab.goto(`chrome-extension://${new URL(options.url).host}/newtab.html?step=c-walk`);
    await tab.getByRole('button', { name: 'Remind me in 30 minutes' }).click();
    await expect(
      tab.getByRole('status').filter({ hasText: 'A reminder will come at' }),
    ).toBeVisible();
    await expect.poll(() => alarmNames(tab), { timeout: 5_000 }).toContain('later:c-walk');
    await tab.close();
    await options.openAt('data');
  };
  const page = () => options.page;
  const status = () => page().getByRole('status');
  const undo = () => page().getByRole('button', { name: 'Undo', exact: true });
  const deleteAll = async () => {
    await page().getByRole('button', { name: 'Delete everything', exact: true }).click();
    await options
      .region('Delete everything stored here?')
      .getByRole('button', { name: 'Yes, delete everything' })
      .click();
    await expect(status()).toContainText('Everything was deleted from this browser.');
    // Every trace goes, the put-off reminder included.
    await expect.poll(() => alarmNames(page()), { timeout: 5_000 }).toEqual(['new-day']);
  };
  const importB = async () => {
    // While the deletion's Undo is on offer, even an empty profile asks first, and says the
    // import ends it, never silently.
    const undoOnOffer = await undo().isVisible();
    await options.chooseBackup(b);
    const question = options.region('Replace what is stored?');
    const replace = question.getByRole('button', { name: 'Replace with this backup' });
    if (undoOnOffer) await expect(question).toContainText('ends the Undo of Delete everything');
    await expect(replace.or(status().filter({ hasText: 'Backup loaded' }))).toBeVisible();
    if (await replace.isVisible()) await replace.click();
    await expect(status()).toContainText('Backup loaded');
  };
  const orders: {
    name: string;
    steps: (() => Promise<void>)[];
    undo: 'restores' | 'withdrawn';
    result: typeof A;
  }[] = [
    { name: 'delete, undo', steps: [deleteAll], undo: 'restores', result: A },
    { name: 'delete, import, undo', steps: [deleteAll, importB], undo: 'withdrawn', result: B },
    { name: 'import, delete, undo', steps: [importB, deleteAll], undo: 'restores', result: B },
    {
      name: 'delete, import, delete, undo',
      steps: [deleteAll, importB, deleteAll],
      undo: 'restores',
      result: B,
    },
  ];
  for (const order of orders) {
    await test.step(order.name, async () => {
      await startFromA();
      for (const step of order.steps) await step();
      if (order.undo === 'restores') {
        await undo().click();
        await expect(status()).toHaveText('Everything is back as it was.');
      } else {
        // The import wrote since the deletion: Undo is gone, and the page says why.
        await expect(undo()).toHaveCount(0);
      }
      expect(await dataset(options)).toEqual(order.result);
      const alarms = await alarmNames(page());
      // The put-off reminder comes back only with the dataset it belonged to.
      if (order.result === A) expect(alarms).toContain('later:c-walk');
      else expect(alarms.filter((n) => n.startsWith('later:'))).toEqual([]);
      await page().close();
    });
  }
  // And Undo offered while a win is logged elsewhere is withdrawn at once, in words.
  await startFromA();
  await deleteAll();
  const popupPage = await context.newPage();
  await popupPage.goto(options.url.replace('options.html', 'popup.html'));
  await popupPage.getByLabel('What did you do?').fill('Drank water');
  await popupPage.getByLabel('What did you do?').press('Enter');
  await expect(status()).toHaveText(/Undo is no longer offered/);
  await expect(undo()).toHaveCount(0);
  const after = await dataset(options);
  expect([after.values, after.commitments, after.entries.length]).toEqual([
    EMPTY.values,
    EMPTY.commitments,
    1,
  ]);
});

test('"Your data" says how much Footholds stores and that it stays until the person deletes it', async ({
  seed,
  options,
}) => {
  await seed(plan());
  await options.openAt('data');
  const said = options.page.getByText(/Footholds keeps about \d+(\.\d)? (kB|MB) in this browser\./);
  await expect(said).toBeVisible();
  await expect(said).toContainText('It stays until you delete it here or remove Footholds');
  await options.screenshot('options-data-storage');
});

test('an import in Options shows on the new tab and the popup already open', async ({
  seed,
  options,
  newtab,
  popup,
}) => {
  await seed(plan());
  await newtab.open();
  await popup.open();
  await expect(newtab.heading).not.toHaveText('Rest');
  await options.openAt('data');
  await options.importBackup(backup({ values: [{ ...health, id: 'v-rest', name: 'Rest' }] }));
  await expect(options.page.getByRole('status')).toContainText('Backup loaded');
  await expect(newtab.heading).toHaveText('Rest');
  await expect(popup.page.getByRole('option', { name: 'Rest' })).toHaveCount(1);
  await expect(popup.page.getByRole('button', { name: /^Done: / })).toHaveCount(0);
});
