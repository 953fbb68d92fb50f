import type { BrowserContext, Page } from '@playwright/test';

/** A page of the extension, opened in its own tab. */
export class ExtensionPage {
  page!: Page;

  constructor(
    protected readonly context: BrowserContext,
    protected readonly extensionId: string,
    private readonly path: string,
  ) {}

  /** The page's address. */
  get url(): string {
    return `chrome-extension://${this.extensionId}/${this.path}`;
  }

  /** Opens the page in a new tab (or reloads it if already open). */
  async open(): Promise<Page> {
    if (this.page && !this.page.isClosed()) {
      await this.page.reload();
    } else {
      this.page = await this.context.newPage();
      await this.page.goto(this.url);
    }
    return this.page;
  }

  /** Every record of one IndexedDB store, read straight from the database as the pages do. */
  async readStore(store: 'days' | 'commitments' | 'state'): Promise<any[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<any[]>((done, fail) => {
          const open = indexedDB.open('footholds');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              done(all.result);
              db.close();
            };
            all.onerror = () => fail(all.error);
          };
        }),
      store,
    );
  }

  /** Every entry of the log, day by day. */
  async entries(): Promise<any[]> {
    return (await this.readStore('days')).flatMap((record) => record.entries);
  }

  /** Saves a screenshot as a test artifact, to be looked at. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({
      path: `${process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results'}/screenshots/${name}.png`,
      fullPage: true,
    });
  }
}
