import type { ElementHandle } from 'puppeteer-core';
import type { Firefox } from '@/tests/firefox/firefox';
import { ExtensionPage, WAIT } from './ExtensionPage';

/** The new-tab page (opened as `newtab.html`: the real override cannot be driven here). */
export class NewTabPage extends ExtensionPage {
  constructor(firefox: Firefox, path = 'newtab.html') {
    super(firefox, path);
  }

  /**
   * The value statement's heading text, once there is one: newtab.html holds an empty heading
   * from the build, filled from the snapshot or, on a first open, from the database a moment later.
   */
  async heading(): Promise<string> {
    await this.page.waitForFunction(
      () => Boolean(document.querySelector('h1')?.textContent?.trim()),
      {
        timeout: WAIT,
      },
    );
    return this.page.$eval('h1', (el) => (el as HTMLElement).innerText.trim());
  }

  /** The "Today's step" region. */
  async step(): Promise<ElementHandle> {
    return this.get("Today's step", 'region');
  }
}
