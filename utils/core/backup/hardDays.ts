/**
 * The plan for hard days as a backup file carries it (`hardDaysPlan`, optional within version 1;
 * DESIGN.md and docs/backup-format.md), and as it is read from one: every part may be left out
 * (empty), the person's words trimmed and blank ones left out, a routine step that is not in the
 * file let go, and a plan with nothing in it read as none.
 */
import * as v from 'valibot';
import { tidyHardDaysPlan, withoutRoutineStep } from '@/utils/core/hardDaysPlan';
import { type HardDaysPlan, isEmptyHardDaysPlan } from '@/utils/model/hardDays';
import { LIMITS } from '@/utils/model/limits';
import { epochMs, id, text } from './fields';
import { fault } from './problems';

/** A part that is a list of the person's own lines. */
const lines = v.optional(v.array(text(LIMITS.sentence), fault({ code: 'list' })), []);

/** Someone to reach: a name and how to reach them, either of which may be left out. */
const contact = v.object(
  {
    name: v.optional(text(LIMITS.name), ''),
    reach: v.optional(text(LIMITS.sentence), ''),
  },
  fault({ code: 'group' }),
);

/** A part that is a list of people. */
const contacts = v.optional(v.array(contact, fault({ code: 'list' })), []);

/** The plan for hard days as a file writes it. */
export const hardDaysPlanSchema = v.object(
  {
    signs: lines,
    onMyOwn: lines,
    distractions: lines,
    people: contacts,
    professionals: contacts,
    saferSurroundings: lines,
    routineStepId: v.optional(id),
    updatedAt: v.optional(epochMs),
  },
  fault({ code: 'group' }),
);

/** The plan as a file wrote it, once checked. */
export type HardDaysPlanInput = v.InferOutput<typeof hardDaysPlanSchema>;

/**
 * The plan a file's `hardDaysPlan` holds, as it is kept: tidied, `updatedAt` the time of the
 * import when left out, a routine step that is not among `stepIds` let go (no id pointing at
 * nothing), and undefined when nothing is left in it.
 */
export function planFromFile(
  input: HardDaysPlanInput | undefined,
  stepIds: ReadonlySet<string>,
  now: Date,
): HardDaysPlan | undefined {
  if (!input) return undefined;
  let plan: HardDaysPlan | null = tidyHardDaysPlan({
    ...input,
    updatedAt: input.updatedAt ?? now.getTime(),
  });
  if (plan.routineStepId !== undefined && !stepIds.has(plan.routineStepId)) {
    plan = withoutRoutineStep(plan, plan.routineStepId);
  }
  return plan && !isEmptyHardDaysPlan(plan) ? plan : undefined;
}

/**
 * A plan that arrived whole from elsewhere (sync), as it is kept: checked as a backup's plan is,
 * with its `updatedAt`, and tidied; null when it is not one, or holds nothing.
 */
export function hardDaysPlanOf(data: unknown): HardDaysPlan | null {
  const read = v.safeParse(hardDaysPlanSchema, data);
  if (!read.success || read.output.updatedAt === undefined) return null;
  const plan = tidyHardDaysPlan({ ...read.output, updatedAt: read.output.updatedAt });
  return isEmptyHardDaysPlan(plan) ? null : plan;
}
