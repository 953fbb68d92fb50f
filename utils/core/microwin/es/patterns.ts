/**
 * The Spanish patterns behind the rules: whole places and projects, big counts, forever words,
 * "dejar de …" with nothing instead (wishes and open-ended steps are in wishes.ts). Every
 * repetition is bounded.
 */
import type { MicrowinLanguageData, Rewrite, SmallerGoal } from '@/utils/core/microwin/language';
import { NUMBER_WORDS, ONES, TENS } from './numbers';
import { rx } from './regex';
import * as wishes from './wishes';
import { words } from './words';

const DET = '(?:la|el|mi|tu|su|nuestra|nuestro|esta|este|esa|ese)';
const WHOLE = '(?:enter[oa]|complet[oa])';

/**
 * Whole places and things: "toda la casa", "la cocina entera". Groups: 1 the determiner (read
 * ahead, so it comes first in both orders), 2 "todo" or "toda" before it, 3 the noun.
 */
export const WHOLE_RE = rx(
  String.raw`\b(?=(?:tod[oa]\s{1,3})?(${DET})\s)(?:(tod[oa])\s{1,3}\1|\1(?=\s{1,3}\p{L}{1,20}\s{1,3}${WHOLE}\b))\s{1,3}(\p{L}{1,20})(?:\s{1,3}${WHOLE})?\b`,
  'gi',
);
export const WHOLE_EXEMPT = rx(
  '^(?:día|mañana|tarde|noche|semana|fin|mes|año|tiempo|hora|rato|cuerpo|vida|familia|equipo|clase|canción|vaso|botella|taza|manzana|plátano|naranja|bocadillo|comida|respiración|cosa|pieza|fruta|página|cena|desayuno)$',
);
export const EVERYTHING_RE = rx(
  String.raw`\btodo\b(?!\s{1,3}(?:el|la|los|las|lo|mi|tu|su)\b)`,
  'gi',
);
export const ALL_THE_RE = rx(
  String.raw`\btod[oa]s?\s{1,3}(mis|tus|sus|los|las|la|el|mi|nuestros|nuestras|estos|estas|esos|esas)\s{1,3}(\p{L}{1,20})\b`,
  'gi',
);
export const ALL_THE_EXEMPT = rx(
  '^(?:días|día|mañanas|tardes|noches|semanas|tiempo|veces|mismo|misma|demás|casa)$',
);
export const CHORE_MASS = rx(
  '^(?:ropa|colada|plancha|deberes|papeleo|correo|correspondencia|trastos|cosas|desorden|basura)$',
);
export const EVERY_THING_RE = rx(
  String.raw`\bcada\s{1,3}(habitación|correo|mensaje|cajón|armario|estante|plato|factura|documento|archivo|rincón|libro|capítulo|tarea|ventana|superficie|página)\b`,
  'gi',
);
export const HOUSE_RE = rx(
  String.raw`\b(limpiar|ordenar|recoger|organizar|reorganizar|despejar|pintar|reformar|vaciar|limpiar\s{1,3}a\s{1,3}fondo)\s{1,3}(la|el|mi|nuestra|nuestro)\s{1,3}(casa|hogar|piso|apartamento|departamento|garaje|sótano|desván|trastero|jardín|patio)\b`,
  'gi',
);
export const WRITING_NOUNS =
  'tesis|tesina|tfg|tfm|novela|libro|memorias|ensayo|artículo|informe|manuscrito|capítulo|propuesta|currículum|currículo|cv|plan de negocio';
export const PROJECT_NOUNS = `${WRITING_NOUNS}|declaración\\s{1,3}de\\s{1,3}la\\s{1,3}renta|renta|impuestos|proyecto|portafolio|portfolio|página\\s{1,3}web|web|app|aplicación|presentación|álbum|curso|negocio|boda|mudanza`;
export const PROJECT_RE = rx(
  String.raw`\b(escribir|terminar|acabar|completar|hacer|empezar|comenzar|redactar|editar|revisar|corregir|rehacer|reescribir|planear|planificar|organizar|construir|crear|preparar|montar)\s{1,3}(un|una|mi|el|la|este|esta|ese|esa|nuestro|nuestra)\s{1,3}(?:(?:nuev[oa]|primer|primera|próxim[oa])\s{1,3})?(${PROJECT_NOUNS})(?:\s{1,3}(?:enter[oa]|complet[oa]))?\b`,
  'gi',
);
export const READ_BOOK_RE = rx(
  String.raw`\bleer(?:me)?\s{1,3}(un|una|mi|el|la|este|esta|ese|esa)\s{1,3}(?:nuev[oa]\s{1,3})?(libro|novela|manual)(?:\s{1,3}(?:enter[oa]|complet[oa]))?\b`,
  'gi',
);
export const BIG_GOAL_RE = rx(
  String.raw`\b(correr\s{1,3}(?:una|un|la|el)\s{1,3}(?:media\s{1,3})?maratón|(?:encontrar|conseguir|buscar)\s{1,3}(?:un\s{1,3})?(?:nuevo\s{1,3})?(?:trabajo|empleo)(?:\s{1,3}nuevo|\s{1,3}mejor)?|encontrar\s{1,3}(?:pareja|novi[oa]|piso|casa)|montar\s{1,3}un\s{1,3}negocio|empezar\s{1,3}un\s{1,3}negocio|mudarme(?:\s{1,3}de\s{1,3}casa)?|sacarme\s{1,3}(?:la\s{1,3}carrera|el\s{1,3}título)|terminar\s{1,3}(?:la\s{1,3}carrera|la\s{1,3}universidad|el\s{1,3}instituto)|aprender\s{1,3}(?:a\s{1,3}\p{L}{1,20}|un\s{1,3}(?:nuevo\s{1,3})?idioma|idiomas|un\s{1,3}instrumento|inglés|francés|alemán|italiano|japonés|chino|coreano|árabe|portugués|ruso|español|catalán|euskera|gallego|piano|guitarra|violín|batería|programación|python|javascript)|perder\s{1,3}\d+\s{0,2}(?:kilos|kg|libras))\b`,
  'gi',
);

