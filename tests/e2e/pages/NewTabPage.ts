import type { BrowserContext } from '@playwright/test';
import { ExtensionPage } from './ExtensionPage';

/** The new-tab page. */
export class NewTabPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'newtab.html');
  }
}
