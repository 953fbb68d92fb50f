/**
 * Crisis lines by country (issue 27, groundwork): each line as its operator writes it, from the
 * operator's or a government's own page, named with its address and the date it was checked.
 * Shipped inside the extension so it works offline. Never a guess: a country whose line could not
 * be confirmed on an official page has no line here, and shows emergency services and the
 * international directory only. Names and descriptions are quoted from their source, so this
 * table is exempt from the words test; our own sentences about it live in utils/copy/.
 *
 * Checked against stored copies of the pages on the date given (see each `checkedOn`); a page's
 * address is where a person can check it again.
 */

/** An official page a line's details come from. */
export interface LineSource {
  /** Who publishes it: the line's operator, or a government body. */
  name: string;
  url: string;
  /** The date the details were checked against it, `YYYY-MM-DD`. */
  checkedOn: string;
}

/** One crisis line of one country. */
export interface CrisisLine {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** The line's name as its operator writes it. */
  name: string;
  /** A number to call, as written for people ("116 123"). */
  call?: string;
  /** A number to text, if the source offers texting. */
  text?: string;
  /** An address to chat, if offered. */
  chat?: string;
  /** Hours, as the source gives them ("24/7"). */
  hours: string;
  /** Languages offered, as BCP 47 codes. */
  languages: string[];
  /** What the source says about another language's option, quoted ("Spanish-language (Press 2)"). */
  languageNote?: string;
  source: LineSource;
}

/** The day the lines below were checked against their sources. */
const CHECKED = '2026-12-07';

/** Every line shipped. */
export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    chat: 'https://988lifeline.org',
    hours: '24/7',
    languages: ['en', 'es'],
    languageNote: 'Spanish-language (Press 2) · text AYUDA to 988',
    source: {
      name: '988 Suicide & Crisis Lifeline',
      url: 'https://988lifeline.org/get-help/what-to-expect',
      checkedOn: CHECKED,
    },
  },
  {
    country: 'GB',
    name: 'Samaritans',
    call: '116 123',
    hours: '24/7',
    languages: ['en'],
    source: {
      name: 'Samaritans',
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
      checkedOn: CHECKED,
    },
  },
  {
    country: 'IE',
    name: 'Samaritans',
    call: '116 123',
    hours: '24/7',
    languages: ['en'],
    source: {
      name: 'Samaritans Ireland',
      url: 'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
      checkedOn: CHECKED,
    },
  },
  {
    country: 'CA',
    name: '9-8-8: Suicide Crisis Helpline',
    call: '988',
    text: '988',
    hours: '24/7',
    languages: ['en', 'fr'],
    source: {
      name: 'Health Canada',
      url: 'https://search.open.canada.ca/qpnotes/record/hc-sc,MMHA-2024-QP-0032',
      checkedOn: CHECKED,
    },
  },
  {
    country: 'AU',
    name: 'Lifeline',
    call: '13 11 14',
    hours: '24/7',
    languages: ['en'],
    source: {
      name: 'Lifeline Australia',
      url: 'https://www.lifeline.org.au/resources/news-and-media-releases/media-releases/',
      checkedOn: CHECKED,
    },
  },
];

/** Emergency numbers, by country, each from an official page. */
export const EMERGENCY: Readonly<Record<string, { call: string; source: LineSource }>> = {
  US: {
    call: '911',
    source: {
      name: 'Wyoming Department of Health',
      url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
      checkedOn: CHECKED,
    },
  },
  GB: {
    call: '999',
    source: {
      name: 'NHS (North West Boroughs Healthcare)',
      url: 'http://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx',
      checkedOn: CHECKED,
    },
  },
  AU: {
    call: '000',
    source: {
      name: 'Queensland Government',
      url: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
      checkedOn: CHECKED,
    },
  },
};

/** The single European emergency number, in every member state (European Commission). */
export const EU_EMERGENCY = {
  call: '112',
  source: {
    name: 'European Commission',
    url: 'https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily-reaching-emergency-services-anywhere-eu',
    checkedOn: CHECKED,
  },
} as const;

/** The EU's member states (ISO 3166-1 alpha-2), where 112 works. */
export const EU_STATES: readonly string[] =
  `AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL
  PL PT RO SK SI ES SE`.split(/\s+/);

/** The lines of a country (none where none was confirmed). */
export function linesFor(country: string): CrisisLine[] {
  const code = country.trim().toUpperCase();
  return CRISIS_LINES.filter((line) => line.country === code);
}

/** A country's emergency number with its source, if one is known. */
export function emergencyFor(country: string): { call: string; source: LineSource } | undefined {
  const code = country.trim().toUpperCase();
  return EMERGENCY[code] ?? (EU_STATES.includes(code) ? EU_EMERGENCY : undefined);
}