/** Big counts, with the most a heavy day asks for and a smaller amount to offer instead. */
export const COUNT_LIMITS: readonly { unit: RegExp; max: number; smaller: string }[] = [
  { unit: /^páginas?$/, max: 10, smaller: words.resize.counts.page },
  { unit: /^flexion(?:es)?$|^flexión$/, max: 20, smaller: words.resize.counts.pushUp },
  { unit: /^abdominal(?:es)?$/, max: 20, smaller: words.resize.counts.sitUp },
  { unit: /^sentadillas?$/, max: 20, smaller: words.resize.counts.squat },
  { unit: /^repeticion(?:es)?$|^repetición$/, max: 20, smaller: words.resize.counts.rep },
  { unit: /^burpees?$/, max: 10, smaller: words.resize.counts.burpee },
  { unit: /^palabras?$/, max: 500, smaller: words.resize.counts.word },
  { unit: /^pasos?$/, max: 3000, smaller: words.resize.counts.step },
  { unit: /^(?:km|kms|kilómetros?|kilometros?)$/, max: 3, smaller: words.resize.counts.km },
  { unit: /^millas?$/, max: 2, smaller: words.resize.counts.mile },
  { unit: /^largos?$/, max: 10, smaller: words.resize.counts.lap },
  { unit: /^vueltas?$/, max: 10, smaller: words.resize.counts.round },
];
export const BIG_COUNT_RE = rx(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,6}(?:[.,]\d{1,2})?k?|(?:${TENS})\s{1,2}y\s{1,2}(?:${ONES})|${NUMBER_WORDS})([.\s]000|\smil)?\s{0,3}(páginas?|flexion(?:es)?|flexión|abdominal(?:es)?|sentadillas?|repeticion(?:es)?|repetición|burpees?|palabras?|pasos?|km|kms|kilómetros?|kilometros?|millas?|largos?|vueltas?)\b`,
  'gi',
);

/** Forever words. "Nunca" alone is one only at the start ("que nunca he probado" is not). */
export const FOREVER_RE = rx(
  String.raw`\b(?:siempre(?!\s{1,2}que\b)|para\s{1,2}siempre|nunca\s{1,2}más|nunca\s{1,2}jamás|jamás|a\s{1,2}partir\s{1,2}de\s{1,2}(?:ahora|hoy)|de\s{1,2}ahora\s{1,2}en\s{1,2}adelante|desde\s{1,2}hoy|pase\s{1,2}lo\s{1,2}que\s{1,2}pase|sin\s{1,2}falta|sin\s{1,2}excepci(?:ón|ones)|sin\s{1,2}excusas|en\s{1,2}todo\s{1,2}momento|todo\s{1,2}el\s{1,2}rato|todo\s{1,2}el\s{1,2}tiempo|cada\s{1,2}día\s{1,2}de\s{1,2}mi\s{1,2}vida|todos\s{1,2}y\s{1,2}cada\s{1,2}uno|ni\s{1,2}un\s{1,2}solo\s{1,2}día|perfect[oa]s?|perfectamente|a\s{1,2}la\s{1,2}perfección|al\s{1,2}cien\s{1,2}por\s{1,2}cien|cien\s{1,2}por\s{1,2}cien|constantemente|sin\s{1,2}parar|sin\s{1,2}descanso|de\s{1,2}golpe|nunca(?=\s{1,2}(?:\p{L}{1,20}\s{1,2}){0,4}(?:otra\s{1,2}vez|de\s{1,2}nuevo|más)\b))\b|^(?:yo\s)?nunca\b|\b100\s?%`,
);
/** A step that only says what not to do. */
export const STOP_RE = rx(
  String.raw`^(?:(?:yo|hoy)\s)?(?:dejar\s{1,2}de|dejo\s{1,2}de|dejaré\s{1,2}de|parar\s{1,2}de|paro\s{1,2}de|no\s{1,2}volver\s{1,2}a|no\s{1,2}vuelvo\s{1,2}a|no\s{1,2}volveré\s{1,2}a|no|nunca|jamás|evitar|evito|evitaré|quitarme|abandonar|renunciar\s{1,2}a|prohibirme|cero|nada\s{1,2}de|sin|eliminar|cortar\s{1,2}con|reducir|alejarme\s{1,2}de|resistirme\s{1,2}a|basta\s{1,2}de|se\s{1,2}acabó|dejar\s{1,2}(?:el|la|los|las)\s{1,2}(?:tabaco|alcohol|azúcar|café|dulces|cigarrillos?|vapeo))\b`,
);
export const STOP_ANYWHERE_RE = rx(
  String.raw`\b(?:dejar\s{1,2}de\s{1,2}(?:ser|estar)|no\s{1,2}más(?!\s{1,2}(?:de|que)\b)|se\s{1,2}acabó)\b`,
);
export const STOP_EXEMPT_RE = rx(
  String.raw`^(?:parar|pararme|detenerme)\s(?:y|a|para|en|por)\b|\b(?:en\s{1,2}(?:su\s{1,2})?lugar|en\s{1,2}vez\s{1,2}de|cambiar|sustituir|reemplazar)\b`,
);

/** "Un correo", to grow to "dos correos": things counted (a small number, then a noun), never time. */
export const COUNT_THING_RE = rx(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}|un\s{1,2}solo|una\s{1,2}sola|una|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s{1,3}(?!(?:minutos?|mins?|horas?|hrs?|h|más|poco|poquito|par|rato|ratito|momento|montón|cuant[oa]s|poc[oa]s|tanto|vez\s{1,2}más|de)\b)(\p{L}[\p{L}'-]{1,20})(?=\s{0,2}$|\s{0,2}[,.;:!?)]|\s(?:de|del|a|al|con|en|para|por|y|e|o|que|sobre|hoy|antes|después|mientras|cada|durante|desde|hasta|sin)\b)`,
  'i',
);

