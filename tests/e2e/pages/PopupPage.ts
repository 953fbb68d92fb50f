import type { BrowserContext } from '@playwright/test';
import { ExtensionPage } from './ExtensionPage';

/** The toolbar popup, opened as a page. */
export class PopupPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'popup.html');
  }

  /** Logs a free-text win the way a person would: type, then press Enter. */
  async logWin(text: string): Promise<void> {
    await this.page.getByLabel('What did you do?').fill(text);
    await this.page.getByLabel('What did you do?').press('Enter');
  }
}
