import { readFileSync } from 'node:fs';
import { dataCopy } from '@/utils/copy/options/data';
import type { Bench } from './browser';
import { storageLimit } from './storageLimit';

/**
 * Import and export of five years of data, through Options as a person does them: the file
 * chosen, the replacement confirmed, the status shown; then "Export backup" until the download
 * is complete. Only machine time is counted, not the wait for the confirmation.
 */

/** The Options page's words for the data view, from the app's own copy (with fallbacks). */
const DATA_WORDS: { importLabel?: string; confirm?: string; exportBackup?: string } = dataCopy.data;
const IMPORT_LABEL = DATA_WORDS.importLabel ?? 'Import a backup';
const CONFIRM_IMPORT = DATA_WORDS.confirm ?? 'Replace with this backup';
const EXPORT_BACKUP = DATA_WORDS.exportBackup ?? 'Export backup';

/**
 * Imports the five-year backup through Options → "Import a backup" (confirming the replacement
 * when the page asks), then exports it again with "Export backup".
 */
export async function importExport(bench: Bench, text: string, expectedEntries: number) {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('options.html#data'), { waitUntil: 'load' });
    const input = page.getByLabel(IMPORT_LABEL);
    await input.waitFor({ state: 'attached', timeout: 10_000 });
    await page.evaluate(watchImport, CONFIRM_IMPORT);
    const wallStart = performance.now();
    await input.setInputFiles({
      name: 'footholds-five-years.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const confirm = page.getByRole('button', { name: CONFIRM_IMPORT });
    const asked = await Promise.race([
      confirm.waitFor({ timeout: 120_000 }).then(
        () => true,
        () => false,
      ),
      page
        .waitForFunction(() => (window as unknown as BenchWindow).__import?.message, null, {
          timeout: 120_000,
        })
        .then(
          () => false,
          () => false,
        ),
    ]);
    if (asked) await confirm.click();
    await page.waitForFunction(() => (window as unknown as BenchWindow).__import?.message, null, {
      timeout: 120_000,
    });
    const importWallMs = performance.now() - wallStart;
    const seen = await page.evaluate(() => (window as unknown as BenchWindow).__import);
    const message = seen?.message;
    if (!seen?.change || !message || message.role !== 'status') {
      throw new Error(`Import of the five-year backup failed: ${message?.text ?? 'no message'}`);
    }
    // Machine time only: the wait for the (simulated) person to confirm is left out.
    const checkMs = (seen.confirmShown ?? message.at) - seen.change;
    const writeMs = seen.confirmClick !== undefined ? message.at - seen.confirmClick : 0;

    const exportStart = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: EXPORT_BACKUP }).click(),
    ]);
    const path = await download.path();
    const exportMs = performance.now() - exportStart;
    const exported = readFileSync(path, 'utf8');
    const entries = (JSON.parse(exported) as { entries: unknown[] }).entries.length;
    if (entries !== expectedEntries) {
      throw new Error(`Export after import holds ${entries} entries, not ${expectedEntries}.`);
    }
    const limit = await storageLimit(page, text);
    return {
      importMs: checkMs + writeMs,
      importCheckMs: checkMs,
      importWriteMs: writeMs,
      importAskedToConfirm: asked,
      importWallMs,
      importMessage: message.text,
      exportMs,
      exportBytes: Buffer.byteLength(exported),
      limit,
    };
  } finally {
    await page.close();
  }
}

interface BenchWindow {
  __import?: {
    change?: number;
    confirmShown?: number;
    confirmClick?: number;
    message?: { at: number; role: string; text: string };
  };
}

/**
 * Runs in the Options page: notes when a file is chosen (the `change` event), when the confirm
 * button appears and is clicked, and when a status or alert message gets new text after that.
 */
function watchImport(confirmLabel: string): void {
  const seen: NonNullable<BenchWindow['__import']> = {};
  (window as unknown as BenchWindow).__import = seen;
  const messages = () =>
    Array.from(document.querySelectorAll('[role="status"], [role="alert"]')).map((el) => ({
      el,
      role: el.getAttribute('role') ?? '',
      text: el.textContent?.trim() ?? '',
    }));
  const isConfirm = (el: Element | null) => el?.textContent?.trim() === confirmLabel;
  let before = new Map<Element, string>();
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement).type !== 'file') return;
      seen.change = performance.now();
      before = new Map(messages().map((m) => [m.el, m.text]));
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (isConfirm((event.target as Element).closest('button'))) {
        seen.confirmClick = performance.now();
        before = new Map(messages().map((m) => [m.el, m.text]));
      }
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (seen.change === undefined) return;
    if (seen.confirmShown === undefined) {
      if (Array.from(document.querySelectorAll('button')).some(isConfirm)) {
        seen.confirmShown = performance.now();
      }
    }
    const fresh = messages().find((m) => m.text && before.get(m.el) !== m.text);
    if (!fresh) return;
    observer.disconnect();
    seen.message = { at: performance.now(), role: fresh.role, text: fresh.text };
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}
