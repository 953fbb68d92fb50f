import { coreCopy } from '@/utils/copy/core';
import { STARTERS } from '@/utils/copy/templates';
import { todayViewCopy } from '@/utils/copy/todayView';
import { evidence } from '@/utils/core/insights';
import { stepMinutes } from '@/utils/core/shownMinutes';
import { type Suggestion, sizedSuggestion } from '@/utils/core/suggest/suggestion';
import { suggestStep } from '@/utils/core/suggest/suggestStep';
import { addDays, weekStart } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Settings, Value } from '@/utils/model/types';

/** The statement's words, loaded with this view after the first frame. */
const words = todayViewCopy.todayView;

/**
 * What the new tab shows for a day, as plain serialisable data. The same view is written to the
 * synchronous snapshot (for an instant first frame) and rendered by Preact, so the two agree.
 */
export interface TodayView {
  day: DayKey;
  /** Small line above the heading. */
  eyebrow: string;
  /** The main heading: the day's value, or a welcome on first run. */
  heading: string;
  looksLike: string;
  why: string;
  /** True when there are no values yet. */
  firstRun: boolean;
  suggestion: Suggestion;
  winsToday: number;
  winsWeek: number;
}

/** Everything `todayView` needs; `entries` must cover at least `TODAY_LOOKBACK_DAYS`. */
export interface TodayInput {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  settings: Pick<Settings, 'firstDayOfWeek'>;
  day: DayKey;
  now: Date;
  /** A step the user asked for by link (a reminder's body click), shown first if it exists. */
  lead?: { commitmentId: string; size: 'full' | 'smaller' };
  /** The week's one step, from the weekly review (read in `computeToday`). */
  focusCommitmentId?: string;
}

/** Builds the new tab's view for `day`. */
export function todayView(input: TodayInput): TodayView {
  const { values, entries, day } = input;
  const suggestion = minutesAsWordsSay(leadSuggestion(input) ?? suggestStep(input, STARTERS));
  const value = suggestion.value;
  const counts = evidence(entries, day, input.settings.firstDayOfWeek);
  return {
    day,
    eyebrow: value ? words.eyebrow : words.welcomeEyebrow,
    heading: value ? value.name : words.welcomeHeading,
    looksLike: value ? value.looksLike : words.welcomeBody,
    why: value ? value.why : '',
    firstRun: values.length === 0,
    suggestion,
    winsToday: counts.today,
    winsWeek: counts.week,
  };
}

/**
 * The suggestion with minutes its words do not contradict: "About 5 minutes" never
 * sits under "Walk for ten minutes". Done here, where the view is computed after the first frame,
 * so the paint path carries none of the reading of words.
 */
function minutesAsWordsSay(s: Suggestion): Suggestion {
  if (s.size !== 'full' || s.step === '') return s;
  const minutes = stepMinutes(s.step, s.minutes);
  return minutes === s.minutes ? s : { ...s, minutes };
}

function leadSuggestion(input: TodayInput): Suggestion | null {
  const lead = input.lead;
  if (!lead) return null;
  const commitment = input.commitments.find((c) => c.id === lead.commitmentId);
  if (!commitment) return null;
  const value = input.values.find((v) => v.id === commitment.valueId) ?? null;
  return sizedSuggestion(
    { kind: 'commitment', reason: 'due', value, commitment },
    commitment,
    lead.size,
  );
}

/** The snapshot kept in localStorage: today's view and tomorrow's, so a new day paints at once. */
export interface TodaySnapshot {
  v: 1;
  /** The data version it was built at (see `getDataVersion`); absent means unknown. */
  version?: number;
  /** The language setting and the browser's language its words were made in (`speaksNow`). */
  speaks?: string;
  days: Record<DayKey, TodayView>;
  /** The footer links' words, which the paint script puts in before the first frame. */
  links?: { hardDays: string; help: string };
}

/**
 * Today's and tomorrow's views. Tomorrow's value depends only on entries up to today, so it is
 * already right; the page corrects anything else (a check-in) a frame after it paints.
 */
export function buildSnapshot(input: TodayInput & { version?: number }): TodaySnapshot {
  const tomorrow = addDays(input.day, 1);
  const first = input.settings.firstDayOfWeek;
  const next = todayView({
    ...input,
    lead: undefined,
    // A new week has its own one step (or none yet).
    focusCommitmentId:
      weekStart(tomorrow, first) === weekStart(input.day, first)
        ? input.focusCommitmentId
        : undefined,
    day: tomorrow,
    now: new Date(input.now.getTime() + 86_400_000),
  });
  return {
    v: 1,
    version: input.version,
    days: { [input.day]: todayView({ ...input, lead: undefined }), [tomorrow]: next },
    links: { hardDays: coreCopy.links.hardDays, help: coreCopy.links.help },
  };
}
