import { describe, expect, test } from 'vitest';
import { backup, health } from '@/tests/e2e/data';
import { useFirefox } from './firefox';
import { OptionsPage } from './pages/OptionsPage';

/**
 * Sync in Firefox ESR: turned on in Settings, the plan goes into the browser's sync storage
 * (Firefox's `storage.sync` needs the add-on id the build fixes), and a value another computer
 * put there arrives on the open page.
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
  test('turned on, the plan goes up; a value from another computer arrives', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    await options.importBackup(backup({ values: [health] }));
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
  });
});
