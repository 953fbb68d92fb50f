/**
 * The plan for hard days (issue 26): the person's own words for what helps when a hard day comes,
 * in the parts of a personal safety plan, every part optional, and the step of their fail-safe
 * routine. Pure: kept by utils/db, carried in the backup as `hardDaysPlan`.
 */

/** Someone to reach, with how to reach them in their own field (a phone number becomes a link). */
export interface Contact {
  name: string;
  reach: string;
}

/** The plan for hard days, as kept and as the backup carries it. */
export interface HardDaysPlan {
  /** "Signs a hard day is coming". */
  signs: string[];
  /** "What I can do on my own". */
  onMyOwn: string[];
  /** "People and places that take my mind off things". */
  distractions: string[];
  /** "People I can ask for help". */
  people: Contact[];
  /** "Professional and crisis help": their own therapist or doctor. */
  professionals: Contact[];
  /** "Making my surroundings safer". */
  saferSurroundings: string[];
  /** The step of "My fail-safe routine", after the grounding minute: a commitment's id. */
  routineStepId?: string;
  /** When it was last changed, in ms. */
  updatedAt: number;
}

/** The parts that are lists of the person's own lines, in the order the plan shows them. */
export const LINE_PARTS = ['signs', 'onMyOwn', 'distractions', 'saferSurroundings'] as const;
export type LinePart = (typeof LINE_PARTS)[number];

/** The parts that are lists of people. */
export const CONTACT_PARTS = ['people', 'professionals'] as const;
export type ContactPart = (typeof CONTACT_PARTS)[number];

/** A plan with nothing in it yet. */
export function emptyHardDaysPlan(now = 0): HardDaysPlan {
  return {
    signs: [],
    onMyOwn: [],
    distractions: [],
    people: [],
    professionals: [],
    saferSurroundings: [],
    updatedAt: now,
  };
}

/** True when the plan holds nothing the person wrote or chose. */
export function isEmptyHardDaysPlan(plan: HardDaysPlan | null | undefined): boolean {
  if (!plan) return true;
  const lines = LINE_PARTS.some((part) => plan[part].some((line) => line.trim() !== ''));
  const contacts = CONTACT_PARTS.some((part) =>
    plan[part].some((c) => c.name.trim() !== '' || c.reach.trim() !== ''),
  );
  return !lines && !contacts && !plan.routineStepId;
}
