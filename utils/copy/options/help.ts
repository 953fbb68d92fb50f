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
    privacyHeading: 'Your privacy',
    notClinicianHeading: 'What it is not',
  },
} as const;
