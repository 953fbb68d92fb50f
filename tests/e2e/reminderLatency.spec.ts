/**
 * A standalone measure, not a test of speed: from a stopped worker, the time from a
 * reminder alarm's due time to its notification being shown, over 12 reminders; prints the median
 * and p95. Opt-in (`FOOTHOLDS_MEASURE=1`), since timings are never asserted; bench/ will take it.
 */
import { backup, thisMinuteCue, walk } from './data';
import { expect, stopServiceWorker, test } from './fixtures';

test('latency from an alarm due to its notification, from a stopped worker', async ({
  context,
  serviceWorker,
  seed,
  extensionId,
}, testInfo) => {
  test.skip(!process.env.FOOTHOLDS_MEASURE, 'a measure: run with FOOTHOLDS_MEASURE=1');
  test.setTimeout(180_000);
  await seed(
    backup({ commitments: [walk(thisMinuteCue().cue)], settings: { maxRemindersPerDay: 50 } }),
  );
  // Polled from a page, so the measuring never wakes the worker.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const samples: number[] = [];
  for (let i = 0; i < 12; i++) {
    // A fresh log each round: the same occurrence is owed again and nothing counts as ignored.
    await serviceWorker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) {
        await chrome.notifications.clear(id);
      }
      await new Promise<void>((done) => {
        const open = indexedDB.open('footholds');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          tx.objectStore('state').delete('reminders');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      });
    });
    const due = Date.now() + 2500;
    await serviceWorker.evaluate((when) => chrome.alarms.create('cue:c-walk', { when }), due);
    await stopServiceWorker(context);
    const shownAt = await page.evaluate(async () => {
      for (;;) {
        if (Object.keys(await chrome.notifications.getAll()).length > 0) return Date.now();
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    samples.push(shownAt - due);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = (sorted[5] + sorted[6]) / 2;
  const line = `alarm due → notification shown, stopped worker, n=${samples.length}: median ${median} ms, p95 ${at(0.95)} ms (all: ${samples.join(', ')})`;
  console.log(line);
  testInfo.annotations.push({ type: 'reminder latency', description: line });
  expect(samples.length).toBe(12);
});
