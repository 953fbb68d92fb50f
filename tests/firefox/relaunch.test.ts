import { describe, expect, test } from 'vitest';
import { backup, walk } from '../e2e/data';
import { useFirefox } from './firefox';
import { NewTabPage } from './pages/NewTabPage';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/**
 * The add-on installed in the profile (not as a temporary add-on, which a relaunch removes):
 * what was logged is there after Firefox closes and starts again, and a browser-start step
 * reminds once it has.
 */
const firefox = useFirefox({ permanent: true });

describe('a relaunch', () => {
  test('data is kept across a relaunch, and a browser-start step reminds', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    await options.importBackup(
      backup({ commitments: [walk({ kind: 'browser-start' }, 'c-start')] }),
    );
    await options.sees('Backup loaded');
    const popup = new PopupPage(firefox.current);
    await popup.open();
    await popup.logWin('Opened the window');
    await popup.sees('1 small win today');

    await firefox.current.relaunch();

    const newtab = new NewTabPage(firefox.current);
    await newtab.open();
    await newtab.sees('1 small win today');
    expect(await newtab.heading()).toBe('Health');
    const notifications = () =>
      newtab.page.evaluate(async () =>
        Object.keys(await (globalThis as any).browser.notifications.getAll()),
      );
    await expect.poll(notifications, { timeout: 10_000 }).toHaveLength(1);
    expect((await notifications())[0]).toContain('|step|c-start|');
  });

  test('the request check catches a request that leaves the browser', async () => {
    // Proof that the check after every test can fail: a page asks the network for something.
    const popup = new PopupPage(firefox.current);
    await popup.open();
    const canary = 'http://footholds.invalid/canary.png';
    await popup.page.evaluate(
      (url) =>
        new Promise((settled) => {
          const image = new Image();
          image.onerror = image.onload = settled;
          image.src = url;
        }),
      canary,
    );
    // The extension pages' CSP upgrades it to https; either form is the canary.
    await expect
      .poll(async () =>
        (await firefox.current.requests()).sent.map((url) => url.replace(/^https:/, 'http:')),
      )
      .toContain(canary);
    await firefox.current.forgetRequest(canary);
  });
});
