import { todayCopy } from '@/utils/copy/today';
import type { Suggestion } from '@/utils/core/suggest/suggestion';

const copy = todayCopy.today;

/**
 * The line above the offered step that says why it is this one, or nothing: the smaller version
 * on a light day or after skips, an idea to try, an extra, and "Your first new tab of the day:"
 * only on the day's first new tab, whose step then keeps its place without the line.
 */
export function reasonLine(s: Suggestion, smaller: boolean, firstTab?: boolean): string {
  if (smaller && s.reason === 'low-energy') return copy.lowEnergy;
  if (smaller && s.reason === 'recent-skips') return copy.recentSkips;
  if (s.kind === 'starter') return copy.starter;
  if (s.kind === 'extra') return copy.extra;
  if (s.reason === 'first-tab' && firstTab) return copy.firstTab;
  return '';
}
