import { whole } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';
import type { MergeSummary, SyncCounts, SyncProblemKind, SyncReach } from '@/utils/model/sync';

/** "1 value", "3 steps", "no steps". */
function counted(n: number, one: string, many: string): string {
  const count = whole(n);
  if (count === 0) return `no ${many}`;
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 values and 3 steps". */
function plan(c: SyncCounts): string {
  return `${counted(c.values, 'value', 'values')} and ${counted(c.commitments, 'step', 'steps')}`;
}

/**
 * Bytes as the browsers count sync storage (1 KB = 1,024 bytes, so the quota reads "100 KB");
 * anything stored reads at least "1 KB".
 */
function kilobytes(bytes: number): string {
  const n = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  return `${Math.ceil(n / 1024)} KB`;
}

/** Words of the Sync section in Settings, and the privacy lines for when sync is on. */
export const syncCopy = /* @__PURE__ */ words('options/sync', {
  /** Settings → Sync. */
  sync: {
    heading: 'Sync',
    choice: 'My values, steps and settings',
    what: 'Ticked, your values, your steps with their cues and pauses, and your settings go to the other computers where you tick it too. Every setting goes except this choice itself and anything that belongs to one computer.',
    stays:
      'Your log, with its mood and notes, and your weekly reflections stay on this computer. Your plan for hard days travels only if you tick its own box.',
    /** The second choice, enabled only while the first is ticked. */
    logChoice: 'Also my log from the last 30 days',
    logWhat:
      'Ticked, your wins, skips and check-ins from the last 30 days, with their notes, travel too, so a win logged at work counts at home.',
    logNeedsPlan: 'Tick “My values, steps and settings” first.',
    /** While the log is ticked, instead of `stays`. */
    staysWithLog:
      'Entries older than 30 days and your weekly reflections stay on this computer. Your plan for hard days travels only if you tick its own box.',
    /** When 30 days do not fit beside the plan in the browser's sync storage. */
    fewerDays: (days: number): string =>
      `Only the last ${whole(days)} days of your log fit in the browser's sync storage beside your plan, so those are the days that travel. Older entries stay on each computer.`,
    /** When not even 7 days fit beside the plan. */
    logLeftOut:
      "Your log does not fit in the browser's sync storage beside your plan just now, so it is not travelling. Your plan still travels, and everything is kept here.",
    /** Its own choice, shown only while sync is on here, off by default. */
    hardDaysChoice: 'Also my plan for hard days',
    hardDaysWhat:
      "Ticked, your plan for hard days travels too, to your other computers where you tick it as well. Unticked, it stays on each computer and is taken out of the browser's sync storage.",
    /** When the plan does not fit beside the rest in the browser's sync storage. */
    hardDaysLeftOut:
      "Your plan for hard days does not fit in the browser's sync storage beside the rest just now, so it is not travelling. It is kept here, as it is.",
    /** Who reminds: every computer with sync on, or the ones the person chooses. */
    remindChoice: 'Remind me on this computer',
    remindWhat: 'Unticked, this computer shows no reminders while sync is on.',
    remindAskHeading: 'Reminders on this computer too?',
    remindAsk:
      'Your plan is already on another computer, which may remind you too. You can be reminded here as well, or only on your other computers.',
    remindAskYes: 'Remind me here too',
    remindAskNo: 'Only on my other computers',
    remindSaidYes: 'This computer reminds you too.',
    remindSaidNo: 'This computer shows no reminders while sync is on.',
    how: "It travels through this browser's own sync, with its account and its encryption. Footholds itself still sends nothing anywhere.",
    browsers:
      "Chrome's sync must include “Extensions”. Firefox Sync must include “Add-ons”, and syncs about every ten minutes.",
    turnedOn: 'Sync is on for this computer.',
    turnedOff: 'Sync is off for this computer. Everything here stays as it is.',
    notChanged:
      'Sync could not be changed just now. Nothing here was changed; try again in a moment.',
    /** The meter of sync storage in use, and its text. */
    meterLabel: 'Sync storage in use',
    using: (bytes: number, quota: number): string =>
      `Using ${kilobytes(bytes)} of ${kilobytes(quota)}`,
    useUnknown: 'How much sync storage is in use is not known yet.',
    /** The last problem with the browser's sync storage, one calm sentence per kind. */
    problems: {
      quota:
        'Sync storage is full, so your newest changes are not travelling yet. Everything is kept here. To make room, delete steps or values you no longer use.',
      rate: 'Many changes came at once, so sync is taking a short pause. It will try again shortly; everything is kept here.',
      unavailable:
        "This browser's sync is off, or you are not signed in to it, so nothing is travelling for now. Everything is kept here, and sync carries on once the browser's sync is on again.",
      other:
        "Sync could not reach the browser's sync storage just now. It will try again; everything is kept here.",
    } satisfies Record<SyncProblemKind, string>,
    /**
     * What came together when sync was turned on and both computers had a plan. With no steps
     * on either side it speaks of values only.
     */
    merged: (s: MergeSummary): string => {
      const noSteps = [s.here, s.there, s.now].every((c) => whole(c.commitments) === 0);
      if (noSteps) {
        return `This computer had ${counted(s.here.values, 'value', 'values')} and your other computer ${whole(s.there.values)}; you now have ${whole(s.now.values)} here and there.`;
      }
      return `This computer had ${plan(s.here)}, and your other computer ${plan(s.there)}; you now have ${plan(s.now)} here and there.`;
    },
    /** Offered once sync is turned off: the copy in the browser's sync storage stays until removed. */
    leftBehindHint:
      "What Footholds put in this browser's sync storage is still there. You can remove it; nothing on this computer changes.",
    remove: 'Remove the synced copy',
    removeHeading: 'Remove the synced copy?',
    removeBody:
      "This removes what Footholds put in this browser's sync storage. Your values, steps and settings stay on this computer, and on any other computer that already has them. A computer that still has sync on will put its own copy back.",
    removeConfirm: 'Yes, remove it',
    removeKeep: 'Keep the synced copy',
    removed: 'The synced copy was removed. Everything on this computer is as it was.',
    notRemoved: 'The synced copy could not be removed just now. Try again in a moment.',
    /** The Options footer and Help while sync is on (`privacy` says it while sync is off). */
    privacyOn:
      "Your log, mood and notes stay in this browser. Your values, steps and settings also travel through this browser's own sync; Footholds itself sends nothing anywhere. Your plan for hard days travels only if you tick its own box.",
    /** The same while the log's last 30 days travel too. */
    privacyWithLog:
      "Your values, steps and settings, and your log from the last 30 days with its notes, also travel through this browser's own sync; older entries and your reflections stay in this browser. Footholds itself sends nothing anywhere. Your plan for hard days travels only if you tick its own box.",
    dataIntroWithLog:
      "Your values, steps and settings, and your log from the last 30 days, also travel through this browser's own sync; older entries and your reflections stay in this browser. A backup file is a copy you can keep, move, or share on purpose.",
    /** What leaves this browser, said as far as sync reaches; `off` is the surface's own words. */
    privacyFor: (reach: SyncReach, off: string): string =>
      reach === 'log'
        ? syncCopy.sync.privacyWithLog
        : reach === 'plan'
          ? syncCopy.sync.privacyOn
          : off,
    /** "Your data"'s opening, the same way. */
    dataIntroFor: (reach: SyncReach, off: string): string =>
      reach === 'log'
        ? syncCopy.sync.dataIntroWithLog
        : reach === 'plan'
          ? syncCopy.sync.dataIntroOn
          : off,
    /** "Your data" while sync is on (`data.intro` says it while sync is off). */
    dataIntroOn:
      "Your log, mood and notes stay in this browser; your values, steps and settings also travel through this browser's own sync. A backup file is a copy you can keep, move, or share on purpose.",
  },
} as const);
