/**
 * Our own words around the crisis lines by country (issue 27): the Country choice in Settings,
 * the question asked once where crisis help is shown, and the sentences beside each line. The
 * lines' names and quoted notes are data, as their operators write them (utils/core/crisis/).
 * Loaded with Help, the plan for hard days and Settings, never at the Options page's start.
 */
import { words } from '@/utils/copy/lang/words';

export const crisisLinesCopy = /* @__PURE__ */ words('options/crisisLines', {
  crisisLines: {
    /** The Settings field's label. */
    country: 'Country',
    countryHint: 'Help and your plan for hard days show the crisis lines of this country.',
    /** The Country select's first choice while none is chosen. */
    notChosen: 'Not chosen yet',
    /** The same, when the browser names a country, which the pages use until one is chosen. */
    fromBrowser: 'Not chosen yet (this browser says {country})',
    /** Asked once, where crisis help is shown, when neither Settings nor the browser says. */
    ask: 'Which country are you in?',
    askHint: 'Then the crisis lines there show here. You can change it in Settings.',
    askFirst: 'Choose your country',
    /** Above the lines. */
    forCountry: 'Your country: {country}',
    change: 'Change',
    changeLabel: 'Change your country',
    call: 'Call',
    text: 'Text',
    chat: 'Chat online',
    hours: 'Hours: {hours}',
    languages: 'In {languages}',
    /** A note quoted from the line's source, as written there. */
    quoted: '“{note}”',
    source: 'Source: {source}, checked on {date}.',
    emergency: 'In an emergency, call {number}.',
    noEmergency: 'In an emergency, contact your local emergency services.',
  },
} as const);
