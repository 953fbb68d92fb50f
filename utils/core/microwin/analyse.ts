/**
 * Runs the rules on a step: at most one finding per kind of problem, in a fixed order.
 */
import { MAX_STEP_MINUTES, TOO_LONG_CHARS } from '@/utils/model/limits';
import type { StepProblemKind, StepProblemReason } from './index';
import type { MicrowinLanguageData } from './language';
import { findDurations, readCount } from './numbers';
import { normalise, stepCore } from './reading';
import { hasFollowUpAction } from './verbs';

/** One problem found: its kind, and which of the kind's reasons (the words module says it). */
export interface Finding {
  kind: StepProblemKind;
  reason: StepProblemReason;
}

export interface Analysis {
  findings: Finding[];
  tooLong: boolean;
}

/**
 * Runs a language's rules on a text. Returns at most one finding per kind, in a fixed order.
 */
export function analyse(text: string, rawLength: number, lang: MicrowinLanguageData): Analysis {
  const { CLOCK_RE, COUNT_RE } = lang.numbers;
  const p = lang.patterns;
  const all = normalise(text);
  if (!/[\p{L}\p{N}]/u.test(all))
    return { findings: [{ kind: 'empty', reason: 'empty' }], tooLong: false };
  const core = stepCore(all, lang);
  if (!/[\p{L}\p{N}]/u.test(core))
    return { findings: [{ kind: 'empty', reason: 'empty' }], tooLong: false };

  const hasClock = regexHas(CLOCK_RE, all);
  const unclocked = all.replace(CLOCK_RE, ' ');
  const durations = findDurations(unclocked, lang);
  const longest = durations.reduce((max, d) => Math.max(max, d.minutes), 0);
  const timeBoxed = durations.length > 0 && longest <= MAX_STEP_MINUTES;
  const hasFinish = durations.length > 0 || COUNT_RE.test(unclocked);
  const followUp = hasFollowUpAction(core, lang);
  const found = new Map<StepProblemKind, StepProblemReason>();
  const add = (kind: StepProblemKind, reason: StepProblemReason) => {
    if (!found.has(kind)) found.set(kind, reason);
  };

  // Vague: a wish or a feeling, not an action.
  const beFeel = p.BE_FEEL_RE.exec(core);
  const wish =
    (beFeel !== null &&
      (p.FEEL_FIRST.test(core.split(' ')[0]) || p.WISH_ADJECTIVE.test(beFeel[1]))) ||
    p.GET_WISH_RE.test(core) ||
    p.HAVE_WISH_RE.test(core) ||
    p.OTHER_WISH_RE.test(core);
  if (wish && !followUp && !timeBoxed) add('vague', 'vague');
  if (p.BARE_TOPIC_RE.test(core)) add('vague', 'vague');
  if ((p.COMPARATIVE_RE.test(core) || p.MANNER_RE.test(core)) && !hasFinish && !hasClock) {
    add('vague', 'vague');
  }

  // Too big: long, a whole place or project, a big count, or a wall of text.
  const tooLong = rawLength > TOO_LONG_CHARS;
  if (longest > MAX_STEP_MINUTES) add('too-big', 'tooBigTime');
  if (!timeBoxed) {
    const whole = [...unclocked.matchAll(p.WHOLE_RE)].some((m) => !p.WHOLE_EXEMPT.test(m[3]));
    const allThe = [...unclocked.matchAll(p.ALL_THE_RE)].some(
      (m) =>
        !p.ALL_THE_EXEMPT.test(m[2]) &&
        (lang.grammar.PLURAL_NOUN.test(m[2]) || p.CHORE_MASS.test(m[2])),
    );
    const scope =
      whole ||
      allThe ||
      regexHas(p.EVERYTHING_RE, unclocked) ||
      regexHas(p.EVERY_THING_RE, unclocked) ||
      regexHas(p.HOUSE_RE, unclocked) ||
      regexHas(p.PROJECT_RE, unclocked) ||
      regexHas(p.READ_BOOK_RE, unclocked) ||
      regexHas(p.BIG_GOAL_RE, unclocked);
    if (scope) add('too-big', 'tooBigScope');
  }
  for (const m of unclocked.matchAll(p.BIG_COUNT_RE)) {
    const limit = p.COUNT_LIMITS.find((l) => l.unit.test(m[3].toLowerCase()));
    if (limit && readCount(m[1], m[2], lang) > limit.max) add('too-big', 'tooBigScope');
  }
  if (tooLong) add('too-big', 'tooLong');

  // All or nothing: forever words, or only a "don't" with nothing to do instead.
  if (p.FOREVER_RE.test(all)) add('all-or-nothing', 'allOrNothing');
  const stopOnly =
    (p.STOP_RE.test(core) || p.STOP_ANYWHERE_RE.test(core)) &&
    !p.STOP_EXEMPT_RE.test(core) &&
    !followUp &&
    !(hasClock && p.STOP_FIRST.test(core));
  if (stopOnly) add('all-or-nothing', 'stopInstead');

  // Not checkable: no finish line.
  if (p.OPEN_ENDED_RE.test(core) && !hasFinish) add('not-checkable', 'notCheckable');

  const order: StepProblemKind[] = ['empty', 'vague', 'too-big', 'all-or-nothing', 'not-checkable'];
  return {
    findings: order.flatMap((kind) => {
      const reason = found.get(kind);
      return reason ? [{ kind, reason }] : [];
    }),
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
