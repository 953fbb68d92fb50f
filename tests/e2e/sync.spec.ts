import { expect, test } from './fixtures';

/**
 * Sync through the browser's own `storage.sync` (issue 22): opt-in from Settings, in plain
 * words. Controls are found by role and name; screenshots go to
 * test-results/screenshots/settings-sync-*.png to be looked at, in light and dark.
 */

test.describe('the Sync section', () => {
  test('is in Settings, off by default, and says what goes and what stays', async ({ options }) => {
    await options.openAt('settings');
    const page = options.page;
    const section = page.getByRole('region', { name: 'Sync' });
    await expect(section.getByRole('heading', { name: 'Sync', exact: true })).toBeVisible();
    const choice = section.getByRole('checkbox', { name: 'My values, steps and settings' });
    await expect(choice).toBeVisible();
    await expect(choice).not.toBeChecked();
    await expect(
      section.getByRole('checkbox', { name: 'Also my log from the last 30 days' }),
    ).toBeDisabled();
    await expect(section).toContainText('steps with their cues and pauses');
    await expect(section).toContainText('stay on this computer');
    await expect(section).toContainText('Footholds itself still sends nothing anywhere');
    await expect(section).toContainText('“Extensions”');
    await expect(section).toContainText('“Add-ons”');
    await expect(section.getByRole('meter')).toHaveCount(0);
    await expect(page.locator('footer')).toContainText('Nothing is sent anywhere.');
    await options.screenshot('settings-sync-off');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await options.screenshot('settings-sync-off-dark');
  });

  test('Help explains it for a person: what goes, what stays, the browsers’ switches', async ({
    options,
  }) => {
    await options.openAt('help');
    const card = options.page.getByRole('region', { name: 'Your plan on your other computers' });
    await expect(card).toContainText('Sync is off until you turn it on');
    await expect(card).toContainText('stay on each computer');
    await expect(card).toContainText('“Extensions”');
    await expect(card).toContainText('“Add-ons”');
    await expect(card).toContainText('To stop, untick the box');
  });

  test('ticked, shows the share of sync storage in use; unticked, offers to remove the copy', async ({
    options,
  }) => {
    await options.openAt('settings');
    const page = options.page;
    const section = page.getByRole('region', { name: 'Sync' });
    const choice = section.getByRole('checkbox', { name: 'My values, steps and settings' });
    await choice.check();
    await expect(choice).toBeChecked();
    const meter = section.getByRole('meter', { name: 'Sync storage in use' });
    await expect(meter).toBeVisible();
    await expect(section).toContainText(/Using \d+ KB of 100 KB/);
    // The page says what now travels, wherever it speaks of privacy.
    await expect(page.locator('footer')).toContainText(
      "Your values, steps and settings also travel through this browser's own sync",
    );
    await options.screenshot('settings-sync-on');
    // The log's tick, enabled now, adds the last 30 days; the footer says so too.
    const log = section.getByRole('checkbox', { name: 'Also my log from the last 30 days' });
    await log.check();
    await expect(log).toBeChecked();
    await expect(section).toContainText('Entries older than 30 days');
    await expect(
      section.getByRole('checkbox', { name: 'Remind me on this computer' }),
    ).toBeChecked();
    await expect(page.locator('footer')).toContainText('your log from the last 30 days');
    await options.screenshot('settings-sync-log');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await options.screenshot('settings-sync-on-dark');
    await log.uncheck();

    await choice.uncheck();
    await expect(choice).not.toBeChecked();
    await expect(meter).toHaveCount(0);
    await expect(page.locator('footer')).toContainText('Nothing is sent anywhere.');
    await section.getByRole('button', { name: 'Remove the synced copy' }).click();
    await expect(section.getByRole('button', { name: 'Keep the synced copy' })).toBeFocused();
    await options.screenshot('settings-sync-remove-dark');
    await section.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'The synced copy was removed. Everything on this computer is as it was.',
    );
    await expect(section.getByRole('button', { name: 'Remove the synced copy' })).toHaveCount(0);
  });
});
