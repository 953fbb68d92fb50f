/**
 * The plan for hard days while the person writes it (issue 26): each part's lines with a key
 * that stays put (so focus and Undo find the same line), and what one removal took away, so Undo
 * puts it back where it was. Pure: the Options view keeps a draft, and the door keeps the plan.
 */
import {
  CONTACT_PARTS,
  type ContactPart,
  type HardDaysPlan,
  isEmptyHardDaysPlan,
  LINE_PARTS,
  type LinePart,
} from '@/utils/model/hardDays';
import { tidy } from './tidy';

/** A line the person wrote, with a key for the page. */
export interface DraftLine {
  key: number;
  text: string;
}

/** Someone to reach, with a key for the page. */
export interface DraftContact {
  key: number;
  name: string;
  reach: string;
}

/** The plan as the page holds it. */
export type HardDaysDraft = Record<LinePart, DraftLine[]> &
  Record<ContactPart, DraftContact[]> & {
    /** The fail-safe routine's step (a commitment's id), or '' for none. */
    routineStepId: string;
    /** The key the next line or contact gets. */
    nextKey: number;
  };

/** Any part of the plan that is a list. */
export type HardDaysPart = LinePart | ContactPart;

/** What a removal took away, and from where: enough for Undo. */
export type RemovedItem =
  | { part: LinePart; index: number; item: DraftLine }
  | { part: ContactPart; index: number; item: DraftContact };

/** True for the parts that are lists of people. */
export function isContactPart(part: HardDaysPart): part is ContactPart {
  return (CONTACT_PARTS as readonly string[]).includes(part);
}

/** The draft of a kept plan (or of none yet). */
export function draftFromPlan(plan: HardDaysPlan | null | undefined): HardDaysDraft {
  let nextKey = 1;
  const lines = (part: LinePart): DraftLine[] =>
    (plan?.[part] ?? []).map((text) => ({ key: nextKey++, text }));
  const contacts = (part: ContactPart): DraftContact[] =>
    (plan?.[part] ?? []).map((c) => ({ key: nextKey++, name: c.name, reach: c.reach }));
  const draft = {
    signs: lines('signs'),
    onMyOwn: lines('onMyOwn'),
    distractions: lines('distractions'),
    saferSurroundings: lines('saferSurroundings'),
    people: contacts('people'),
    professionals: contacts('professionals'),
    routineStepId: plan?.routineStepId ?? '',
  };
  return { ...draft, nextKey };
}

/** The plan to keep: lines tidied, blank lines and empty contacts left out. */
export function planFromDraft(draft: HardDaysDraft, now: number): HardDaysPlan {
  const plan: HardDaysPlan = {
    signs: [],
    onMyOwn: [],
    distractions: [],
    people: [],
    professionals: [],
    saferSurroundings: [],
    updatedAt: now,
  };
  for (const part of LINE_PARTS)
    plan[part] = draft[part].map((l) => tidy(l.text)).filter((text) => text !== '');
  for (const part of CONTACT_PARTS)
    plan[part] = draft[part]
      .map((c) => ({ name: tidy(c.name), reach: tidy(c.reach) }))
      .filter((c) => c.name !== '' || c.reach !== '');
  if (draft.routineStepId) plan.routineStepId = draft.routineStepId;
  return plan;
}

/** True while the draft holds nothing the person wrote or chose. */
export function isEmptyDraft(draft: HardDaysDraft): boolean {
  return isEmptyHardDaysPlan(planFromDraft(draft, 0));
}

/** The draft with `text` as a new last line of `part` (unchanged when the text is blank). */
export function addLine(draft: HardDaysDraft, part: LinePart, text: string): HardDaysDraft {
  const tidied = tidy(text);
  if (tidied === '') return draft;
  return {
    ...draft,
    [part]: [...draft[part], { key: draft.nextKey, text: tidied }],
    nextKey: draft.nextKey + 1,
  };
}

/** The draft with someone new last in `part` (unchanged when both fields are blank). */
export function addContact(
  draft: HardDaysDraft,
  part: ContactPart,
  contact: { name: string; reach: string },
): HardDaysDraft {
  const name = tidy(contact.name);
  const reach = tidy(contact.reach);
  if (name === '' && reach === '') return draft;
  return {
    ...draft,
    [part]: [...draft[part], { key: draft.nextKey, name, reach }],
    nextKey: draft.nextKey + 1,
  };
}

/** The draft without the line or contact `key` of `part`, and what was taken (null if none). */
export function removeItem(
  draft: HardDaysDraft,
  part: HardDaysPart,
  key: number,
): { draft: HardDaysDraft; removed: RemovedItem | null } {
  const list: Array<DraftLine | DraftContact> = draft[part];
  const index = list.findIndex((item) => item.key === key);
  if (index < 0) return { draft, removed: null };
  const removed = { part, index, item: list[index] } as RemovedItem;
  return { draft: { ...draft, [part]: list.filter((_, i) => i !== index) }, removed };
}

/** The draft with a removed line or contact back where it was (once: its key is not doubled). */
export function restoreItem(draft: HardDaysDraft, removed: RemovedItem): HardDaysDraft {
  const list: Array<DraftLine | DraftContact> = draft[removed.part];
  if (list.some((item) => item.key === removed.item.key)) return draft;
  const at = Math.min(Math.max(removed.index, 0), list.length);
  return { ...draft, [removed.part]: [...list.slice(0, at), removed.item, ...list.slice(at)] };
}
