/**
 * What the plan for hard days' view reads (issue 26): the plan and the person's steps, the
 * one-tap ideas for "What I can do on my own", and the steps the fail-safe routine can start.
 * The ideas are words, so the view passes them in; the choosing here is plain functions.
 */
import { tidy } from '@/utils/core/drafts/tidy';
import type { StepTemplate } from '@/utils/core/templates';
import { readHardDaysPlan } from '@/utils/doors/hardDays';
import { listCommitments } from '@/utils/doors/plan';
import type { HardDaysPlan } from '@/utils/model/hardDays';
import type { Commitment } from '@/utils/model/types';

/** The view's data: the plan as kept (null before one is written) and every step. */
export interface HardDaysData {
  plan: HardDaysPlan | null;
  commitments: Commitment[];
}

/** Reads the plan and the steps. */
export async function loadHardDays(): Promise<HardDaysData> {
  const [plan, commitments] = await Promise.all([readHardDaysPlan(), listCommitments()]);
  return { plan, commitments };
}

/** Where the ideas for "What I can do on my own" come from. */
export interface OnMyOwnSources {
  /** The person's steps: their smaller steps come first (set-aside steps are left out). */
  commitments: readonly Commitment[];
  /** The grounding minute's name ("One minute to land"). */
  grounding: string;
  /** The body basics (sleep, food, movement), in the person's language. */
  bodyBasics: readonly StepTemplate[];
  /** The lines already in the part: an idea already written is not offered again. */
  written: readonly string[];
}

/** At most this many of the person's own smaller steps, so the other ideas still show. */
const OWN_AT_MOST = 4;
/** At most this many ideas at once: a short row, never a wall of choices. */
export const IDEAS_AT_MOST = 8;

/**
 * The one-tap ideas for "What I can do on my own": the person's own smaller steps, then the
 * grounding minute, then the body basics; each once (whatever its case or spacing), none already
 * written, at most `IDEAS_AT_MOST`. A tapped idea becomes a line, so the next one moves up.
 */
export function onMyOwnIdeas(from: OnMyOwnSources): string[] {
  const seen = new Set(from.written.map(sameText));
  const ideas: string[] = [];
  const offer = (text: string): boolean => {
    const tidied = tidy(text);
    const same = sameText(tidied);
    if (tidied === '' || seen.has(same) || ideas.length >= IDEAS_AT_MOST) return false;
    seen.add(same);
    ideas.push(tidied);
    return true;
  };
  let own = 0;
  for (const c of from.commitments) {
    if (own >= OWN_AT_MOST) break;
    if (c.status !== 'archived' && offer(c.smallerStep)) own++;
  }
  offer(from.grounding);
  for (const basic of from.bodyBasics) offer(basic.step);
  return ideas;
}

/** Text as compared for "already there": tidied, in lower case. */
function sameText(text: string): string {
  return tidy(text).toLocaleLowerCase();
}

/**
 * The steps the fail-safe routine can start: the person's steps in use or paused, and the one
 * already chosen even if it has since been set aside (so the choice still shows as made).
 */
export function routineSteps(commitments: readonly Commitment[], chosenId: string): Commitment[] {
  return commitments.filter((c) => c.status !== 'archived' || c.id === chosenId);
}

/** The routine's step, if it is still one of the person's steps. */
export function routineStep(
  commitments: readonly Commitment[],
  chosenId: string,
): Commitment | undefined {
  return chosenId ? commitments.find((c) => c.id === chosenId) : undefined;
}
