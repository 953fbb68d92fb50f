/**
 * Spanish numbers, lengths of time, clock times and counts, as the micro-win check reads them:
 * "veinticinco minutos", "media hora", "hora y media", "a las 7" (a cue, not a length), "un correo".
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { rx } from './regex';

const ONES_LIST = ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['cero', 0],
  ['un', 1],
  ['una', 1],
  ...ONES_LIST.map((w, i): [string, number] => [w, i + 1]),
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
  ['trece', 13],
  ['catorce', 14],
  ['quince', 15],
  ['dieciséis', 16],
  ['dieciseis', 16],
  ['diecisiete', 17],
  ['dieciocho', 18],
  ['diecinueve', 19],
  ['veinte', 20],
  ['veintiún', 21],
  ['veintiun', 21],
  ['veintiuno', 21],
  ['veintiuna', 21],
  ['veintidós', 22],
  ['veintidos', 22],
  ['veintitrés', 23],
  ['veintitres', 23],
  ['veinticuatro', 24],
  ['veinticinco', 25],
  ['veintiséis', 26],
  ['veintiseis', 26],
  ['veintisiete', 27],
  ['veintiocho', 28],
  ['veintinueve', 29],
  ['treinta', 30],
  ['cuarenta', 40],
  ['cincuenta', 50],
  ['sesenta', 60],
  ['setenta', 70],
  ['ochenta', 80],
  ['noventa', 90],
  ['cien', 100],
  ['ciento', 100],
  ['mil', 1000],
  ['media', 0.5],
  ['medio', 0.5],
  ['un par de', 2],
  ['par de', 2],
  ['unos', 3],
  ['unas', 3],
  ['unos cuantos', 3],
  ['unas cuantas', 3],
  ['unos pocos', 3],
  ['unas pocas', 3],
  ['varios', 3],
  ['varias', 3],
  ['una docena de', 12],
  ['una docena', 12],
  // "hora y media": the hour has no number before it, and counts as one.
  ['', 1],
]);

export const TENS = 'treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa';
export const ONES = 'una|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve';

/** Number words, longest first so "unos cuantos" wins over "unos". */
export const NUMBER_WORDS = [...UNITS.keys()]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A number in digits (1, 1.5, 1,5) or words (treinta y cinco, media, un par de). */
export const NUM = String.raw`(?:\d{1,4}(?:[.,]\d{1,2})?|½|(?:${TENS})\s{1,2}y\s{1,2}(?:${ONES})|(?:${NUMBER_WORDS}))`;

const UNIT = '(horas?|hrs?|hs|h|minutos?|mins?|min)';

/**
 * A length of time: "10 minutos", "1,5 h", "media hora", "una hora y media", "hora y media",
 * "de 5 a 10 minutos". Groups: 1 number ("" for a bare "hora y media"), 2 upper number of a range,
 * 3 "y media" before the unit, 4 the unit, 5 "y media" after it.
 */
export const DURATION_RE = rx(
  String.raw`(?<![\p{L}\p{N}.,:])(${NUM}|(?=horas?\s{1,3}y\s{1,3}media\b))(?:(?:\s{0,3}-\s{0,3}|\s{1,3}(?:a|o|u)\s{1,3})(${NUM}))?(\s{1,3}y\s{1,3}medi[oa]|\s{0,3}½)?[\s-]{0,3}${UNIT}\b(\s{1,3}y\s{1,3}media)?`,
  'gi',
);

/** Quarters of an hour: "un cuarto de hora", "tres cuartos de hora". */
export const QUARTER_RE = rx(
  String.raw`(?<![\p{L}\p{N}.])(?:(un|tres)\s{1,3})?cuartos?\s{1,3}de\s{1,3}hora\b`,
  'gi',
);

const PART_OF_DAY = String.raw`(?:día|mañana|tarde|noche|fin\s{1,3}de\s{1,3}semana|finde)`;

