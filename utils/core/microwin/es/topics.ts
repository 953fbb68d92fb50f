/**
 * Concrete Spanish steps to offer for a wish, by topic. Topics that touch health conditions,
 * weight or harm get no suggestion: those belong with the person and their clinician, not a word list.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { rx } from './regex';
import { words } from './words';

export const SENSITIVE_RE = rx(
  String.raw`\b(?:fum\p{L}{0,12}|tabaco|cigarr\p{L}{0,12}|vape\p{L}{0,12}|vapear|alcohol|drogas?|porros?|peso|pesarme|adelgaz\p{L}{0,12}|kilos?|kg|libras|calorías|dieta\p{L}{0,12}|autolesi\p{L}{0,12}|hacerme\s{1,2}daño|dañ\p{L}{0,12}|lastim\p{L}{0,12}|matar\p{L}{0,12}|suicid\p{L}{0,12}|morir\p{L}{0,12}|muert[oa]s?|medicación|medicamentos?|pastillas?)\b`,
);

/** `instead`: the step also works as something to do in place of a habit the person wants less of. */
export const TOPICS: readonly { match: RegExp; step: string; instead?: boolean }[] = [
  {
    match: rx(
      String.raw`\b(?:teléfono|móvil|celular|pantallas?|redes(?:\s{1,2}sociales)?|instagram|tiktok|youtube|netflix|scroll\p{L}{0,8})\b`,
    ),
    step: words.topics.phone,
    instead: true,
  },
  {
    match: rx(String.raw`\b(?:correos?|e-?mails?|mails?|bandeja\s{1,2}de\s{1,2}entrada)\b`),
    step: words.topics.email,
  },
  {
    match: rx(
      String.raw`\b(?:sociable|amig\p{L}{0,8}|sol[oa]|soledad|conectar|gente|personas|socializar|relacionarme)\b`,
    ),
    step: words.topics.friends,
  },
  {
    match: rx(
      String.raw`\b(?:tranquil\p{L}{0,8}|calma|calmad[oa]|relaj\p{L}{0,8}|ansiedad|ansios[oa]|estrés|estresad[oa]|estresarme|preocup\p{L}{0,10}|paz|agobi\p{L}{0,8}|nervios\p{L}{0,4})\b`,
    ),
    step: words.topics.calm,
    instead: true,
  },
  { match: rx(String.raw`\b(?:agua|hidrat\p{L}{0,8})\b`), step: words.topics.water },
  {
    match: rx(
      String.raw`\b(?:comer|comida|alimenta\p{L}{0,8}|picar|picoteo|azúcar|dulces|fruta|verdura\p{L}{0,2}|comida\s{1,2}basura)\b`,
    ),
    step: words.topics.food,
    instead: true,
  },
  {
    match: rx(
      String.raw`\b(?:dormir|duermo|sueño|cama|acostarme|descans\p{L}{0,6}|cansad[oa]|trasnochar)\b`,
    ),
    step: words.topics.sleep,
    instead: true,
  },
  {
    match: rx(
      String.raw`\b(?:forma|ejercicio|deporte|activ[oa]|moverme|gimnasio|gym|correr|caminar|andar|entrenar|maratón|corredor[a]?)\b`,
    ),
    step: words.topics.movement,
    instead: true,
  },
  { match: rx(String.raw`\b(?:leer|lectura|libros?)\b`), step: words.topics.reading },
  { match: rx(String.raw`\b(?:escribir|escritura|diario)\b`), step: words.topics.writing },
  {
    match: rx(
      String.raw`\b(?:ordenar|orden|ordenad[oa]|organiz\p{L}{0,8}|desorden|limpi\p{L}{0,8}|casa|recoger)\b`,
    ),
    step: words.topics.tidying,
  },
  {
    match: rx(String.raw`\b(?:creativ\p{L}{0,8}|arte|dibuj\p{L}{0,6}|pint\p{L}{0,6}|música)\b`),
    step: words.topics.creative,
  },
  {
    match: rx(
      String.raw`\b(?:amable|amabilidad|paciente|paciencia|generos\p{L}{0,6}|cariños[oa])\b`,
    ),
    step: words.topics.kindness,
  },
  {
    match: rx(
      String.raw`\b(?:agradecid[oa]|gratitud|positiv[oa]|optimista|feliz|felices|felicidad|content[oa])\b`,
    ),
    step: words.topics.gratitude,
  },
  {
    match: rx(
      String.raw`\b(?:procrastin\p{L}{0,8}|productiv\p{L}{0,6}|vag[oa]|pereza|perezos[oa]|motiva\p{L}{0,8}|disciplina\p{L}{0,4}|concentr\p{L}{0,8}|centrarme|trabajo|trabajar|estudiar|estudio|deberes|tareas?)\b`,
    ),
    step: words.topics.starting,
    instead: true,
  },
  {
    match: rx(String.raw`\b(?:san[oa]|saludable|salud|cuidarme|autocuidado|mí\s{1,2}mism[oa])\b`),
    step: words.topics.health,
  },
];

/** The topics part of the Spanish table. */
export const topics: MicrowinLanguageData['topics'] = {
  SENSITIVE_RE,
  TOPICS,
};
