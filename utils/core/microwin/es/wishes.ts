/**
 * The Spanish patterns for a wish or a feeling rather than an action ("ser más sociable",
 * "sentirme mejor", "comer sano"), and for a step with no finish line ("trabajar en …").
 * Every repetition is bounded.
 */
import { rx } from './regex';

/** A wish or feeling: "ser más sociable", "estar más sano", "sentirme mejor". */
export const BE_FEEL_RE = rx(
  String.raw`^(?:ser|estar|sentirme|sentirse|sentir|me\s{1,2}sentiré|convertirme\s{1,2}en|volverme|llegar\s{1,2}a\s{1,2}ser|seré|estaré|mantenerme|verme|parecer)\b\s*(.*)$`,
);

/** The words after "ser" or "estar" that make it a wish. */
export const WISH_ADJECTIVE = rx(
  String.raw`^(?:más|menos|mucho|muy|tan|realmente|mejor|peor|el\s{1,2}mejor|la\s{1,2}mejor|una?\s{1,2}(?:mejor|buen|buena|persona)\b|feliz|felices|san[oa]|saludable|tranquil[oa]|calmad[oa]|en\s{1,2}forma|fuerte|productiv[oa]|positiv[oa]|organizad[oa]|ordenad[oa]|sociable|paciente|amable|buen[oa]|perfect[oa]|disciplinad[oa]|motivad[oa]|constante|activ[oa]|delgad[oa]|flac[oa]|relajad[oa]|consciente|agradecid[oa]|valiente|segur[oa]\s{1,2}de\s{1,2}mí|optimista|presente|bien|yo\s{1,2}mism[oa]|capaz|independiente|responsable|exitos[oa]|normal|centrad[oa]|equilibrad[oa]|enérgic[oa]|eficiente|puntual|hidratad[oa]|generos[oa]|content[oa]|en\s{1,2}paz|al\s{1,2}día|a\s{1,2}gusto)\b`,
);

/** "Ponerme en forma", "organizarme", "mejorar mi vida". */
export const GET_WISH_RE = rx(
  String.raw`^(?:(?:ponerme|estar|mantenerme)\s{1,2}en\s{1,2}forma|(?:organizarme|motivarme|centrarme|encarrilarme|recuperarme|animarme|superarme|espabilar|mejorar|ponerme\s{1,2}las\s{1,2}pilas)(?:\s{1,2}(?:más|mejor|un\s{1,2}poco))?$|(?:mejorar|cambiar|arreglar|ordenar|organizar|recuperar|encarrilar|poner\s{1,2}en\s{1,2}orden)\s{1,2}mi\s{1,2}vida|poner\s{1,2}(?:mi\s{1,2}vida|orden\s{1,2}en\s{1,2}mi\s{1,2}vida)(?:\s{1,2}en\s{1,2}orden)?)\b`,
);

/** "Tener más energía", "tener una vida mejor". */
export const HAVE_WISH_RE = rx(
  String.raw`^tener\s(?:más|menos|mejor|una\s{1,2}vida|una\s{1,2}mejor|un\s{1,2}mejor|buena|buen|energía|equilibrio|paz|salud)\b`,
);

export const OTHER_WISH_RE = rx(
  String.raw`^(?:disfrutar\s{1,2}(?:de\s{1,2})?(?:la\s{1,2}vida|mi\s{1,2}vida|las\s{1,2}cosas)|quererme(?:\s{1,2}más)?|aceptarme|cuidarme(?:\s{1,2}(?:más|mejor))?|cuidar\s{1,2}(?:de\s{1,2})?(?:mí|mi\s{1,2}salud|mi\s{1,2}cuerpo|mi\s{1,2}mente|mi\s{1,2}salud\s{1,2}mental)|relajarme(?:\s{1,2}más)?$|preocuparme\s{1,2}menos|estresarme\s{1,2}menos|agobiarme\s{1,2}menos|pensar\s{1,2}menos|vivir\s{1,2}(?:mejor|más\s{1,2}san[oa]|san[oa]|bien|más|una\s{1,2}vida\s{1,2}(?:mejor|sana|más\s{1,2}sana))|encontrar\s{1,2}(?:la\s{1,2})?(?:paz|equilibrio|felicidad|motivación|mi\s{1,2}propósito|sentido|paz\s{1,2}interior|tiempo|el\s{1,2}tiempo)|hacer\s{1,2}(?:más\s{1,2}|nuevos\s{1,2})?amigos|hacerlo\s{1,2}mejor|hacer\s{1,2}(?:lo\s{1,2}mejor\s{1,2}que\s{1,2}pueda|lo\s{1,2}que\s{1,2}pueda|algo|cosas|el\s{1,2}bien)$|dar\s{1,2}lo\s{1,2}mejor\s{1,2}de\s{1,2}mí|esforzarme(?:\s{1,2}más)?|intentarlo(?:\s{1,2}más)?|trabajar\s{1,2}más\s{1,2}duro|(?:practicar\s{1,2}(?:el\s{1,2})?)?autocuidado|crecer\s{1,2}como\s{1,2}persona|sanar|pasar\s{1,2}página|soltar|dejar\s{1,2}ir|perder\s{1,2}peso|adelgazar|bajar\s{1,2}de\s{1,2}peso|socializar|moverme\s{1,2}más|hacer\s{1,2}ejercicio$)\b`,
);

