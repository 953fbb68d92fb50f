/**
 * Runs the rules on a step: at most one finding per kind of problem, in a fixed order.
 */
import { microwinCopy } from '@/utils/copy/microwin';
import { MAX_STEP_MINUTES, TOO_LONG_CHARS } from '@/utils/model/limits';
import type { StepProblemKind } from './index';

import { CLOCK_RE, COUNT_RE, findDurations } from './numbers';
import {
  ALL_THE_EXEMPT,
  ALL_THE_RE,
  BARE_TOPIC_RE,
  BE_FEEL_RE,
  BIG_COUNT_RE,
  BIG_GOAL_RE,
  CHORE_MASS,
  COMPARATIVE_RE,
  COUNT_LIMITS,
  EVERY_THING_RE,
  EVERYTHING_RE,
  FOREVER_RE,
  GET_WISH_RE,
  HAVE_WISH_RE,
  HOUSE_RE,
  MANNER_RE,
  OPEN_ENDED_RE,
  OTHER_WISH_RE,
  PROJECT_RE,
  READ_BOOK_RE,
  readCount,
  STOP_ANYWHERE_RE,
  STOP_EXEMPT_RE,
  STOP_RE,
  WHOLE_EXEMPT,
  WHOLE_RE,
  WISH_ADJECTIVE,
} from './patterns';
import { normalise, stepCore } from './reading';
import { hasFollowUpAction } from './verbs';

export interface Finding {
  kind: StepProblemKind;
  message: string;
}

export interface Analysis {
  findings: Finding[];
  tooLong: boolean;
}

/** Runs the rules on a normalised text. Returns at most one finding per kind, in a fixed order. */
export function analyse(text: string, rawLength: number): Analysis {
  const all = normalise(text);
  if (!/[\p{L}\p{N}]/u.test(all))
    return { findings: [{ kind: 'empty', message: microwinCopy.empty }], tooLong: false };
  const core = stepCore(all);
  if (!/[\p{L}\p{N}]/u.test(core))
    return { findings: [{ kind: 'empty', message: microwinCopy.empty }], tooLong: false };

  const hasClock = regexHas(CLOCK_RE, all);
  const unclocked = all.replace(CLOCK_RE, ' ');
  const durations = findDurations(unclocked);
  const longest = durations.reduce((max, d) => Math.max(max, d.minutes), 0);
  const timeBoxed = durations.length > 0 && longest <= MAX_STEP_MINUTES;
  const hasFinish = durations.length > 0 || COUNT_RE.test(unclocked);
  const followUp = hasFollowUpAction(core);
  const found = new Map<StepProblemKind, string>();
  const add = (kind: StepProblemKind, message: string) => {
    if (!found.has(kind)) found.set(kind, message);
  };

  // Vague: a wish or a feeling, not an action.
  const beFeel = BE_FEEL_RE.exec(core);
  const wish =
    (beFeel !== null &&
      (/^(?:feel|feeling|become|becoming)$/.test(core.split(' ')[0]) ||
        WISH_ADJECTIVE.test(beFeel[1]))) ||
    GET_WISH_RE.test(core) ||
    HAVE_WISH_RE.test(core) ||
    OTHER_WISH_RE.test(core);
  if (wish && !followUp && !timeBoxed) add('vague', microwinCopy.vague);
  if (BARE_TOPIC_RE.test(core)) add('vague', microwinCopy.vague);
  if ((COMPARATIVE_RE.test(core) || MANNER_RE.test(core)) && !hasFinish && !hasClock) {
    add('vague', microwinCopy.vague);
  }

  // Too big: long, a whole place or project, a big count, or a wall of text.
  const tooLong = rawLength > TOO_LONG_CHARS;
  if (longest > MAX_STEP_MINUTES) add('too-big', microwinCopy.tooBigTime);
  if (!timeBoxed) {
    const whole = [...unclocked.matchAll(WHOLE_RE)].some((m) => !WHOLE_EXEMPT.test(m[3]));
    const allThe = [...unclocked.matchAll(ALL_THE_RE)].some(
      (m) => !ALL_THE_EXEMPT.test(m[2]) && (/[^s]s$/.test(m[2]) || CHORE_MASS.test(m[2])),
    );
    const scope =
      whole ||
      allThe ||
      regexHas(EVERYTHING_RE, unclocked) ||
      regexHas(EVERY_THING_RE, unclocked) ||
      regexHas(HOUSE_RE, unclocked) ||
      regexHas(PROJECT_RE, unclocked) ||
      regexHas(READ_BOOK_RE, unclocked) ||
      regexHas(BIG_GOAL_RE, unclocked);
    if (scope) add('too-big', microwinCopy.tooBigScope);
  }
  for (const m of unclocked.matchAll(BIG_COUNT_RE)) {
    const limit = COUNT_LIMITS.find((l) => l.unit.test(m[3].toLowerCase()));
    if (limit && readCount(m[1], m[2]) > limit.max) add('too-big', microwinCopy.tooBigScope);
  }
  if (tooLong) add('too-big', microwinCopy.tooLong);

  // All or nothing: forever words, or only a "don't" with nothing to do instead.
  if (FOREVER_RE.test(all)) add('all-or-nothing', microwinCopy.allOrNothing);
  const stopOnly =
    (STOP_RE.test(core) || STOP_ANYWHERE_RE.test(core)) &&
    !STOP_EXEMPT_RE.test(core) &&
    !followUp &&
    !(hasClock && /^(?:stop|quit)\b/.test(core));
  if (stopOnly) add('all-or-nothing', microwinCopy.stopInstead);

  // Not checkable: no finish line.
  if (OPEN_ENDED_RE.test(core) && !hasFinish) add('not-checkable', microwinCopy.notCheckable);

  const order: StepProblemKind[] = ['empty', 'vague', 'too-big', 'all-or-nothing', 'not-checkable'];
  return {
    findings: order
      .filter((k) => found.has(k))
      .map((kind) => ({ kind, message: found.get(kind) ?? '' })),
    tooLong,
  };
}

/** `test` for a global regex without leaking `lastIndex` between calls. */
export function regexHas(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}
