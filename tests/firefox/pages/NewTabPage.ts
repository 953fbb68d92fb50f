import type { ElementHandle } from 'puppeteer-core';
import type { Firefox } from '../firefox';
import { ExtensionPage, WAIT } from './ExtensionPage';

/** The new-tab page (opened as `newtab.html`: the real override cannot be driven here). */
export class NewTabPage extends ExtensionPage {
  constructor(firefox: Firefox, path = 'newtab.html') {
    super(firefox, path);
  }

  /** The value statement's heading text. */
  async heading(): Promise<string> {
    const h1 = await this.page.waitForSelector('h1', { timeout: WAIT });
    return (await h1?.evaluate((el) => (el as HTMLElement).innerText.trim())) ?? '';
  }

  /** The "Today's step" region. */
  async step(): Promise<ElementHandle> {
    return this.get("Today's step", 'region');
  }
}
