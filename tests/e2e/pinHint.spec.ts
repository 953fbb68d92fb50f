import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { helpCopy } from '@/utils/copy/options/help';
import { expect, pinToToolbar, test } from './fixtures';

/**
 * Pinning the toolbar button. Chrome keeps a new extension behind the puzzle piece, so
 * where the plan is ready and in Help, Footholds says how to pin it, only while it is not pinned
 * (`action.getUserSettings().isOnToolbar`). The pin is set the way the browser keeps it: in the
 * profile's preferences, read at start. Firefox's build puts the button on the toolbar at install.
 * Screenshots: test-results/screenshots/pin-*.
 */

const words = helpCopy.help.pin;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('a fresh profile sees how to pin Footholds in Help and when the plan is ready', async ({
      options,
    }) => {
      const page = await options.openAt('help');
      const hint = options.region(words.heading);
      await expect(hint).toBeVisible();
      await expect(hint).toContainText(words.chrome);
      await options.screenshot(`pin-help-${colorScheme}`);

      await options.openAt('welcome');
      await options.onboard({
        value: 'Calm',
        step: 'Breathe slowly for one minute',
        smallerStep: 'One slow breath',
        time: '21:00',
      });
      await expect(page.getByRole('heading', { name: 'Your plan is ready' })).toBeVisible();
      await expect(page.getByText(words.chrome)).toBeVisible();
      await options.screenshot(`pin-welcome-done-${colorScheme}`);
    });
  });
}

test('once Footholds is pinned to the toolbar, neither Help nor the welcome mentions pinning', async ({
  options,
  extensionId,
  userDataDir,
  relaunch,
}) => {
  await relaunch(() => pinToToolbar(userDataDir, extensionId));
  const page = await options.openAt('help');
  // The browser answers in turn: once it has answered this, it has answered the page's own ask.
  const pinned = () => page.evaluate(() => chrome.action.getUserSettings());
  await expect(page.getByRole('heading', { name: 'What Footholds is' })).toBeVisible();
  expect(await pinned()).toEqual({ isOnToolbar: true });
  await expect(page.getByText(words.chrome)).toHaveCount(0);
  await expect(options.region(words.heading)).toHaveCount(0);

  await options.openAt('welcome');
  await options.onboard({
    value: 'Calm',
    step: 'Breathe slowly for one minute',
    smallerStep: 'One slow breath',
    time: '21:00',
  });
  await expect(page.getByRole('heading', { name: 'Your plan is ready' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open a new tab' })).toBeVisible();
  expect(await pinned()).toEqual({ isOnToolbar: true });
  await expect(page.getByText(words.chrome)).toHaveCount(0);
});

base('the Firefox build puts the toolbar button on the toolbar at install', () => {
  const dir = resolve(process.env.FOOTHOLDS_FIREFOX_DIR ?? '.output/firefox-mv3');
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  expect(manifest.action).toMatchObject({ default_area: 'navbar', default_popup: 'popup.html' });
});