/** Open-ended stretches of time: "todo el día", "la tarde entera", "durante horas". */
export const OPEN_TIME_RE = rx(
  String.raw`(?:\bdurante\s{1,3})?(?:\btod[oa]\s{1,3}(?:el|la)\s{1,3}${PART_OF_DAY}(?:\s{1,3}enter[oa])?|\b(?:el|la)\s{1,3}${PART_OF_DAY}\s{1,3}(?:enter[oa]|complet[oa])|\bhoras\s{1,3}y\s{1,3}horas)\b|\bdurante\s{1,3}horas\b`,
  'gi',
);

/** Words just before a length of time that make it a moment: "en 10 minutos", "cada 2 horas". */
export const TIMING_BEFORE = rx(
  String.raw`\b(?:en|dentro\s{1,3}de|después\s{1,3}de|tras|cada|antes\s{1,3}de|hasta|desde|a\s{1,3}los|al\s{1,3}cabo\s{1,3}de|luego\s{1,3}de|pasados|pasadas|hace)\s{1,3}$`,
  'i',
);

/** Words just after a length of time that make it a moment: "30 minutos antes de dormir". */
export const TIMING_AFTER = rx(
  String.raw`^\s{0,3}(?:antes|después|más\s{1,3}tarde|luego|atrás|desde\s{1,3}ahora|de\s{1,3}antelación)\b`,
  'i',
);

/** "a las 7", "a la 1", "las 11 de la noche", "13:00", "mediodía": a moment in the day. */
export const CLOCK_RE = rx(
  String.raw`\b\d{1,2}:\d{2}(?:\s{0,2}h\b)?|\b(?:a|de|hasta|desde|sobre|hacia|para|tras)\s{1,2}(?:la|las)\s{1,2}(?:\d{1,2}(?:[:.]\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b(?:\s{1,2}y\s{1,2}(?:media|cuarto)\b|\s{1,2}menos\s{1,2}cuarto\b)?(?:\s{1,2}h\b)?(?:\s{1,2}de\s{1,2}la\s{1,2}(?:mañana|tarde|noche|madrugada)\b|\s{1,2}en\s{1,2}punto\b)?|\b\d{1,2}\s{0,2}[ap]\.?\s?m\b\.?|\b(?:mediodía|medianoche)\b`,
  'gi',
);

/** A count that tells you when you are done: "un correo", "3 páginas", "una vez". */
export const COUNT_RE = rx(
  String.raw`\b(?:(?:un|una)(?!\s{1,2}(?:rato|ratito|tiempo|poco|poquito|montón)\b)|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|un\s{1,2}par|primer|primera|primero|\d+)\b`,
  'i',
);

/** Just before a length of time, "durante" or "por" keep it a length: "durante 10 minutos". */
export const FOR_BEFORE = rx(String.raw`\b(?:durante|por)\s{1,3}$`, 'i');

/** A unit of time that counts hours ("horas", "h"). */
export const HOUR_UNIT = /^h/i;

/** Three quarters of an hour, not one. */
export const THREE_QUARTERS = /tres/i;

/** Spanish writes no hyphenated lengths ("ten-minute"): this never matches. */
export const HYPHENATED = /(?!)/;

/** A number written as two words that add up: "treinta y cinco". */
export const COMPOUND = rx(String.raw`^(\p{L}+) y (\p{L}+)$`);

/** A length in a plural unit ("10-15 minutos") is a range. */
export const PLURAL_UNIT = /s$/i;

/** What a count is multiplied by, written as it is caught: "10.000", "dos mil". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['.000', 1000],
  [' 000', 1000],
  [' mil', 1000],
]);

/** The numbers part of the Spanish table. */
export const numbers: MicrowinLanguageData['numbers'] = {
  UNITS,
  SCALES,
  DURATION_RE,
  QUARTER_RE,
  OPEN_TIME_RE,
  TIMING_BEFORE,
  TIMING_AFTER,
  FOR_BEFORE,
  HOUR_UNIT,
  THREE_QUARTERS,
  HYPHENATED,
  CLOCK_RE,
  COUNT_RE,
  COMPOUND,
  PLURAL_UNIT,
  // "al cabo de", "de antelación": Spanish timing words run longer than English ones.
  BEFORE_CHARS: 16,
  AFTER_CHARS: 18,
};
