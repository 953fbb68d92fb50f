/** Words of the help view, beyond the shared help and crisis words. */
export const helpWords = {
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
    privacyHeading: 'Your privacy',
    notClinicianHeading: 'What it is not',
  },
} as const;
