import { describe, expect, test } from 'vitest';
import { backup, health } from '@/tests/e2e/data';
import { useFirefox } from './firefox';
import { OptionsPage } from './pages/OptionsPage';

/**
 * Sync in Firefox ESR: turned on in Settings, the plan goes into the browser's sync storage
 * (Firefox's `storage.sync` needs the add-on id the build fixes), and a value another computer
 * put there arrives on the open page; with the log's tick, today's check-in goes up and another
 * computer's win shows in History.
 */
const firefox = useFirefox();

const rest = {
  id: 'v-rest',
  name: 'Rest',
  looksLike: 'I stop before I am empty',
  why: 'Rest keeps me kind.',
  createdAt: Date.now() - 86_400_000,
  status: 'active',
};

describe('sync', () => {
  test('turned on, the plan goes up and another computer’s value arrives; with the log, a check-in goes up and their win arrives', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    const now = Date.now();
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = new Date(now);
    const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const checkin = { id: 'k-here', kind: 'checkin', source: 'popup', mood: 4, energy: 3 };
    await options.importBackup(
      backup({
        values: [health],
        entries: [{ ...checkin, note: 'Slept well', at: now, day: today }],
      }),
    );
    await options.sees('Backup loaded');
    await options.go('Settings');
    await options.click('My values, steps and settings', 'checkbox');

    const synced = () =>
      options.page.evaluate(() => browser.storage.sync.get(null)) as Promise<
        Record<string, unknown>
      >;
    await options.page.waitForFunction(
      async () => 'value.v-health' in (await browser.storage.sync.get(null)),
      { timeout: 20_000, polling: 250 },
    );
    expect((await synced())['value.v-health']).toMatchObject({ d: { name: health.name } });

    // Another computer's value, as Firefox Sync would bring it.
    await options.page.evaluate(
      (value) =>
        browser.storage.sync.set({
          'value.v-rest': { at: Date.now(), by: 'other-computer', d: value },
        }),
      rest,
    );
    await options.go('Values and steps');
    await options.sees('Rest');

    // The log's tick, enabled once the plan travels: today's check-in goes up with its note.
    await options.go('Settings');
    await options.page.waitForFunction(
      () => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent === 'Also my log from the last 30 days',
        );
        const box = label && (document.getElementById(label.htmlFor) as HTMLInputElement | null);
        return box !== null && box !== undefined && !box.disabled;
      },
      { timeout: 20_000, polling: 250 },
    );
    await options.click('Also my log from the last 30 days', 'checkbox');
    await options.page.waitForFunction(
      async (key) =>
        JSON.stringify((await browser.storage.sync.get(key))[key] ?? '').includes('Slept well'),
      { timeout: 30_000, polling: 250 },
      `log.${today}`,
    );
    // Another computer's win that day, as Firefox Sync would bring it: it shows in History.
    const win = { id: 'w-there', kind: 'win', source: 'popup', size: 'full', valueId: health.id };
    await options.page.evaluate(
      (key, entry) =>
        browser.storage.sync.set({
          [key]: { at: Date.now(), by: 'other-computer', d: { entries: [entry], gone: {} } },
        }),
      `log.${today}`,
      { ...win, text: 'Called my sister', at: now, day: today },
    );
    await options.go('History');
    await options.sees('Called my sister');
    await options.sees('Slept well');
  });
});
