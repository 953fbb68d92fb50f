/**
 * The worker's life: the welcome opens on a first install, once per profile (a build
 * loaded from the command line is reported installed at every launch).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleInstalled } from '../../../../utils/worker/lifecycle';

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
