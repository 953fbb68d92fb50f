/** Spanish words of the micro-win check (utils/copy/microwin.ts). */
import { inline } from '@/utils/copy/core';
import { MAX_STEP_MINUTES } from '@/utils/model/limits';

export default {
  looksGood: 'Parece un buen paso pequeño.',
  empty: 'Escribe una cosa pequeña que podrías hacer. Con unas pocas palabras basta.',
  vague:
    'Esto suena a un deseo, y es un buen punto de partida. ¿Qué cosa podrías hacer en unos minutos para acercarte a él?',
  tooBigTime:
    'Es mucho tiempo para un día pesado. Unos minutos cuentan, y siempre puedes hacer más.',
  tooBigScope:
    'Eso es un proyecto entero. Elige un rincón pequeño: un cajón, una página, un correo.',
  tooLong: 'Parece que son varios pasos. ¿Cuál va primero?',
  allOrNothing:
    'Palabras como «siempre» y «nunca» no dejan sitio para un día normal. Prueba algo que harías una vez, hoy.',
  stopInstead: 'Es más fácil hacer algo que dejar de hacer algo. ¿Qué podrías hacer en su lugar?',
  notCheckable:
    '¿Cómo sabrás que está hecho? Añade cuándo termina, como «durante cinco minutos» o «un correo».',
  tryThis: (resized: string): string => `Quizás: «${inline(resized)}»`,

  /** The rules, in words, for docs and help pages, by kind of problem. */
  rules: {
    empty: 'Todavía no hay nada que leer: ni letras ni números.',
    vague:
      'Un deseo o un sentimiento sin ninguna acción («ser más sociable», «sentir más calma», «estar sano»), o «más», «menos» o «mejor» sin una cantidad («hacer más ejercicio»).',
    'too-big': `Más de ${MAX_STEP_MINUTES} minutos («una hora», «2 h»; una hora del reloj como «a la 1 de la tarde» es un momento, no una duración), un lugar o un proyecto entero («toda mi casa», «escribir mi tesis», «leer un libro»), una cantidad grande («50 páginas»), o tantas palabras que son varios pasos. Con un límite de ${MAX_STEP_MINUTES} minutos o menos, una tarea grande está bien.`,
    'all-or-nothing':
      'Palabras de «para siempre» («siempre», «nunca … más», «a partir de ahora», «todos los días sin falta», «a la perfección»), o un paso que solo dice qué no hacer («dejar de …», «no más …», «evitar …») sin nada que hacer en su lugar.',
    'not-checkable':
      'Sin un final claro («trabajar en mi forma física», «llevar mejor el correo», «mejorar …», «ponerme al día con …», «un rato», «todo lo que pueda»), salvo que un tiempo o una cantidad diga cuándo está hecho.',
  },
};
