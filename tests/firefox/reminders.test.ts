import { describe, expect, test } from 'vitest';
import { backup, thisMinuteCue, walk } from '@/tests/e2e/data';
import { useFirefox } from './firefox';
import { NewTabPage } from './pages/NewTabPage';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/**
 * A reminder from a real alarm while the background is stopped: the alarm wakes it, the
 * reminder shows in Firefox's alert window, and clicking it opens the step, whose Done logs the
 * win. Firefox has no notification buttons, so the step page has every action.
 */
const firefox = useFirefox();

describe('a reminder', () => {
  test('an alarm wakes the stopped background, and the reminder clicked opens its step', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    // A step due at the start of this minute: its alarm, when it rings, finds it owed.
    await options.importBackup(backup({ commitments: [walk(thisMinuteCue().cue)] }));
    await options.sees('Backup loaded');
    await expect.poll(() => firefox.current.backgroundState()).toBe('running');

    await firefox.current.stopBackground();
    expect(await firefox.current.backgroundState()).toBe('stopped');
    // The step's own alarm, set to ring in a moment (an unpacked add-on may set short alarms).
    await options.page.evaluate(() =>
      (globalThis as any).browser.alarms.create('cue:c-walk', { when: Date.now() + 1_500 }),
    );
    expect(await firefox.current.backgroundState()).toBe('stopped');
    const notifications = () =>
      options.page.evaluate(async () =>
        Object.keys(await (globalThis as any).browser.notifications.getAll()),
      );
    await expect.poll(notifications, { timeout: 15_000, interval: 200 }).toHaveLength(1);
    expect(await firefox.current.backgroundState()).toBe('running');
    const [id] = await notifications();
    expect(id).toContain('|step|c-walk|');

    await firefox.current.clickNotification();
    const step = new NewTabPage(firefox.current, 'newtab.html?step=c-walk');
    step.page = await firefox.current.waitForTab('newtab.html?step=c-walk');
    await step.page.setViewport({ width: 1100, height: 800 });
    const region = await step.step();
    await step.sees('Walk for ten minutes', region);
    // Every action a reminder's buttons would have had is on the page.
    for (const action of ['Done', 'Smaller step', 'Not today']) {
      expect(await step.has(action, 'button', region), action).toBe(true);
    }
    await step.screenshot('newtab-from-reminder');
    await step.click('Done', 'button', region);
    await step.sees('1 small win this week', region);
    await expect.poll(notifications).toEqual([]);

    const popup = new PopupPage(firefox.current);
    await popup.open();
    await popup.get('Undo: Walk for ten minutes', 'button');
    await popup.sees('1 small win today');
    // The toolbar badge counts today's wins.
    const badge = () =>
      popup.page.evaluate(() =>
        (
          (globalThis as any).browser.action ?? (globalThis as any).browser.browserAction
        ).getBadgeText({}),
      );
    await expect.poll(badge).toBe('1');
  });
});
