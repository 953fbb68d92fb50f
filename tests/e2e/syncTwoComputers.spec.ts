/**
 * Two computers, one after the other, in real Chromium: each is its own profile, and the test
 * carries `chrome.storage.sync` items from one to the other, as the browser's own sync would. A
 * value made on A appears on B; B's own plan survives, goes up beside A's and reaches A; a step
 * removed on B (by an import) leaves A with its alarm; turned off on A, nothing more flows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, connection, health, textFriend, tomorrowCue, walk } from './data';
import { expect, launch, serviceWorkerOf, test } from './fixtures';
import { OptionsPage } from './pages/OptionsPage';
import { deliver, syncedWhen, syncItems, turnOn } from './syncHelpers';

/** Whether Values and steps shows each value named. */
async function showsValues(options: OptionsPage, names: string[]): Promise<boolean> {
  const page = await options.openAt('steps');
  for (const name of names) {
    if ((await page.getByRole('heading', { name, exact: true }).count()) === 0) return false;
  }
  return true;
}

test('a plan made on one computer reaches the other, both plans survive, and a removal travels', async ({
  context,
  extensionId,
  options,
  seed,
  relaunch,
}) => {
  test.setTimeout(150_000);
  // Computer A: Health, with a daily walk at a clock time (so it has an alarm).
  await seed(backup({ values: [health], commitments: [walk(tomorrowCue())] }));
  await turnOn(options);
  const fromA = await syncedWhen(context, extensionId, (i) => 'commitment.c-walk' in i);
  expect(fromA['value.v-health']).toMatchObject({ d: { name: 'Health' } });

  // Computer B: its own plan (Connection, text a friend), then A's items arrive, then sync on.
  const dirB = mkdtempSync(join(tmpdir(), 'footholds-e2e-b-'));
  let contextB = await launch(dirB);
  try {
    const idB = new URL((await serviceWorkerOf(contextB)).url()).host;
    expect(idB).toBe(extensionId);
    let optionsB = new OptionsPage(contextB, idB);
    await optionsB.openAt('data');
    await optionsB.importBackup(
      backup({ values: [connection], commitments: [textFriend({ kind: 'first-tab' })] }),
    );
    await deliver(contextB, idB, fromA);
    await turnOn(optionsB);
    await expect(
      optionsB.page.getByText(
        'This computer had 1 value and 1 step, and your other computer 1 value and 1 step; you now have 2 values and 2 steps here and there.',
      ),
    ).toBeVisible({ timeout: 15_000 });
    expect(await showsValues(optionsB, ['Health', 'Connection'])).toBe(true);
    const fromB = await syncedWhen(contextB, idB, (i) => 'commitment.c-text' in i);
    await contextB.close();

    // Back on A: B's plan arrives beside A's, nothing of A's is lost.
    const a = await relaunch();
    await deliver(a, extensionId, fromB);
    await expect
      .poll(() => showsValues(options, ['Health', 'Connection']), { timeout: 20_000 })
      .toBe(true);
    const worker = await serviceWorkerOf(a);
    const alarmsOnA = () =>
      worker.evaluate(async () => (await chrome.alarms.getAll()).map((x) => x.name));
    await expect.poll(alarmsOnA).toContain('cue:c-walk');

    // On B, a backup without the walk replaces the plan: the walk is removed everywhere.
    await a.close();
    contextB = await launch(dirB);
    optionsB = new OptionsPage(contextB, idB);
    await optionsB.openAt('data');
    await optionsB.chooseBackup(
      backup({ values: [health, connection], commitments: [textFriend({ kind: 'first-tab' })] }),
    );
    // While sync is on, the question asks where; this computer only is chosen unless told more.
    const where = optionsB.page.getByRole('group', { name: 'Where?' });
    await expect(where.getByRole('radio', { name: 'On this computer only' })).toBeChecked();
    await where.getByRole('radio', { name: 'On every computer' }).check();
    await optionsB.page.getByRole('button', { name: 'Replace with this backup' }).click();
    const removal = await syncedWhen(
      contextB,
      idB,
      (i) => (i['commitment.c-walk'] as { x?: number } | undefined)?.x === 1,
    );
    await contextB.close();
    const a2 = await relaunch();
    await deliver(a2, extensionId, removal);
    const worker2 = await serviceWorkerOf(a2);
    await expect
      .poll(() => worker2.evaluate(async () => (await chrome.alarms.getAll()).map((x) => x.name)), {
        timeout: 20_000,
      })
      .not.toContain('cue:c-walk');

    // Turned off on A: a change there no longer goes out.
    const settings = await options.openAt('settings');
    await settings.getByRole('checkbox', { name: 'My values, steps and settings' }).uncheck();
    await options.openAt('data');
    await options.importBackup(backup({ values: [health], commitments: [] }));
    // Longer than the gap between writes: had sync been on, the removal would be out by now.
    await settings.waitForTimeout(12_000);
    const afterOff = await syncItems(a2, extensionId);
    expect(afterOff['value.v-connection']).toMatchObject({ d: { name: 'Connection' } });
  } finally {
    await contextB.close();
    rmSync(dirB, { recursive: true, force: true });
  }
});

test('Delete everything asks where while sync is on: this computer only leaves the synced plan, every computer removes it', async ({
  context,
  extensionId,
  options,
  seed,
}) => {
  test.setTimeout(90_000);
  await seed(backup({ values: [health], commitments: [walk(tomorrowCue())] }));
  await turnOn(options);
  await syncedWhen(context, extensionId, (i) => 'commitment.c-walk' in i);

  // This computer only: sync goes off here first, and what the other computers read stays.
  const page = await options.openAt('data');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  const where = page.getByRole('group', { name: 'Where?' });
  await expect(where.getByRole('radio', { name: 'On this computer only' })).toBeChecked();
  await expect(where).toContainText('your other computers keep their copy');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted from this browser.')).toBeVisible();
  const settings = await options.openAt('settings');
  await expect(
    settings.getByRole('checkbox', { name: 'My values, steps and settings' }),
  ).not.toBeChecked();
  const kept = await syncItems(context, extensionId);
  expect(kept['value.v-health']).toMatchObject({ d: { name: 'Health' } });
  expect(kept['commitment.c-walk']).toMatchObject({ d: { step: 'Walk for ten minutes' } });

  // On again, the plan comes back from sync; then every computer: tombstones go out.
  await turnOn(options);
  await expect
    .poll(async () =>
      (await options.openAt('steps')).getByRole('heading', { name: 'Health', exact: true }).count(),
    )
    .toBe(1);
  const data = await options.openAt('data');
  await data.getByRole('button', { name: 'Delete everything' }).click();
  await data
    .getByRole('group', { name: 'Where?' })
    .getByRole('radio', { name: 'On every computer' })
    .check();
  await expect(data.getByRole('group', { name: 'Where?' })).toContainText(
    'also removed on your other computers',
  );
  await expect(
    data.getByRole('heading', { name: 'Delete everything, here and on your other computers?' }),
  ).toBeVisible();
  await data.getByRole('button', { name: 'Yes, delete everything' }).click();
  await syncedWhen(
    context,
    extensionId,
    (i) =>
      (i['value.v-health'] as { x?: number } | undefined)?.x === 1 &&
      (i['commitment.c-walk'] as { x?: number } | undefined)?.x === 1,
  );
});
