import { performance } from 'node:perf_hooks';
import { backupProblemText } from '../utils/copy/options/backupProblems';
import { type BackupFile, parseBackup } from '../utils/core/backup';
import { consistency, evidence, moodByActivity, weeklyReview } from '../utils/core/insights';
import { resizeOffers } from '../utils/core/insights/offers';
import { dayKey, weekStart } from '../utils/model/day';
import type { Weekday } from '../utils/model/types';

/** Median time of one computation, in ms, with how many runs it took. */
export interface Timed {
  medianMs: number;
  runs: number;
}

/** Figures computed in Node over the five-year history (the pure functions the pages call). */
export interface InsightFigures {
  entries: number;
  /** `parseBackup` of the file text: JSON parse and every check import runs. */
  parseBackup: Timed;
  weeklyReview: Timed;
  evidence: Timed;
  /** `consistency` for every commitment, each over its whole history. */
  consistencyAll: Timed;
  /** `resizeOffers` for every commitment: the offers to grow or shrink a step. */
  growShrinkOffers: Timed;
  /** `moodByActivity` for every value, over all five years. */
  moodByValueAll: Timed;
  /** Everything above but parsing, once: what an insights screen would compute. */
  insightsTotal: Timed;
}

/** Checks the generated file with the app's own reader; throws with its problems if invalid. */
export function validate(text: string): void {
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    const problems = parsed.problems.map(backupProblemText).join('; ');
    throw new Error(`The generated backup is invalid: ${problems}`);
  }
}

/** Times the weekly review and the insights over all of `backup`'s entries. */
export function insightFigures(backup: BackupFile, text: string, now = new Date()): InsightFigures {
  const { values, commitments, entries } = backup;
  const today = dayKey(now);
  const firstDay: Weekday = 1;
  const review = () =>
    weeklyReview({ values, commitments, entries, weekStart: weekStart(today, firstDay) });
  const ev = () => evidence(entries, today, firstDay);
  const cons = () => commitments.map((c) => consistency(c, entries, today));
  const offers = () => resizeOffers(commitments, entries, today);
  const mood = () => values.map((v) => moodByActivity(entries, { valueId: v.id }));
  return {
    entries: entries.length,
    parseBackup: time(() => parseBackup(text), 5),
    weeklyReview: time(review, 15),
    evidence: time(ev, 15),
    consistencyAll: time(cons, 5),
    growShrinkOffers: time(offers, 15),
    moodByValueAll: time(mood, 5),
    insightsTotal: time(() => [review(), ev(), cons(), offers(), mood()], 5),
  };
}

/** Runs `work` twice to warm up, then `runs` times; the median in ms. */
function time(work: () => unknown, runs: number): Timed {
  work();
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], runs };
}
