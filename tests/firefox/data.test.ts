import { describe, expect, test } from 'vitest';
import { backup, health, walk } from '../e2e/data';
import { useFirefox } from './firefox';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/** Your data: a backup exported and imported again is the same; a bad file changes nothing. */
const firefox = useFirefox();
const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

describe('export and import', () => {
  test('export then import round-trips, and a bad file is refused with nothing changed', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    await options.importBackup(backup({ commitments: [walk(everyDay)] }));
    await options.sees('Backup loaded');

    const popup = new PopupPage(firefox.current);
    await popup.open();
    await popup.logWin('Made the bed', health.name);
    await popup.sees('1 small win today');

    await options.open();
    const file = await options.exportBackup();
    const saved = JSON.parse(file);
    expect(saved).toMatchObject({ format: 'footholds-backup', version: 1 });
    expect(saved.values).toMatchObject([{ id: health.id, name: health.name }]);
    expect(saved.commitments).toMatchObject([{ id: 'c-walk', step: 'Walk for ten minutes' }]);
    expect(saved.entries).toMatchObject([{ kind: 'win', text: 'Made the bed', source: 'popup' }]);

    // A bad file: refused in plain words, where it is wrong, and nothing is changed.
    const broken = { ...saved, entries: [{ ...saved.entries[0], day: 'Tuesday' }] };
    await options.importBackup(JSON.stringify(broken), 'broken.json');
    expect(await options.textOf('alert')).toContain(
      'Entry 1 (a win: "Made the bed"): the day should be a day written like 2026-11-23.',
    );
    await options.screenshot('options-import-refused');
    const after = JSON.parse(await options.exportBackup());
    expect(after.entries).toEqual(saved.entries);
    expect(after.commitments).toEqual(saved.commitments);

    // The exported file imported again, with one more win, replaces what is stored.
    const twoWins = {
      ...saved,
      entries: [...saved.entries, { ...saved.entries[0], id: 'second', text: 'Drank water' }],
    };
    await options.importBackup(JSON.stringify(twoWins), 'two.json');
    await options.sees('2 entries');
    const again = JSON.parse(await options.exportBackup());
    expect(again.values).toEqual(saved.values);
    expect(again.commitments).toEqual(saved.commitments);
    expect(again.entries).toEqual(twoWins.entries);
    await options.screenshot('options-data');

    await popup.open();
    await popup.sees('Drank water');
    await popup.sees('2 small wins today');
  });
});