/** "Un solo", "una sola", which count as one. */
export const A_SINGLE = rx(String.raw`^(?:un\s{1,2}solo|una\s{1,2}sola)$`, 'i');

/** A step that starts with "dejar de", which a clock time makes a moment to stop. */
export const STOP_FIRST = rx(String.raw`^(?:dejar|dejo|parar|paro)\s{1,2}de\b`);

/** "Un", "una": "leer un libro" offers one page of any book, "escribir una novela" a sentence. */
export const INDEFINITE = /^(?:un|una|uno)$/i;

/** Writing a work offers one sentence of it; editing it, one paragraph. */
export const WRITE_VERB = /^(?:escribir|redactar|reescribir)$/i;
export const EDIT_VERB = /^(?:editar|revisar|corregir)$/i;

/** A first step for a big goal: "correr una maratón" → ponerme las zapatillas de correr. */
export const SMALLER_GOALS: readonly SmallerGoal[] = [
  { match: /maratón/i, step: () => words.resize.runningShoes },
  { match: /trabajo|empleo/i, step: () => words.resize.jobPosting },
  { match: /negocio/i, step: () => words.resize.businessIdea },
  {
    match: rx(String.raw`^aprender\s{1,3}(.+)$`, 'i'),
    step: (goal) => words.resize.fiveMinutesLearning(goal[1]),
  },
];

/** Forever words that can simply go: "siempre", "sin falta"; "cada día de mi vida" → "cada día". */
export const DROP_FOREVER: readonly Rewrite[] = [
  { find: rx(String.raw`\bcada\s+día\s+de\s+mi\s+vida\b`, 'gi'), put: 'cada día' },
  {
    find: rx(String.raw`\btodos\s+y\s+cada\s+uno\s+de\s+los\s+días\b`, 'gi'),
    put: 'todos los días',
  },
  {
    find: rx(
      String.raw`(?:\b(?:siempre(?!\s+que\b)|para\s+siempre|a\s+partir\s+de\s+(?:ahora|hoy)|de\s+ahora\s+en\s+adelante|desde\s+hoy|pase\s+lo\s+que\s+pase|sin\s+falta|sin\s+excepci(?:ón|ones)|sin\s+excusas|en\s+todo\s+momento|perfectamente|a\s+la\s+perfección|al\s+cien\s+por\s+cien)\b|\bal\s+100\s?%),?`,
      'gi',
    ),
    put: '',
  },
];

/** The patterns part of the Spanish table. */
export const patterns: MicrowinLanguageData['patterns'] = {
  ...wishes,
  WHOLE_RE,
  WHOLE_EXEMPT,
  EVERYTHING_RE,
  ALL_THE_RE,
  ALL_THE_EXEMPT,
  CHORE_MASS,
  EVERY_THING_RE,
  HOUSE_RE,
  WRITING_NOUNS,
  PROJECT_RE,
  READ_BOOK_RE,
  BIG_GOAL_RE,
  COUNT_LIMITS,
  BIG_COUNT_RE,
  FOREVER_RE,
  STOP_RE,
  STOP_ANYWHERE_RE,
  STOP_EXEMPT_RE,
  STOP_FIRST,
  COUNT_THING_RE,
  A_SINGLE,
  INDEFINITE,
  WRITE_VERB,
  EDIT_VERB,
  SMALLER_GOALS,
  DROP_FOREVER,
};
