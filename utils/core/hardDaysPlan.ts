/**
 * The plan for hard days as it is kept (issue 26): the person's words trimmed, blank lines and
 * empty contacts left out, and a step of the routine that no longer exists let go. Pure: the data
 * layer keeps what this returns, and a backup's plan is read the same way.
 */
import {
  CONTACT_PARTS,
  type Contact,
  type HardDaysPlan,
  isEmptyHardDaysPlan,
  LINE_PARTS,
} from '@/utils/model/hardDays';

/** The lines of one part, trimmed, blank ones left out. */
function tidyLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** The contacts of one part, trimmed; one with neither a name nor a way to reach them is left out. */
function tidyContacts(contacts: readonly Contact[]): Contact[] {
  return contacts
    .map((c) => ({ name: c.name.trim(), reach: c.reach.trim() }))
    .filter((c) => c.name !== '' || c.reach !== '');
}

/**
 * The plan as it is kept: every line and contact trimmed, blank lines and empty contacts left
 * out, a blank `routineStepId` left out; `updatedAt` as given. Only the plan's own fields are
 * kept, so nothing else a caller carried along is stored.
 */
export function tidyHardDaysPlan(plan: HardDaysPlan): HardDaysPlan {
  const kept = { updatedAt: plan.updatedAt } as HardDaysPlan;
  for (const part of LINE_PARTS) kept[part] = tidyLines(plan[part] ?? []);
  for (const part of CONTACT_PARTS) kept[part] = tidyContacts(plan[part] ?? []);
  const step = plan.routineStepId;
  if (step !== undefined && step.trim() !== '') kept.routineStepId = step;
  return kept;
}

/**
 * The plan to keep, tidied, or null when nothing is left in it (a plan left empty is removed,
 * so an emptied plan leaves nothing behind).
 */
export function planToKeep(plan: HardDaysPlan): HardDaysPlan | null {
  const kept = tidyHardDaysPlan(plan);
  return isEmptyHardDaysPlan(kept) ? null : kept;
}

/**
 * The plan once the step `commitmentId` is gone: its routine no longer names it (no id pointing
 * at nothing). `updatedAt` stays: the person did not change the plan, and every computer that
 * lets the step go arrives at the same plan. Null when nothing is left; the plan itself when it
 * did not name the step.
 */
export function withoutRoutineStep(plan: HardDaysPlan, commitmentId: string): HardDaysPlan | null {
  if (plan.routineStepId !== commitmentId) return plan;
  const { routineStepId: _gone, ...rest } = plan;
  return isEmptyHardDaysPlan(rest) ? null : rest;
}
