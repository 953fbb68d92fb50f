import { describe, expect, test } from 'vitest';
import { backup, connection, health, tomorrowCue, walk } from '@/tests/e2e/data';
import { copy } from '@/utils/copy';
import { dataCopy } from '@/utils/copy/options/data';
import { readBackup as parseBackup } from '@/utils/pages/options/backupText';
import { useFirefox } from './firefox';
import { hostileFiles } from './hostile';
import { NewTabPage } from './pages/NewTabPage';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/** Your data: a backup exported and imported again is the same; a bad file changes nothing. */
const firefox = useFirefox();
const everyDay = { kind: 'time', at: '00:00', days: [0, 1, 2, 3, 4, 5, 6] };

/** A second value, for a dataset that is clearly not the first. */
const rest = { ...health, id: 'v-rest', name: 'Rest' };

/** A step for `connection` whose reminder is a day away, as in tests/e2e/faults.spec.ts. */
function textFriend() {
  return {
    id: 'c-text',
    valueId: connection.id,
    step: 'Text one friend',
    smallerStep: 'Open the chat with one friend',
    minutes: 2,
    cue: tomorrowCue(),
    status: 'active',
    createdAt: Date.now() - 30 * 86_400_000,
  };
}

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

/** Every record but the data version, which every write raises (Undo's own included). */
function withoutVersion(db: Record<string, [unknown, unknown][]>) {
  return { ...db, state: db.state.filter(([key]) => key !== 'version') };
}

/** The person's data alone: every store but the worker's own records. */
function dataOnly(db: Record<string, [unknown, unknown][]>) {
  const { state: _, ...data } = db;
  return data;
}

describe('delete, import and Undo (issue 20)', () => {
  test('in every order the result is exactly one dataset, and the page says which', async () => {
    const words = dataCopy.data;
    const options = new OptionsPage(firefox.current);
    await options.open();
    const undo = () => options.has(copy.actions.undo);

    // Dataset A: two steps, a win, and a reminder put off ("Remind me in 30 minutes").
    const a = backup({
      values: [health, connection],
      commitments: [walk(tomorrowCue()), textFriend()],
      entries: [
        {
          id: 'a-win',
          kind: 'win',
          at: Date.now() - 3_600_000,
          source: 'popup',
          valueId: health.id,
          text: 'Stretched',
        },
      ],
    });
    await options.importBackup(a);
    await options.sees('Backup loaded');
    const step = new NewTabPage(firefox.current, 'newtab.html?step=c-walk');
    await step.open();
    await step.step();
    await step.click('Remind me in 30 minutes');
    await step.sees('A reminder will come at');
    await expect
      .poll(() => step.alarmNames())
      .toEqual(['cue:c-text', 'cue:c-walk', 'later:c-walk', 'new-day']);
    await step.page.close();
    // A tab behind another is throttled in Firefox: each wait on it took ~2 s instead of ~0.1.
    await options.page.bringToFront();
    const A = await options.database();
    expect(A.state.map(([key]) => key)).toContain('reminders');

    // delete, undo: exactly A, the put-off reminder with it.
    await options.deleteEverything();
    await expect.poll(() => options.alarmNames()).toEqual(['new-day']);
    expect(dataOnly(await options.database())).toMatchObject({
      values: [],
      commitments: [],
      days: [],
    });
    await options.click(copy.actions.undo);
    await options.sees(words.restored);
    expect(withoutVersion(await options.database())).toEqual(withoutVersion(A));
    await expect
      .poll(() => options.alarmNames())
      .toEqual(['cue:c-text', 'cue:c-walk', 'later:c-walk', 'new-day']);

    // import, delete, undo: exactly the imported dataset B.
    await options.importBackup(backup({ values: [rest] }), 'rest.json');
    await options.sees(words.loaded(1, 0, 0));
    const B = await options.database();
    expect(B.values.map(([key]) => key)).toEqual([rest.id]);
    await options.deleteEverything();
    await options.click(copy.actions.undo);
    await options.sees(words.restored);
    expect(withoutVersion(await options.database())).toEqual(withoutVersion(B));
    await expect.poll(() => options.alarmNames()).toEqual(['new-day']);

    // delete, import, undo: the import wrote since, so Undo is gone, and A stays as imported,
    // not mixed with the B that was deleted, and without A's put-off reminder.
    await options.deleteEverything();
    expect(await undo()).toBe(true);
    await options.importBackup(a, 'a-again.json');
    await options.sees(words.loaded(2, 2, 1));
    await expect.poll(undo).toBe(false);
    const after = await options.database();
    expect(dataOnly(after)).toEqual(dataOnly(A));
    expect(after.state.map(([key]) => key)).not.toContain('reminders');
    await expect.poll(() => options.alarmNames()).toEqual(['cue:c-text', 'cue:c-walk', 'new-day']);

    // delete, import, delete, undo: the second deletion's Undo is offered, and gives back
    // exactly what it took (the imported A).
    await options.deleteEverything();
    await options.click(copy.actions.undo);
    await options.sees(words.restored);
    expect(withoutVersion(await options.database())).toEqual(withoutVersion(after));

    // And a win logged in the popup while Undo is offered withdraws it, in words.
    await options.deleteEverything();
    const popup = new PopupPage(firefox.current);
    await popup.open();
    await popup.logWin('Drank water');
    await popup.sees('1 small win today');
    await options.page.bringToFront();
    await options.sees(words.undoGone);
    expect(await undo()).toBe(false);
    await options.screenshot('options-undo-withdrawn');
    const left = await options.database();
    expect([left.values, left.commitments]).toEqual([[], []]);
    expect(
      left.days.flatMap(([, d]) =>
        (d as { entries: { text: string }[] }).entries.map((e) => e.text),
      ),
    ).toEqual(['Drank water']);
  });
});

describe('hostile files (issue 20)', () => {
  test('each is refused in plain words through the import, and nothing changes', async () => {
    const options = new OptionsPage(firefox.current);
    await options.open();
    // Something stored, so a file that is not refused asks to replace it and fails at once.
    await options.importBackup(backup({ commitments: [walk(everyDay)] }));
    await options.sees('Backup loaded');
    const before = await options.database();
    const words = dataCopy.data.backupFile;
    for (const file of hostileFiles()) {
      const name = `${file.name.replace(/\W+/g, '-')}.json`;
      const lines = (await options.refusal(file.text, name)).split('\n').filter(Boolean);
      expect(lines.at(-1), file.name).toBe(words.nothingChanged);
      expect(await options.database(), file.name).toEqual(before);
      if (!file.refused) continue;
      expect(lines[0], file.name).toBe(words.refused(file.refused.why, file.refused.count ?? 1));
      // Then what is wrong and where, as the contract's parser says it.
      const parsed = parseBackup(file.text);
      expect(parsed.ok ? [] : parsed.problems, file.name).toEqual(lines.slice(1, -1));
    }
    await options.screenshot('options-import-hostile');
    // Nothing from a `__proto__` key reached every object.
    expect(await options.page.evaluate(() => ('polluted' in {} ? 'polluted' : 'clean'))).toBe(
      'clean',
    );
  });
});
