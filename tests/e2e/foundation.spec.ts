import { expect, stopServiceWorker, test } from './fixtures';

test('the built extension loads with exactly the permissions it needs', async ({
  serviceWorker,
}) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Footholds');
  expect([...(manifest.permissions ?? [])].sort()).toEqual(
    ['alarms', 'idle', 'notifications', 'storage', 'unlimitedStorage'].sort(),
  );
  expect(manifest.host_permissions ?? []).toEqual([]);
});

test('a win logged in the popup shows on the new tab', async ({ popup, newtab }) => {
  await popup.open();
  await popup.logWin('Watered the plant');
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await newtab.open();
  await expect(newtab.page.getByText('1 small win today')).toBeVisible();
});

test('data survives a worker stop and a browser relaunch', async ({
  context,
  popup,
  newtab,
  relaunch,
}) => {
  await popup.open();
  await popup.logWin('Opened the window');
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await stopServiceWorker(context);
  await newtab.open();
  await expect(newtab.page.getByText('1 small win today')).toBeVisible();
  await relaunch();
  newtab.page = await context.newPage();
  await newtab.page.goto(newtab.url);
  await expect(newtab.page.getByText('1 small win today')).toBeVisible();
});

test('export then import in the options page round-trips, and a bad file changes nothing', async ({
  popup,
  options,
}) => {
  await popup.open();
  await popup.logWin('Made the bed');
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await options.open();
  const file = await options.exportBackup();
  const backup = JSON.parse(file);
  expect(backup).toMatchObject({ format: 'footholds-backup', version: 1 });
  expect(backup.entries).toHaveLength(1);

  const broken = { ...backup, entries: [{ ...backup.entries[0], day: 'Tuesday' }] };
  await options.importBackup(JSON.stringify(broken));
  await expect(options.page.getByRole('alert')).toContainText(
    'Entry 1 (a win: "Made the bed"): the day should be a day written like 2026-11-23.',
  );
  expect(JSON.parse(await options.exportBackup()).entries).toEqual(backup.entries);

  const twoWins = {
    ...backup,
    entries: [...backup.entries, { ...backup.entries[0], id: 'second', text: 'Drank water' }],
  };
  await options.importBackup(JSON.stringify(twoWins));
  await expect(options.page.getByRole('status')).toContainText('2 entries');
  const again = JSON.parse(await options.exportBackup());
  expect(again.entries).toHaveLength(2);
});

test('a log kept one record per entry (database version 1) is moved into days, nothing lost', async ({
  context,
  extensionId,
  popup,
  options,
}) => {
  // Nothing of the extension may hold the database open while the old version is written:
  // not the worker, and not the welcome tab the first install opened.
  await stopServiceWorker(context);
  for (const open of context.pages()) await open.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/icon/16.png`);
  await page.evaluate(async () => {
    const done = (request: IDBRequest | IDBOpenDBRequest) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    // The worker may wake (an alarm, the idle state) and open the database again between the
    // delete and the open; it then closes its connection for the delete, so try again.
    for (let tries = 1; ; tries++) {
      await done(indexedDB.deleteDatabase('footholds'));
      try {
        await writeVersion1();
        return;
      } catch (error) {
        if ((error as DOMException).name !== 'VersionError' || tries === 5) throw error;
      }
    }
    async function writeVersion1() {
      const opening = indexedDB.open('footholds', 1);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        db.createObjectStore('values', { keyPath: 'id' });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('byDay', 'day');
        entries.createIndex('byCommitment', 'commitmentId');
        entries.createIndex('byAt', 'at');
        const win = { kind: 'win', source: 'popup', size: 'full' };
        entries.add({ ...win, id: 'old', text: 'Swept the step', at: 1_000, day: '1970-01-01' });
        entries.add({ ...win, id: 'now', text: 'Kept from before', at: now.getTime(), day: today });
        db.createObjectStore('settings');
        db.createObjectStore('state');
      };
      (await done(opening)) as IDBDatabase;
      opening.result.close();
    }
  });
  await page.close();

  await popup.open();
  await expect(popup.page.getByText('Kept from before')).toBeVisible();
  await expect(popup.page.getByText('1 small win today')).toBeVisible();
  await options.open();
  const backup = JSON.parse(await options.exportBackup());
  expect(backup.entries.map((e: { id: string }) => e.id)).toEqual(['old', 'now']);
});
