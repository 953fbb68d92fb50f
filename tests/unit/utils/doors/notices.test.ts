/**
 * The doors announce every write with its origin, so a listener can tell its own echo: a page's
 * own id, the worker, an import. The data layer below them announces nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { addEntry } from '@/utils/db/days';
import { exportBackup, importBackup } from '@/utils/doors/backups';
import { logEntry, logStepWin, removeEntry } from '@/utils/doors/log';
import { isOwnEcho, onDataChanged, THIS_PAGE, WORKER } from '@/utils/doors/notices';
import { createCommitment, createValue } from '@/utils/doors/plan';
import { pauseReminders } from '@/utils/doors/reminders';
import { saveSettings } from '@/utils/doors/settings';
import type { ChangeNotice } from '@/utils/model/changes';
import { STORAGE_KEYS } from '@/utils/model/keys';

beforeEach(freshDatabase);

const stored = async (): Promise<ChangeNotice | undefined> =>
  (await fakeBrowser.storage.local.get(STORAGE_KEYS.changed))[STORAGE_KEYS.changed] as
    | ChangeNotice
    | undefined;

describe('the doors announce', () => {
  it('each write, with this page as its origin, through storage (which wakes the worker)', async () => {
    await logEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 2 });
    expect(await stored()).toMatchObject({ kinds: ['entries'], origin: THIS_PAGE });
    await saveSettings({ theme: 'dark' });
    expect(await stored()).toMatchObject({ kinds: ['settings'], origin: THIS_PAGE });
    await pauseReminders(Date.now() + 60_000);
    expect(await stored()).toMatchObject({ kinds: ['reminders'], origin: THIS_PAGE });
  });

  it('on a BroadcastChannel for open pages, with the origin the caller names', async () => {
    const heard: ChangeNotice[] = [];
    const stop = onDataChanged((notice) => heard.push(notice));
    const win = await logEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' }, WORKER);
    await removeEntry(win, WORKER);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(heard.map((n) => n.origin)).toEqual([WORKER, WORKER]);
  });

  it('an import as coming from an import, not from the page', async () => {
    const file = await exportBackup();
    expect(await importBackup(file)).toMatchObject({ ok: true });
    expect(await stored()).toMatchObject({ kinds: ['all'], origin: { from: 'import' } });
  });

  it('nothing when nothing was written (a step already done today)', async () => {
    const value = await createValue({ name: 'Health', looksLike: 'I move', why: '' });
    const step = await createCommitment({
      valueId: value.id,
      step: 'Walk for ten minutes',
      smallerStep: '',
      minutes: 10,
      cue: { kind: 'first-tab' },
    });
    await logStepWin({ commitment: step, size: 'full', source: 'newtab' });
    await fakeBrowser.storage.local.remove(STORAGE_KEYS.changed);
    const again = await logStepWin({ commitment: step, size: 'full', source: 'popup' });
    expect(again.already).toBe(true);
    expect(await stored()).toBeUndefined();
  });

  it('never from the data layer itself: only a door speaks', async () => {
    await addEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 2 });
    expect(await stored()).toBeUndefined();
  });
});

describe('isOwnEcho', () => {
  const notice = (origin: ChangeNotice['origin']): ChangeNotice => ({
    at: 0,
    kinds: ['entries'],
    origin,
  });

  it('knows this page, and no other page, the worker or an import', () => {
    expect(isOwnEcho(notice(THIS_PAGE))).toBe(true);
    expect(isOwnEcho(notice({ from: 'page', page: 'another' }))).toBe(false);
    expect(isOwnEcho(notice(WORKER))).toBe(false);
    expect(isOwnEcho(notice({ from: 'import' }))).toBe(false);
  });

  it('knows the worker as the worker', () => {
    expect(isOwnEcho(notice(WORKER), WORKER)).toBe(true);
    expect(isOwnEcho(notice(THIS_PAGE), WORKER)).toBe(false);
    expect(isOwnEcho(notice({ from: 'sync' }), WORKER)).toBe(false);
  });
});
