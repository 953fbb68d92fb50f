/**
 * What the log holds for each commitment on each day, indexed once, so every insight works from maps
 * and five years of data (~42,000 entries) stays fast.
 */

import { isScheduledOn } from '@/utils/core/schedule';
import { addDays, dayKey } from '@/utils/model/day';
import { answersAStep, unknownKind } from '@/utils/model/entryKinds';
import type { Commitment, DayKey, Entry } from '@/utils/model/types';

/** What the log holds for one commitment on one day. A day can hold a win and a skip at once. */
export interface CommitmentDay {
  /** A win of the full step. */
  full: boolean;
  /** A win of the smaller step. */
  smaller: boolean;
  /** A skip with a reason given. */
  skipWithReason: boolean;
  /** A skip without a reason. */
  skipNoReason: boolean;
}

/** Whether a commitment day holds a win of either size. */
export function isDone(mark: CommitmentDay | undefined): boolean {
  return mark !== undefined && (mark.full || mark.smaller);
}

/** Whether a commitment day was handled: a win or a skip. */
export function isHandled(mark: CommitmentDay | undefined): boolean {
  return (
    mark !== undefined && (mark.full || mark.smaller || mark.skipWithReason || mark.skipNoReason)
  );
}

/** Whether a commitment day was set aside (a skip and no win that day). */
export function isSkipped(mark: CommitmentDay | undefined): boolean {
  return mark !== undefined && !isDone(mark) && (mark.skipWithReason || mark.skipNoReason);
}

/**
 * Index wins and skips by commitment, then by day, in one pass: commitmentId → day → marks.
 * Entries without a commitment (free-text wins, check-ins) are left out.
 */
export function indexCommitmentDays(entries: Entry[]): Map<string, Map<DayKey, CommitmentDay>> {
  const index = new Map<string, Map<DayKey, CommitmentDay>>();
  for (const e of entries) {
    if (!answersAStep(e) || !e.commitmentId) continue;
    let days = index.get(e.commitmentId);
    if (!days) {
      days = new Map();
      index.set(e.commitmentId, days);
    }
    let mark = days.get(e.day);
    if (!mark) {
      mark = { full: false, smaller: false, skipWithReason: false, skipNoReason: false };
      days.set(e.day, mark);
    }
    switch (e.kind) {
      case 'win':
        if (e.size === 'smaller') mark.smaller = true;
        else mark.full = true;
        break;
      case 'skip':
        if (e.reason) mark.skipWithReason = true;
        else mark.skipNoReason = true;
        break;
      default:
        unknownKind(e);
    }
  }
  return index;
}

/**
 * Up to `count` days strictly before `before` on which the commitment is scheduled, newest first,
 * never before the day it was created. Looks back at most `maxDaysBack` days (default one week per
 * occurrence, enough for any weekly schedule) so a cue with no days at all cannot loop for years.
 */
export function lastScheduledDays(
  commitment: Commitment,
  before: DayKey,
  count: number,
  maxDaysBack = count * 7,
): DayKey[] {
  const created = dayKey(commitment.createdAt);
  const days: DayKey[] = [];
  for (let back = 1; back <= maxDaysBack && days.length < count; back++) {
    const day = addDays(before, -back);
    if (day < created) break;
    if (isScheduledOn(commitment.cue, day)) days.push(day);
  }
  return days;
}
