/**
 * The short text "Copy for someone you trust" puts on the clipboard: my values and
 * why, the one step this week, and what went well. Pure, from the summary view; nothing about
 * skips, and mood, how steps went, reflections or the plan for hard days only when the person
 * chose to include them on the summary. The counts and the weekly mood lines are the page's own,
 * from the functions here.
 */

import { copy } from '@/utils/copy';
import { shortDate } from '@/utils/copy/lang/intl';
import { dataCopy } from '@/utils/copy/options/data';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import { insightCopy, oneDecimal } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';
import type { WeekMood } from '@/utils/core/insights';
import { besideLines, expectedSummaryLine } from './reviewWeek';
import type { SummaryHardDays, SummaryView } from './summaryView';

/**
 * The summary's counts: its small wins over the weeks covered, then this month's and the days
 * with a win where those cover more. The page lists these and the text copies them.
 */
export function summaryCountLines(view: SummaryView): string[] {
  return [dataCopy.summary.periodWins(view.counts.wins, view.weeks), ...besideLines(view.counts)];
}

/** One week's mood and energy, as the printed page and the copied text both say it. */
export function moodWeekLine(w: WeekMood): string {
  const review = reviewCopy.review;
  const charts = insightCopy.charts;
  return `${charts.weekOf(shortDate(w.day))}: ${
    w.mood === null
      ? charts.noCheckin
      : `${review.mood} ${oneDecimal(w.mood)}, ${review.energy} ${oneDecimal(w.energy)}`
  }`;
}

/** The summary as plain text, a few short lines a person can paste into a message. */
export function shareText(view: SummaryView, madeOn: string): string {
  const words = dataCopy.summary;
  const review = reviewCopy.review;
  const lines: string[] = [words.textValues];
  for (const v of view.values) lines.push(words.textValue(v.name, v.why));
  lines.push('');
  lines.push(
    view.weekStep
      ? words.textWeekStep(words.weekStep(view.weekStep.step, view.weekStep.valueName))
      : words.noWeekStep,
  );
  lines.push('');
  lines.push(words.wentWellHeading(shortDate(view.weekStart), shortDate(view.weekEnd)));
  if (view.wentWell.length === 0) lines.push(copy.options.quietWeek);
  for (const w of view.wentWell)
    lines.push(words.textWent(w.step, w.valueName, review.times(w.times)));
  for (const line of summaryCountLines(view)) lines.push(`- ${line}`);
  if (view.moodWeeks) {
    lines.push('', words.moodHeading);
    for (const w of view.moodWeeks) lines.push(`- ${moodWeekLine(w)}`);
  }
  if (view.expected) {
    lines.push('', words.expectedHeading);
    if (view.expected.length === 0) lines.push(words.noExpected);
    for (const s of view.expected) lines.push(`- ${expectedSummaryLine(s)}`);
  }
  if (view.reflections && view.reflections.length > 0) {
    lines.push('', words.reflectionsHeading);
    for (const r of view.reflections) {
      lines.push(insightCopy.charts.weekOf(shortDate(r.weekStart)));
      if (r.helped) lines.push(`- ${words.helped}: ${r.helped}`);
      if (r.inTheWay) lines.push(`- ${words.inTheWay}: ${r.inTheWay}`);
    }
  }
  if (view.hardDays) lines.push('', ...hardDaysLines(view.hardDays));
  lines.push('', words.madeOn(madeOn));
  return lines.join('\n');
}

/**
 * The plan for hard days as text, under the plan page's own headings: the routine, then each
 * part with something in it, people with how to reach them.
 */
export function hardDaysLines(plan: SummaryHardDays): string[] {
  const words = hardDaysCopy.hardDays;
  const lines: string[] = [words.heading];
  if (plan.routineStep) {
    lines.push(words.routine.heading, `- ${words.routine.printed(plan.routineStep)}`);
  }
  for (const p of plan.parts) {
    lines.push(words.parts[p.part]);
    if (p.kind === 'lines') for (const line of p.lines) lines.push(`- ${line}`);
    else for (const c of p.contacts) lines.push(dataCopy.summary.textContact(c.name, c.reach));
  }
  return lines;
}
