/**
 * The Spanish words the micro-win check writes into the steps it offers: a step for a wish by
 * topic, the pieces a smaller step is built from, and numbers for a grown one. They are in the
 * step's language and must pass its own patterns, so they live with them.
 */
import { article } from './grammar';

type Part = (det: string, noun: string) => string;

/** The same part for each of a few nouns. */
function each(nouns: string, part: Part): Record<string, Part> {
  return Object.fromEntries(nouns.split(' ').map((noun) => [noun, part]));
}

/** "de" before a determiner and a noun, "del" for "el": "de mi tesis", "del garaje". */
function of(det: string, noun: string): string {
  return det === 'el' ? `del ${noun}` : `de ${det} ${noun}`;
}

/** "a" before words, "al" for "el": "a mi tesis", "al proyecto". */
function to(words: string): string {
  return /^el\s/.test(words) ? `al ${words.slice(3)}` : `a ${words}`;
}

/** "de" before words, "del" for "el". */
function ofWords(words: string): string {
  return /^el\s/.test(words) ? `del ${words.slice(3)}` : `de ${words}`;
}

/** A book's determiner, whatever the noun was: "la novela" → "el libro", "esta" → "este". */
const BOOK_DET: Readonly<Record<string, string>> = { la: 'el', esta: 'este', esa: 'ese' };

/** The Spanish words of the micro-win check. */
export const words = {
  /** A concrete step to offer for a wish, by topic. */
  topics: {
    phone: 'Dejar el teléfono en otra habitación diez minutos',
    email: 'Responder a un correo',
    friends: 'Escribir a un amigo',
    calm: 'Respirar despacio tres veces',
    water: 'Beber un vaso de agua',
    food: 'Comer una pieza de fruta',
    sleep: 'Poner el teléfono a cargar al irme a dormir',
    movement: 'Caminar cinco minutos',
    reading: 'Leer una página',
    writing: 'Escribir una frase',
    tidying: 'Guardar una cosa',
    creative: 'Dibujar dos minutos',
    kindness: 'Decir algo amable a alguien',
    gratitude: 'Anotar una cosa buena de hoy',
    starting: 'Empezar una tarea durante dos minutos',
    health: 'Beber un vaso de agua',
  },

  /** The pieces a smaller step is built from. */
  resize: {
    minutes: (size: 5 | 10): string => (size === 10 ? 'diez minutos' : 'cinco minutos'),
    fiveMinutes: 'cinco minutos',
    forTenMinutes: 'durante diez minutos',
    forFiveMinutes: 'durante cinco minutos',
    /** Big counts, by unit, become this much. */
    counts: {
      page: 'una página',
      pushUp: 'cinco flexiones',
      sitUp: 'cinco abdominales',
      squat: 'cinco sentadillas',
      rep: 'cinco repeticiones',
      burpee: 'tres burpees',
      word: 'cincuenta palabras',
      step: 'mil pasos',
      km: 'un kilómetro',
      mile: 'una milla',
      lap: 'dos largos',
      round: 'dos vueltas',
    },
    /** "Toda la ropa" and other things with no plain singular. */
    mass: {
      ropa: 'una prenda de ropa',
      colada: 'una lavadora',
      plancha: 'una prenda',
      deberes: 'un ejercicio de los deberes',
      papeleo: 'un papel',
      correo: 'un correo',
      correspondencia: 'una carta',
      trastos: 'una cosa',
      cosas: 'una cosa',
      desorden: 'una cosa',
      basura: 'una bolsa de basura',
      tareas: 'una tarea',
      platos: 'un plato',
      cacharros: 'un cacharro',
    } as Record<string, string>,
    one: (thing: string): string => `${article(thing)} ${thing}`,
    oneThing: 'una cosa',
    /** The small part of a whole place: "la cocina" → "una encimera", "mi cuarto" → un rincón. */
    parts: {
      ...each('casa hogar piso apartamento departamento sitio', () => 'un cajón'),
      cocina: () => 'una encimera',
      baño: () => 'el lavabo',
      ...each(
        'habitación cuarto dormitorio salón despacho oficina mesa escritorio',
        (det, noun) => `un rincón ${of(det, noun)}`,
      ),
      ...each(
        'garaje sótano desván trastero armario nevera frigorífico estantería despensa',
        (det, noun) => `un estante ${of(det, noun)}`,
      ),
      ...each('jardín patio terraza', (det, noun) => `un trocito ${of(det, noun)}`),
      ...each('correo bandeja', () => 'un correo'),
      ...each('libro novela', (det, noun) => `una página ${of(det, noun)}`),
    },
    readOnePage: (det: string): string =>
      det ? `leer una página ${of(BOOK_DET[det] ?? det, 'libro')}` : 'leer una página',
    writeOneSentence: (whose: string): string =>
      whose ? `escribir una frase ${ofWords(whose)}` : 'escribir una frase',
    editOneParagraph: (whose: string): string =>
      whose ? `revisar un párrafo ${ofWords(whose)}` : 'revisar un párrafo',
    fiveMinutesOn: (thing: string): string => `dedicar cinco minutos ${to(thing)}`,
    fiveMinutesLearning: (what: string): string => `dedicar cinco minutos a aprender ${what}`,
    runningShoes: 'ponerme las zapatillas de correr',
    jobPosting: 'mirar una oferta de trabajo',
    businessIdea: 'anotar una idea de negocio',
  },
  /** Words for growing a step a little (core/microwin/grow.ts); plurals are in grammar.ts. */
  grow: {
    /** Numbers as words, by value (index 0 is zero). */
    numbers: `cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
      quince dieciséis diecisiete dieciocho diecinueve veinte`.split(/\s+/) as readonly string[],
  },
} as const;
