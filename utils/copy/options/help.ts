/** Words of the help view, beyond the shared help and crisis words. */
import { words } from '@/utils/copy/lang/words';
export const helpCopy = /* @__PURE__ */ words('options/help', {
  /** Help, beyond `copy.help`. */
  help: {
    aboutHeading: 'What Footholds is',
    howHeading: 'How it works',
    goodStepHeading: 'What makes a good small step',
    goodStep: [
      'Easy enough that you will not resist it.',
      'Meaningful enough to count.',
      'Specific enough that you know when it is done.',
      'Something you could do again tomorrow.',
    ] as readonly string[],
    /** How to pin the toolbar button, shown only while it is not on the toolbar. */
    pin: {
      heading: 'Keep Footholds on your toolbar',
      chrome:
        'Chrome keeps new extensions in the puzzle piece menu at the top right. Click the puzzle piece, then the pin beside Footholds, and a win is one click away.',
      firefox:
        'Click the Extensions button (the puzzle piece) at the top right, then the gear beside Footholds, and choose Pin to Toolbar. Then a win is one click away.',
    },
    /** Sync, for a person: what goes, what stays, how to stop, and the browsers' own switches. */
    syncHeading: 'Your plan on your other computers',
    sync: [
      "Sync is off until you turn it on. In Settings, under Sync, tick “My values, steps and settings” on each computer you use. Your values, your steps with their cues and pauses, and your settings then travel through this browser's own sync, with its account and its encryption.",
      'When two computers each already have a plan, the two come together and nothing is dropped; Settings says what came together.',
      'Tick “Also my log from the last 30 days” too, on each computer, and your wins, skips and check-ins from the last 30 days, with their notes, travel as well: a win logged at work counts at home, and a step done on one computer is not reminded on another that day.',
      'Your plan for hard days travels only if you also tick its own box, “Also my plan for hard days”, which shows once sync is on and starts unticked.',
      'Older entries and your weekly reflections stay on each computer. Footholds itself still sends nothing anywhere.',
      'Every computer with sync on reminds you, unless you untick “Remind me on this computer” on the ones that should stay quiet. A computer that finds another one’s plan waiting asks you once.',
      'When the browser’s sync storage is nearly full, fewer days of your log travel (never fewer than 7), and Settings says how many.',
      "Chrome's sync must include “Extensions”, and Firefox Sync “Add-ons”. Firefox syncs about every ten minutes, so a change can take a little while to arrive.",
      "To stop, untick the box. Settings then offers to remove what Footholds put in the browser's sync storage; nothing on your computers is removed with it.",
    ] as readonly string[],
    privacyHeading: 'Your privacy',
    notClinicianHeading: 'What it is not',
  },
} as const);
