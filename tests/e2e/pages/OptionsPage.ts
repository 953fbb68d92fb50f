import type { BrowserContext } from '@playwright/test';
import { ExtensionPage } from './ExtensionPage';

/** The options page. */
export class OptionsPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'options.html');
  }

  /** Clicks "Export backup" and returns the downloaded file's text. */
  async exportBackup(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export backup' }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Chooses a backup file in "Import a backup". */
  async importBackup(text: string, name = 'backup.json'): Promise<void> {
    await this.page.getByLabel('Import a backup').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }
}
