import type { BrowserContext, Locator } from '@playwright/test';
import { ExtensionPage } from './ExtensionPage';

/** The new-tab page. */
export class NewTabPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'newtab.html');
  }

  /** The value statement's heading. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The one offer beside the step: "About your step". */
  get offer(): Locator {
    return this.page.getByRole('region', { name: 'About your step' });
  }

  /** The "Today's step" region. */
  get step(): Locator {
    return this.page.getByRole('region', { name: "Today's step" });
  }
}
