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

test('the browser shows the name, description and tooltip from the English catalogue', async ({
  serviceWorker,
  context,
  extensionId,
}) => {
  // What a person sees, never the `__MSG_…__` the built manifest holds.
  const shown = await serviceWorker.evaluate(async () => ({
    description: chrome.runtime.getManifest().description,
    title: await chrome.action.getTitle({}),
    locale: chrome.i18n.getMessage('locale'),
  }));
  expect(shown).toEqual({
    description: 'Small, kind, repeated steps toward what matters to you.',
    title: 'Footholds',
    locale: 'en',
  });
  const manager = await context.newPage();
  await manager.goto('chrome://extensions/');
  await expect(manager.locator(`extensions-item#${extensionId}`).locator('#name')).toHaveText(
    'Footholds',
  );
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
