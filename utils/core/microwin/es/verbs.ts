/**
 * Spanish action verbs, by their infinitive, and the forms a written verb may come from:
 * "camino", "caminaré", "caminando" → caminar; "me estiro", "estirarme" → estirar.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { rx } from './regex';

export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `caminar andar pasear escribir llamar telefonear mandar enviar leer beber tomar comer estirar
  respirar poner ir salir abrir responder contestar hacer cocinar lavar llenar ordenar recoger
  limpiar sentar levantar apuntar anotar dibujar pintar tocar jugar cantar bailar escuchar mirar
  ver regar dar acariciar abrazar agradecer preguntar decir sonreír sonreir saludar cepillar duchar
  bañar vestir preparar meditar rezar correr trotar nadar montar pedalear coger agarrar quitar
  guardar barrer fregar aspirar doblar colgar vaciar cargar descargar tirar reciclar archivar pagar
  reservar programar visitar quedar invitar compartir publicar encender apagar cerrar pulsar
  plantar picar cortar hornear hervir tararear silbar nombrar contar fijar sorber masticar enjuagar
  cambiar enchufar desenchufar dejar tumbar acostar echar descansar traer llevar mover frotar
  clasificar organizar comprar devolver sostener besar elegir buscar subir bajar sacar meter
  despejar marcar felicitar practicar repasar estudiar`
    .split(/\s+/)
    .filter(Boolean),
);

/** Forms that follow no rule: "voy" → ir, "haré" → hacer. */
const IRREGULAR: Readonly<Record<string, string>> = {
  voy: 'ir',
  vamos: 'ir',
  iré: 'ir',
  yendo: 'ir',
  hago: 'hacer',
  haré: 'hacer',
  haciendo: 'hacer',
  pongo: 'poner',
  pondré: 'poner',
  salgo: 'salir',
  saldré: 'salir',
  digo: 'decir',
  diré: 'decir',
  diciendo: 'decir',
  doy: 'dar',
  daré: 'dar',
  traigo: 'traer',
  veo: 'ver',
  leo: 'leer',
  lee: 'leer',
  cojo: 'coger',
  elijo: 'elegir',
  friego: 'fregar',
  juego: 'jugar',
  duermo: 'dormir',
  vuelvo: 'volver',
  riego: 'regar',
  sonrío: 'sonreír',
};

/** A pronoun on the end of an infinitive or a gerund: "estirarme", "poniéndolo". */
const ENCLITIC = /(?:me|te|se|nos|os|lo|la|los|las|le|les)$/;

/** Without accents: "estirándome" → "estirandome". */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The infinitives a form may come from (the check keeps those it knows). */
export function stems(word: string): string[] {
  const found: string[] = [];
  if (Object.hasOwn(IRREGULAR, word)) found.push(IRREGULAR[word]);
  const bare = plain(word);
  const unpronouned = ENCLITIC.test(bare) ? bare.replace(ENCLITIC, '') : bare;
  const forms = [bare, unpronouned];
  // A second pronoun: "ponérselo".
  if (ENCLITIC.test(unpronouned)) forms.push(unpronouned.replace(ENCLITIC, ''));
  // Short words ("de", "a", "en") are not verbs this way.
  for (const w of forms.filter((f) => f.length > 3)) {
    if (/(?:ar|er|ir)$/.test(w)) found.push(w === 'sonreir' ? 'sonreír' : w);
    const gerund = /^(.+?)(ando|iendo|yendo)$/.exec(w);
    if (gerund) {
      if (gerund[2] === 'ando') found.push(`${gerund[1]}ar`);
      else found.push(`${gerund[1]}er`, `${gerund[1]}ir`);
    }
    // The future: "caminaré", "leeremos".
    const future = /^(.+(?:ar|er|ir))(?:e|as|a|emos|eis|an)$/.exec(w);
    if (future) found.push(future[1]);
    // The present: "camino", "camina", "caminamos", "lee", "escribimos".
    const present = /^(.{2,}?)(?:o|as|a|amos|an|es|e|emos|en|imos)$/.exec(w);
    if (present) {
      const base = present[1];
      found.push(`${base}ar`, `${base}er`, `${base}ir`);
    }
  }
  return found;
}

/** Words that join a second action on: "y", "luego", a comma, or a gerund ("escribiendo a …"). */
export const FOLLOW_UP = rx(
  String.raw`\b(?:y|e|luego(?!\s{1,2}de\b)|después(?!\s{1,2}de\b)|entonces|mediante|en\s{1,2}su\s{1,2}lugar|en\s{1,2}vez\s{1,2}de\s{1,2}eso)\b|[,;:—]|\s-\s|(?=\s\p{L}{1,20}(?:ando|iendo|yendo)(?:me|te|se|lo|la|le)?\b)`,
  'i',
);

/** Spanish words are letters. */
export const WORD_SPLIT = /[^\p{L}']+/u;

/** The verbs part of the Spanish table. */
export const verbs: MicrowinLanguageData['verbs'] = {
  ACTION_VERBS,
  FOLLOW_UP,
  WORD_SPLIT,
  stems,
};
