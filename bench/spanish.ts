import esData from '@/utils/copy/es/options/data';
import { dataCopy } from '@/utils/copy/options/data';
import type { BackupFile } from '@/utils/core/backup';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { type Bench, launchBench, readBuilt } from './browser';
import { COPY, SPANISH } from './config';
import { log } from './log';
import { ES_WIN_LABEL } from './popup';
import { recordStartupJs, type StartupJs } from './startupJs';
import { captureRendered, staticPage, writePage, writeStaticNewTab } from './staticPage';

/**
 * The Spanish profile's first run: the five years' backup with `settings.language: 'es'`,
 * imported through Options as the English five-year profile's is (whose words it matches in
 * either language), so every page starts in Spanish from then on; its static new tab and popup
 * captured from the Spanish pages; and the JavaScript those pages load before their first render.
 */

/** The five years' backup, speaking Spanish. */
export function spanishBackup(backup: BackupFile): string {
  return JSON.stringify({ ...backup, settings: { ...backup.settings, language: 'es' } });
}

/** What the Spanish first run found: the toolbar's popup page and the start-up JavaScript. */
export interface SpanishFirstRun {
  /**
   * `action.getPopup` right after the import: the page the toolbar opens until the worker next
   * starts (it follows a "settings" notice, and an import announces "all").
   */
  toolbarPopupAfterImport: string;
  startup: { newtab: StartupJs; popup: StartupJs };
}

/** Imports the Spanish backup into a fresh profile, then captures and records its pages. */
export async function spanishFirstRun(profile: string, text: string): Promise<SpanishFirstRun> {
  log('Spanish profile: five years with language "es", imported through Options');
  const bench = await launchBench(profile, COPY);
  try {
    await bench.context.waitForEvent('page', { timeout: 3000 }).catch(() => null); // welcome tab
    await importSpanish(bench, text);
    const worker = bench.context.serviceWorkers()[0];
    const toolbarPopupAfterImport = new URL(await worker.evaluate(() => chrome.action.getPopup({})))
      .pathname;
    if (toolbarPopupAfterImport !== `/${SPANISH.popup}`) {
      log(
        `Spanish profile: after the import the toolbar opens ${toolbarPopupAfterImport}, not /${SPANISH.popup} (the bench opens ${SPANISH.popup})`,
      );
    }
    await writeStaticNewTab(bench, SPANISH.newtabStatic, 'five years, Spanish');
    const popup = await captureRendered(bench, bench.url(SPANISH.popup), (page) =>
      page.getByLabel(ES_WIN_LABEL).first().waitFor({ timeout: 5000 }),
    );
    writePage(
      COPY,
      SPANISH.popupStatic,
      staticPage(
        readBuilt(COPY, SPANISH.popup),
        popup,
        `Bench only: ${SPANISH.popup} as it rendered on the five years, Spanish profile, same head and CSS, no script.`,
        { statement: false },
      ),
    );
    const startup = {
      newtab: await recordStartupJs(bench, COPY, 'newtab.html'),
      popup: await recordStartupJs(bench, COPY, SPANISH.popup),
    };
    for (const page of Object.values(startup)) {
      if (!page.lang.startsWith('es')) {
        throw new Error(`${page.page} first rendered in "${page.lang}", not Spanish.`);
      }
    }
    return { toolbarPopupAfterImport, startup };
  } finally {
    await bench.close();
  }
}

/** A label in English or Spanish (the Options page follows the imported setting). */
const either = (en: string, es: string) =>
  new RegExp(`^(${[en, es].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

/**
 * Options → "Import a backup" with the Spanish backup (the replacement confirmed, if the page
 * asks) until its status says the backup is in; then a new tab, which reads the setting at start
 * and keeps it (`footholds:language` in localStorage), so every later page starts in Spanish.
 * The Options page itself stays English: it follows a "settings" notice, and an import
 * announces "all".
 */
async function importSpanish(bench: Bench, text: string): Promise<void> {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('options.html#data'), { waitUntil: 'load' });
    const input = page.getByLabel(either(dataCopy.data.importLabel, esData.data.importLabel));
    await input.waitFor({ state: 'attached', timeout: 10_000 });
    const said = () =>
      document.querySelector('[role="status"], [role="alert"]')?.textContent?.trim();
    const before = await page.evaluate(said);
    await input.setInputFiles({
      name: 'footholds-five-years-es.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // A profile holding nothing is not asked to confirm; one holding data is.
    const confirm = page.getByRole('button', {
      name: either(dataCopy.data.confirm, esData.data.confirm),
    });
    const message = page.waitForFunction(
      (earlier) => {
        const now = document.querySelector('[role="status"], [role="alert"]')?.textContent?.trim();
        return now && now !== earlier;
      },
      before,
      { timeout: 120_000 },
    );
    const asked = await Promise.race([
      message.then(() => false),
      confirm.waitFor({ timeout: 120_000 }).then(
        () => true,
        () => false,
      ),
    ]);
    if (asked) await confirm.click();
    await message;
    const role = await page.evaluate(() =>
      document.querySelector('[role="status"], [role="alert"]')?.getAttribute('role'),
    );
    if (role !== 'status') throw new Error('The Spanish backup was not imported.');
  } finally {
    await page.close();
  }
  const newtab = await bench.context.newPage();
  try {
    await newtab.goto(bench.url('newtab.html'), { waitUntil: 'load' });
    await newtab.waitForFunction(
      (key) => localStorage.getItem(key) === 'es' && document.documentElement.lang.startsWith('es'),
      LOCAL_KEYS.language,
      { timeout: 30_000 },
    );
  } finally {
    await newtab.close();
  }
}
