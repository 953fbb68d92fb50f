/** Words of the settings view. */
import { words } from '@/utils/copy/lang/words';
export const settingsCopy = /* @__PURE__ */ words('options/settings', {
  /** Settings. */
  settings: {
    heading: 'Settings',
    remindersHeading: 'Reminders',
    remindersOn: 'Show reminders',
    remindersHint: 'Gentle notifications for steps tied to a time or a browser moment.',
    quietOn: 'Keep quiet hours',
    quietFrom: 'Quiet from',
    quietUntil: 'Until',
    quietHint: 'No reminders between these times. They can span midnight.',
    maxPerDay: 'Most reminders in a day',
    maxHint: 'From 0 to 50.',
    maxNeeded: 'Use a whole number from 0 to 50.',
    weekHeading: 'Week',
    firstDay: 'Week starts on',
    themeHeading: 'Theme',
    themes: { system: 'Same as this device', light: 'Light', dark: 'Dark' },
    language: 'Language',
    languageAuto: 'Same as this browser',
    languageHint: 'Pages and reminders change at once.',
  },
} as const);
