/**
 * The bench's progress log (on stderr, so the table alone goes to stdout) and the wall-clock
 * time of each section, so later sections can be budgeted.
 */

/** Wall-clock seconds per section, in the order the sections first ran. */
export const sections: Record<string, number> = {};

/** Runs `work` as (part of) `section`, adding its wall-clock time to `sections`. */
export async function timed<T>(section: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const seconds = (performance.now() - start) / 1000;
    sections[section] = (sections[section] ?? 0) + seconds;
    log(`${section}: ${seconds.toFixed(1)} s`);
  }
}

/** One line of progress on stderr. */
export function log(message: string): void {
  console.error(`bench: ${message}`);
}
