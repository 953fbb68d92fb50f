/**
 * A step's cue as the backup file (and the sync mirror) carries it: its kind and what that kind
 * needs, a time cue's more times (`alsoAt`, issue 28) included. Apart from `schema.ts` so each
 * file stays one concept.
 */
import * as v from 'valibot';
import { alsoAtIsDistinct } from '@/utils/model/cueTimes';
import { LIMITS, MORE_TIMES } from '@/utils/model/limits';
import { clock, filledText, weekdays } from './fields';
import { fault } from './problems';

const cueVariants = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('time'),
      at: clock,
      days: v.pipe(weekdays, v.minLength(1, fault({ code: 'someWeekday' }))),
      // Up to three more times the same days; optional within version 1, sorted on import.
      alsoAt: v.optional(
        v.pipe(
          v.array(clock, fault({ code: 'clockList' })),
          v.maxLength(MORE_TIMES, fault({ code: 'moreTimes' })),
          v.transform((times) => [...times].sort()),
        ),
      ),
    }),
    v.object({ kind: v.literal('browser-start') }),
    v.object({
      kind: v.literal('back-at-computer'),
      awayMinutes: v.pipe(
        v.number(fault({ code: 'minutes' })),
        v.integer(fault({ code: 'wholeMinutes' })),
        v.minValue(1, fault({ code: 'atLeastMinute' })),
        v.maxValue(24 * 60, fault({ code: 'atMostDay' })),
      ),
    }),
    v.object({ kind: v.literal('first-tab') }),
    v.object({
      kind: v.literal('anchor'),
      text: filledText(LIMITS.sentence),
      remindAt: v.optional(clock),
      days: v.optional(weekdays),
    }),
  ],
  fault({
    code: 'oneOf',
    choices: ['time', 'browser-start', 'back-at-computer', 'first-tab', 'anchor'],
  }),
);

/** A cue; a time cue's more times are distinct and none is its first time again. */
export const cueSchema = v.pipe(
  cueVariants,
  v.check(
    (cue) => cue.kind !== 'time' || !cue.alsoAt || alsoAtIsDistinct(cue.at, cue.alsoAt),
    fault({ code: 'timeTwice' }),
  ),
);
