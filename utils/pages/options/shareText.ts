/**
 * The short text "Copy for someone you trust" puts on the clipboard (issue 14): my values and
 * why, the one step this week, and what went well. Pure, from the summary view; nothing about
 * skips, and mood or reflections only when the person chose to include them on the summary.
 */
import { copy } from '../../copy';
import { oneDecimal } from '../../copy/options/insight';
import { shortDate } from '../../model/day';
import type { SummaryView } from './summaryView';

/** The summary as plain text, a few short lines a person can paste into a message. */
export function shareText(view: SummaryView, madeOn: string): string {
  const words = copy.options.summary;
  const review = copy.options.review;
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
  for (const w of view.wentWell)
    lines.push(words.textWent(w.step, w.valueName, review.times(w.times)));
  lines.push(`- ${words.periodWins(view.weekWins, view.weeks)}`);
  if (view.moodWeeks) {
    lines.push('', words.moodHeading);
    for (const w of view.moodWeeks) {
      if (w.mood === null) continue;
      lines.push(
        `- ${copy.options.charts.weekOf(shortDate(w.day))}: ${review.mood} ${oneDecimal(w.mood)}, ${review.energy} ${oneDecimal(w.energy)}`,
      );
    }
  }
  if (view.reflections && view.reflections.length > 0) {
    lines.push('', words.reflectionsHeading);
    for (const r of view.reflections) {
      lines.push(copy.options.charts.weekOf(shortDate(r.weekStart)));
      if (r.helped) lines.push(`- ${words.helped}: ${r.helped}`);
      if (r.inTheWay) lines.push(`- ${words.inTheWay}: ${r.inTheWay}`);
    }
  }
  lines.push('', words.madeOn(madeOn));
  return lines.join('\n');
}
