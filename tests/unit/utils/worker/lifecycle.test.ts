/**
 * The worker's life: the welcome opens on a first install, once per profile (a build
 * loaded from the command line is reported installed at every launch).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { THIS_PAGE, WORKER } from '@/utils/doors/notices';
import { handleDataChange, handleInstalled } from '@/utils/worker/lifecycle';

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/options.html#welcome'));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('handleInstalled', () => {
  it('opens the welcome on a first install', async () => {
    await handleInstalled('install');
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('does not open it again when the same profile reports another install', async () => {
    await handleInstalled('install');
    await handleInstalled('install');
    await handleInstalled('install');
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('opens nothing on an update or a browser update', async () => {
    await handleInstalled('update');
    await handleInstalled('chrome_update');
    expect(await welcomeTabs()).toHaveLength(0);
  });
});

describe('handleDataChange', () => {
  beforeEach(freshDatabase);

  it('updates the badge for a change a page made, and skips its own echo (once per click)', async () => {
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await handleDataChange({ at: 0, kinds: ['entries'], origin: THIS_PAGE });
    expect(badge).toHaveBeenCalledTimes(1);
    await handleDataChange({ at: 0, kinds: ['entries'], origin: WORKER });
    expect(badge).toHaveBeenCalledTimes(1);
  });

  it('makes the alarms match the plan after an import', async () => {
    const alarms = vi.spyOn(fakeBrowser.alarms, 'getAll');
    await handleDataChange({ at: 0, kinds: ['all'], origin: { from: 'import' } });
    expect(alarms).toHaveBeenCalled();
  });
});
