/**
 * Reading the step out of a Spanish sentence: "voy a …", "quiero …", a leading cue clause
 * ("cuando llegue a casa, …", "después de comer, …") and a purpose clause ("para …").
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { rx } from './regex';

/** An infinitive, with or without a pronoun on its end: "caminar", "estirarme", "ponerlo". */
export const INFINITIVE = String.raw`\p{L}{1,20}(?:ar|er|ir|ír)(?:me|te|se|nos|os|lo|la|los|las|le|les)?\b`;

/** "Voy a …", "vamos a …", before an infinitive: the step follows. */
export const INTENT_STRONG = rx(
  String.raw`(?<!\bno\s{1,2})\b(?:voy|vamos)\s{1,2}a(?:\s{1,2}(?=${INFINITIVE})|\s{0,2}$)`,
  'gi',
);

/** "Quiero …", "tengo que …", at the start or after a comma: the step follows. */
export const INTENT_WEAK = rx(
  String.raw`(?:^|,\s{0,2})(?:(?:yo|hoy|mañana)\s{1,2})?(?:quiero|querría|quisiera|me\s{1,2}gustaría|necesito|tengo\s{1,2}que|debo|debería|intentaré|intento|procuraré|procuro|pienso|planeo|me\s{1,2}propongo|prometo|me\s{1,2}comprometo\s{1,2}a|espero|trataré\s{1,2}de|trato\s{1,2}de|he\s{1,2}de|hay\s{1,2}que|me\s{1,2}toca)\s{1,2}(?=\p{L})`,
  'i',
);

export const LEADING_FILLER = rx(
  String.raw`^(?:(?:y|así\s{1,2}que|vale|ok|bueno|luego|entonces|quizás?|tal\s{1,2}vez|solo|sólo|simplemente|de\s{1,2}verdad|realmente|por\s{1,2}fin|también|intentar|tratar\s{1,2}de|procurar|al\s{1,2}menos|por\s{1,2}lo\s{1,2}menos|hoy|mañana|esta\s{1,2}(?:mañana|tarde|noche)|(?:mi\s{1,2})?(?:meta|objetivo|plan|propósito|intención)(?:\s{1,2}(?:es|será)|:))\b[\s,:]*){1,6}`,
  'i',
);

export const LEADING_CUE = rx(
  String.raw`^(?:cuando|cada\s{1,2}vez\s{1,2}que|siempre\s{1,2}que|después\s{1,2}de(?:l)?|antes\s{1,2}de(?:l)?|tras|al|en\s{1,2}cuanto|nada\s{1,2}más|mientras|si|por\s{1,2}la|a\s{1,2}la|a\s{1,2}las|en|durante|cada|todos\s{1,2}los|todas\s{1,2}las|lo\s{1,2}primero|primero|luego|de\s{1,2}camino)\b[^,]{0,100},\s*`,
  'i',
);

/** A purpose clause after the step: "para …", "porque …", "así …". */
export const PURPOSE = rx(
  String.raw`\s(?:para\s{1,2}que|para\s{1,2}poder|para|porque|así\s{1,2}(?:puedo|podré|estaré|me)|con\s{1,2}el\s{1,2}fin\s{1,2}de|a\s{1,2}fin\s{1,2}de)\b.*$`,
);

/** The reading part of the Spanish table. */
export const reading: MicrowinLanguageData['reading'] = {
  INTENT_STRONG,
  INTENT_WEAK,
  LEADING_FILLER,
  LEADING_CUE,
  PURPOSE,
};