/** A value or a topic with no action at all: "salud", "forma física". */
export const BARE_TOPIC_RE = rx(
  String.raw`^(?:salud|forma\s{1,2}física|felicidad|bienestar|productividad|motivación|confianza|calma|paz|equilibrio|crecimiento|conexión|creatividad|disciplina|autocuidado|mindfulness|amor|dinero|carrera|familia|amigos|amistad|amabilidad|aprendizaje|juego|diversión|energía|propósito|sentido|éxito|organización|ejercicio|deporte|dieta|sueño|trabajo|estudios?|vida|peso|algo|cualquier\s{1,2}cosa|cosas|mejor|más|menos|bien|progreso)$`,
);

/** "Más", "menos", "mejor" with no amount to know when it is done. */
export const COMPARATIVE_RE = rx(
  String.raw`\b(?:(?<!\bnunca\s{1,2})más(?!\s{1,2}(?:de|que|tarde)\b)|menos(?!\s{1,2}(?:de|que)\b)|mejor|mejores|peor|antes(?!\s{1,2}del?\b)|más\s{1,2}temprano|regularmente|con\s{1,2}regularidad|constantemente|a\s{1,2}menudo|much[oa]s?|muchísim[oa]s?|correctamente|como\s{1,2}es\s{1,2}debido|en\s{1,2}serio)\b`,
);

/** "Comer sano", "dormir bien", "hacer ejercicio con regularidad". */
export const MANNER_RE = rx(
  String.raw`\b(?:comer|cocinar|dormir|vivir|entrenar|estudiar|hacer\s{1,2}ejercicio|ejercitarme|alimentarme|descansar)\s(?:san[oa]|saludable|sanamente|mejor|bien|más|menos|como\s{1,2}es\s{1,2}debido|en\s{1,2}condiciones|regularmente|con\s{1,2}regularidad|a\s{1,2}menudo|mucho|poco)\b`,
);

/** No finish line. */
export const OPEN_ENDED_RE = rx(
  String.raw`\b(?:trabajar\s{1,2}en|ponerme\s{1,2}con|mejorar|ser\s{1,2}mejor\s{1,2}en|llevar\s{1,2}mejor|centrarme\s{1,2}en|enfocarme\s{1,2}en|concentrarme\s{1,2}en|estar\s{1,2}al\s{1,2}día\s{1,2}con|ponerme\s{1,2}al\s{1,2}día|mantenerme\s{1,2}al\s{1,2}día|ocuparme\s{1,2}de|encargarme\s{1,2}de|pensar\s{1,2}en(?!\s{1,2}(?:algo|alguien)\b)|investigar|informarme\s{1,2}sobre|avanzar\s{1,2}(?:en|con)|hacer\s{1,2}progresos|aclarar|averiguar|resolver|perfeccionar|practicar|pasar\s{1,2}(?:más|menos)\s{1,2}tiempo|todo\s{1,2}lo\s{1,2}que\s{1,2}(?:pueda|puedo)|tanto\s{1,2}como\s{1,2}(?:pueda|puedo|sea\s{1,2}posible)|lo\s{1,2}(?:máximo|más)\s{1,2}posible|más\s{1,2}a\s{1,2}menudo|siempre\s{1,2}que\s{1,2}(?:pueda|puedo)|cuando\s{1,2}(?:pueda|tenga\s{1,2}tiempo)|un\s{1,2}rat(?:o|ito)|un\s{1,2}tiempo|algún\s{1,2}tiempo|mientras\s{1,2}pueda|seguir\s{1,2}(?:adelante|con\s{1,2}ello|trabajando)|continuar|ser\s{1,2}constante|retomar|meterme\s{1,2}en|engancharme\s{1,2}a)\b`,
);

/** Open-ended phrases that a time box fixes, so "durante cinco minutos" can be added. */
export const APPENDABLE_RE = rx(
  String.raw`\b(?:trabajar\s{1,2}en|centrarme\s{1,2}en|enfocarme\s{1,2}en|practicar|ponerme\s{1,2}al\s{1,2}día\s{1,2}con|investigar|informarme\s{1,2}sobre|ocuparme\s{1,2}de|avanzar\s{1,2}(?:en|con)|pensar\s{1,2}en|ponerme\s{1,2}con)\b`,
);

/** An open-ended stretch a time box replaces: "un rato" becomes "durante cinco minutos". */
export const FOR_A_WHILE = rx(
  String.raw`(?:\bdurante\s{1,3})?\b(?:un\s{1,3}rat(?:o|ito)|un\s{1,3}tiempo|algún\s{1,3}tiempo)\b`,
  'gi',
);

/** A step that starts with a feeling or becoming: "sentirme más tranquilo", "volverme …". */
export const FEEL_FIRST = /^(?:sentirme|sentirse|sentir|convertirme|volverme|llegar|me)$/;
