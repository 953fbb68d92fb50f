/**
 * The micro-win check in Spanish: a table of steps a counsellor would accept and steps with a
 * problem (with the smaller step offered, where one is), read with the Spanish table through the
 * Steps page's `checkStepText(text, 'es')`; the Spanish starters pass; minutes and growth read
 * Spanish numbers.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_BASICS } from '@/utils/copy/es/bodyBasics';
import { VALUES_A } from '@/utils/copy/es/valuesA';
import { VALUES_B } from '@/utils/copy/es/valuesB';
import {
  growStep,
  loadMicrowinTable,
  minutesIn,
  type StepProblemKind,
} from '@/utils/core/microwin';
import { es } from '@/utils/core/microwin/es';
import { words as esWords } from '@/utils/core/microwin/es/words';
import { wordsMinutes } from '@/utils/core/stepMinutes';
import { checkStepText } from '@/utils/pages/options/stepCheck';

// The Spanish table is a chunk of its own, loaded when a page speaks Spanish.
beforeAll(() => loadMicrowinTable('es'));

const check = (text: string) => checkStepText(text, 'es');
const kinds = (text: string) => check(text).problems.map((p) => p.kind);

/** Steps a counsellor would accept as they are. */
const GOOD: string[] = [
  'ponerme las zapatillas para caminar',
  'responder a un correo',
  'estirarme dos minutos al despertarme',
  'llenar mi botella de agua antes del trabajo',
  'caminar diez minutos después de comer',
  'escribir a un amigo',
  'Beber un vaso de agua',
  'Abrir el chat con un amigo',
  'Voy a caminar diez minutos a las 13:00',
  'Me estiro dos minutos antes de las 11',
  'Voy a escribir a un amigo después de comer',
  'Quiero leer una página antes de dormir',
  'Cuando llegue a casa, voy a dejar las llaves en el cuenco',
  'Después del café, escribo una frase en mi diario',
  'Después de comer, camino diez minutos',
  'Al llegar a casa, me quito los zapatos',
  'Todos los días, camino cinco minutos',
  'a las 13:00, caminar diez minutos',
  'Levantarme a las 7:30',
  'Acostarme antes de las 11 de la noche',
  'estar en la cama a las 11',
  'estar fuera diez minutos',
  'caminar en 2 horas',
  'apagar las pantallas 30 minutos antes de dormir',
  'acostarme 15 minutos antes',
  'dar un paseo de diez minutos',
  'leer un cuarto de hora',
  'caminar 15 minutos',
  'estirarme 90 segundos',
  'meditar 5 min',
  'lavarme los dientes',
  'hacer la cama',
  'regar una planta',
  'anotar tres cosas por las que estoy agradecido',
  'salir a dar un paseo',
  'escuchar una canción',
  'llamar a mamá a las 6 de la tarde',
  'salir fuera dos minutos',
  'respirar despacio tres veces para calmarme',
  'ser más sociable escribiendo a un amigo',
  'ser más sociable y escribir a un amigo',
  'dejar de mirar el móvil y ponerlo en un cajón',
  'dejar de trabajar a las 18:00',
  'Caminar 10 min, luego estirarme 5 min',
  'ordenar toda mi habitación diez minutos',
  'trabajar en mi tesis cinco minutos',
  'dedicar dos minutos a aprender inglés',
  'Voy a leer un capítulo',
  'leer una página',
  'Camino diez minutos',
  'Caminaré diez minutos',
  'Cuando termine de cenar, friego un plato',
  'hacer ejercicio diez minutos',
  'dormir una siesta de diez minutos',
  'Probar una cosa que nunca he probado',
  'Decir que no a una petición pequeña',
  'Dejar el teléfono boca abajo al irme a dormir',
  'lire une page', // another language: nothing to judge, so no problems
];

type Row = [text: string, kind: StepProblemKind, resized?: string];

/** Steps with a problem, the kind expected, and the resized step where one is expected. */
const BAD: Row[] = [
  // empty
  ['', 'empty'],
  ['   ', 'empty'],
  ['...', 'empty'],
  ['🚶', 'empty'],
  ['Voy a', 'empty'],
  // vague
  ['ser más sociable', 'vague', 'Escribir a un amigo'],
  ['sentirme más tranquilo', 'vague', 'Respirar despacio tres veces'],
  ['estar más sano', 'vague', 'Beber un vaso de agua'],
  ['Quiero ser más feliz', 'vague', 'Anotar una cosa buena de hoy'],
  ['hacer más ejercicio', 'vague', 'Caminar cinco minutos'],
  ['dormir mejor', 'vague', 'Poner el teléfono a cargar al irme a dormir'],
  ['acostarme antes', 'vague'],
  ['comer sano', 'vague', 'Comer una pieza de fruta'],
  ['salud', 'vague'],
  ['beber más agua', 'vague', 'Beber un vaso de agua'],
  ['ser productivo', 'vague', 'Empezar una tarea durante dos minutos'],
  ['cuidarme', 'vague'],
  ['poner mi vida en orden', 'vague'],
  ['perder peso', 'vague'],
  ['ser amable', 'vague', 'Decir algo amable a alguien'],
  ['Voy a intentar ser mejor', 'vague'],
  ['ser mejor persona', 'vague'],
  ['tener más energía', 'vague'],
  ['convertirme en corredor', 'vague'],
  ['estar tranquilo', 'vague'],
  ['Voy a ponerme en forma', 'vague', 'Caminar cinco minutos'],
  ['dar lo mejor de mí', 'vague'],
  ['pasar menos tiempo con el móvil', 'vague'],
  ['sentirme mejor', 'vague'],
  // too big: time
  ['hacer ejercicio una hora cada día', 'too-big', 'hacer ejercicio diez minutos cada día'],
  ['estudiar 3 horas', 'too-big', 'estudiar diez minutos'],
  ['Voy a leer veinte minutos', 'too-big', 'Voy a leer cinco minutos'],
  ['caminar 1,5 h', 'too-big', 'caminar diez minutos'],
  ['meditar media hora', 'too-big', 'meditar cinco minutos'],
  ['caminar una hora y media', 'too-big', 'caminar diez minutos'],
  ['caminar hora y media', 'too-big', 'caminar diez minutos'],
  ['limpiar 2-3 horas', 'too-big', 'limpiar diez minutos'],
  ['estudiar todo el día', 'too-big', 'estudiar durante diez minutos'],
  ['cuarenta y cinco minutos de yoga', 'too-big', 'cinco minutos de yoga'],
  ['caminar tres cuartos de hora', 'too-big', 'caminar cinco minutos'],
  ['caminar 2h', 'too-big', 'caminar diez minutos'],
  ['un par de horas de estudio', 'too-big', 'diez minutos de estudio'],
  ['caminar 16 minutos', 'too-big', 'caminar cinco minutos'],
  ['leer veinticinco minutos', 'too-big', 'leer cinco minutos'],
  ['leer treinta y cinco minutos', 'too-big', 'leer cinco minutos'],
  [
    'Voy a hacer ejercicio durante una hora cada día',
    'too-big',
    'Voy a hacer ejercicio durante diez minutos cada día',
  ],
  // too big: whole places and projects, big counts
  ['organizar toda mi casa', 'too-big', 'organizar un cajón'],
  ['Organizar toda mi casa.', 'too-big', 'Organizar un cajón.'],
  ['limpiar la cocina entera', 'too-big', 'limpiar una encimera'],
  ['Voy a limpiar la cocina entera esta noche', 'too-big', 'Voy a limpiar una encimera esta noche'],
  ['terminar mi tesis', 'too-big', 'dedicar cinco minutos a mi tesis'],
  ['escribir mi tesis', 'too-big', 'escribir una frase de mi tesis'],
  ['leer un libro', 'too-big', 'leer una página'],
  ['leer mi novela', 'too-big', 'leer una página de mi libro'],
  ['limpiar la casa', 'too-big', 'limpiar un cajón'],
  ['ordenar todo el piso', 'too-big', 'ordenar un cajón'],
  ['ordenar el garaje', 'too-big', 'ordenar un estante del garaje'],
  ['responder a todos mis correos', 'too-big', 'responder a un correo'],
  ['responder cada correo', 'too-big', 'responder un correo'],
  ['limpiar todo', 'too-big', 'limpiar una cosa'],
  ['fregar todos los platos', 'too-big', 'fregar un plato'],
  ['lavar toda la ropa', 'too-big', 'lavar una prenda de ropa'],
  ['hacer 100 flexiones', 'too-big', 'hacer cinco flexiones'],
  ['leer 50 páginas', 'too-big', 'leer una página'],
  ['caminar 10.000 pasos', 'too-big', 'caminar mil pasos'],
  ['caminar diez mil pasos', 'too-big', 'caminar mil pasos'],
  ['Escribir 2000 palabras', 'too-big', 'Escribir cincuenta palabras'],
  ['correr 10 km', 'too-big', 'correr un kilómetro'],
  ['aprender inglés', 'too-big', 'dedicar cinco minutos a aprender inglés'],
  [
    'aprender a tocar la guitarra',
    'too-big',
    'dedicar cinco minutos a aprender a tocar la guitarra',
  ],
  ['correr una maratón', 'too-big', 'ponerme las zapatillas de correr'],
  ['encontrar un trabajo nuevo', 'too-big', 'mirar una oferta de trabajo'],
  ['escribir un libro', 'too-big', 'escribir una frase'],
  [
    'hacer la declaración de la renta',
    'too-big',
    'dedicar cinco minutos a la declaración de la renta',
  ],
  ['revisar mi ensayo', 'too-big', 'revisar un párrafo de mi ensayo'],
  ['Perder 5 kilos', 'too-big'],
  [`caminar ${'y luego un poco más '.repeat(20)}`, 'too-big'],
  // all or nothing
  ['nunca más procrastinar', 'all-or-nothing', 'Empezar una tarea durante dos minutos'],
  ['Nunca procrastinar', 'all-or-nothing', 'Empezar una tarea durante dos minutos'],
  ['no volver a procrastinar nunca', 'all-or-nothing', 'Empezar una tarea durante dos minutos'],
  ['siempre comer sano', 'all-or-nothing', 'Comer una pieza de fruta'],
  ['dejar de ser vago', 'all-or-nothing', 'Empezar una tarea durante dos minutos'],
  ['dejar de hacer scroll', 'all-or-nothing', 'Dejar el teléfono en otra habitación diez minutos'],
  ['dejar de fumar', 'all-or-nothing'],
  ['No voy a picar después de cenar', 'all-or-nothing'],
  ['Quiero dejar de mirar el móvil', 'all-or-nothing'],
  ['No mirar el correo antes de las 9', 'all-or-nothing'],
  ['sin móvil en la cama', 'all-or-nothing'],
  [
    'Escribir a un amigo todos los días sin falta',
    'all-or-nothing',
    'Escribir a un amigo todos los días',
  ],
  ['Caminar cinco minutos cada día de mi vida', 'all-or-nothing', 'Caminar cinco minutos cada día'],
  ['dar el 100% en el trabajo', 'all-or-nothing'],
  ['ser perfecto', 'all-or-nothing'],
  ['comer sano a partir de ahora', 'all-or-nothing'],
  [
    'Voy a caminar siempre cinco minutos después de comer',
    'all-or-nothing',
    'Voy a caminar cinco minutos después de comer',
  ],
  // not checkable
  [
    'trabajar en mi forma física',
    'not-checkable',
    'trabajar en mi forma física durante cinco minutos',
  ],
  ['llevar mejor el correo', 'not-checkable', 'Responder a un correo'],
  ['mejorar mi postura', 'not-checkable'],
  ['practicar guitarra', 'not-checkable', 'practicar guitarra durante cinco minutos'],
  ['leer un rato', 'not-checkable', 'leer durante cinco minutos'],
  [
    'ponerme al día con el correo',
    'not-checkable',
    'ponerme al día con el correo durante cinco minutos',
  ],
  ['estar al día con las noticias', 'not-checkable'],
  ['averiguar mi presupuesto', 'not-checkable'],
  ['mejorar en la cocina', 'not-checkable'],
  ['caminar todo lo que pueda', 'not-checkable'],
];

/** Every Spanish starter step and its smaller step. */
const STARTER_STEPS = [
  ...[...VALUES_A, ...VALUES_B].flatMap((v) => v.steps),
  ...BODY_BASICS,
].flatMap((s) => [s.step, s.smallerStep]);

describe('checkStep in Spanish', () => {
  it('has a table of at least 100 phrasings, both ways, covering every kind', () => {
    expect(GOOD.length + BAD.length).toBeGreaterThanOrEqual(100);
    expect(GOOD.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(BAD.map(([, kind]) => kind));
    expect([...covered].sort()).toEqual(
      ['all-or-nothing', 'empty', 'not-checkable', 'too-big', 'vague'].sort(),
    );
  });

  it.each(GOOD)('accepts %j', (text) => {
    expect(check(text)).toEqual({ ok: true, problems: [] });
  });

  it.each(BAD)('flags %j as %s', (text, kind, resized) => {
    const result = check(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.kind)).toContain(kind);
    if (resized !== undefined) expect(result.resized).toBe(resized);
  });

  it('offers resized steps that pass the check themselves', () => {
    for (const [text] of BAD) {
      const { resized } = check(text);
      if (resized !== undefined) {
        expect(check(resized), `${text} → ${resized}`).toEqual({ ok: true, problems: [] });
        expect(resized).not.toBe(text);
      }
    }
  });

  it('passes every Spanish starter step and smaller step', () => {
    expect(STARTER_STEPS.length).toBeGreaterThan(100);
    for (const step of STARTER_STEPS) {
      expect(check(step), step).toEqual({ ok: true, problems: [] });
    }
  });

  it('reads a clock time as a cue, never as a length of time', () => {
    for (const text of [
      'caminar a las 7',
      'caminar a la 1',
      'caminar a las 13:00',
      'caminar a las 7 y media',
      'caminar a las 9 de la noche',
      'caminar al mediodía',
    ]) {
      expect(kinds(text), text).not.toContain('too-big');
      expect(minutesIn(text, 'es'), text).toBeUndefined();
    }
  });

  it('reads numbers in digits and in words', () => {
    expect(kinds('leer veinte minutos')).toContain('too-big');
    expect(kinds('leer 2 horas')).toContain('too-big');
    expect(kinds('leer 1,5 h')).toContain('too-big');
    expect(kinds('leer media hora')).toContain('too-big');
    expect(kinds('leer veinticinco minutos')).toContain('too-big');
    expect(kinds('leer unos minutos')).toEqual([]);
    expect(kinds('leer diez minutos')).toEqual([]);
    expect(kinds('leer 5 min')).toEqual([]);
    expect(minutesIn('treinta y cinco minutos', 'es')).toBe(35);
    expect(minutesIn('de 5 a 10 minutos', 'es')).toBe(10);
    expect(minutesIn('dos horas y media', 'es')).toBe(150);
    expect(minutesIn('tres cuartos de hora', 'es')).toBe(45);
    // A moment, not a length: "en diez minutos", "al cabo de diez minutos".
    expect(minutesIn('caminar en diez minutos', 'es')).toBeUndefined();
    expect(minutesIn('caminar al cabo de diez minutos', 'es')).toBeUndefined();
    expect(minutesIn('caminar durante diez minutos después de comer', 'es')).toBe(10);
  });

  it('offers no suggestion on topics that belong with a clinician', () => {
    expect(check('dejar de fumar').resized).toBeUndefined();
    expect(check('perder peso').resized).toBeUndefined();
    expect(check('Perder 5 kilos').resized).toBeUndefined();
  });

  it('offers topic steps and first steps that pass the check themselves', () => {
    const offered = [
      ...es.topics.TOPICS.map((t) => t.step),
      esWords.resize.runningShoes,
      esWords.resize.jobPosting,
      esWords.resize.businessIdea,
    ];
    for (const step of offered) expect(check(step), step).toEqual({ ok: true, problems: [] });
  });

  it('handles inputs built to make a regex backtrack (a smoke test)', () => {
    const nasty = [
      'a '.repeat(5000),
      'toda la '.repeat(1500),
      'media '.repeat(1500),
      'treinta y '.repeat(1000),
      'ser más '.repeat(1500),
      'voy a '.repeat(1500),
      'cuando '.repeat(2000),
      '1.000.'.repeat(2000),
      'nunca '.repeat(2000),
      'á'.repeat(5000),
    ];
    for (const text of nasty) {
      const started = Date.now();
      const result = check(text);
      expect(result.ok).toBe(result.problems.length === 0);
      expect(Date.now() - started, text.slice(0, 20)).toBeLessThan(1000);
    }
  });

  it('never throws, and every step it offers passes, for any Spanish-like string', () => {
    const words = fc.constantFrom(
      ...`caminar durante diez minutos una hora media y hora voy a quiero nunca más siempre dejar de
      ser más sociable mi toda la casa entera a las 1 13:00 2 h un correo trabajar en y luego , -
      100 páginas el cocina leer libro cada día sin falta todos los __proto__ 😀 para no`.split(
        /\s+/,
      ),
    );
    const phrase = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string(), phrase), (text) => {
        const result = check(text);
        expect(result.ok).toBe(result.problems.length === 0);
        if (result.resized !== undefined) expect(check(result.resized).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('minutes in Spanish words', () => {
  it('reads the minutes a step names', () => {
    expect(wordsMinutes('Caminar diez minutos', 'es')?.named).toBe(10);
    expect(wordsMinutes('Meditar media hora', 'es')?.named).toBe(30);
    expect(wordsMinutes('Caminar hora y media', 'es')?.named).toBe(90);
    expect(wordsMinutes('Leer un cuarto de hora', 'es')?.named).toBe(15);
    expect(wordsMinutes('Caminar una hora y media', 'es')?.named).toBe(90);
    expect(wordsMinutes('Estirarme un minuto', 'es')?.named).toBe(1);
  });

  it('reads English numbers unless told otherwise', () => {
    expect(wordsMinutes('Caminar diez minutos')).toBeUndefined();
    expect(wordsMinutes('Walk for ten minutes', 'es')).toBeUndefined();
  });
});

/** [step, its estimate in minutes, the proposed step, the proposed estimate]. */
const GROW: [string, number, string, number][] = [
  ['Caminar diez minutos', 10, 'Caminar doce minutos', 12],
  ['Leer una página', 2, 'Leer dos páginas', 4],
  ['Estirarme dos minutos', 2, 'Estirarme tres minutos', 3],
  ['Escribir a un amigo', 2, 'Escribir a dos amigos', 4],
  ['Hacer 5 flexiones', 2, 'Hacer 6 flexiones', 3],
  ['Beber un vaso de agua', 1, 'Beber dos vasos de agua', 2],
  ['Escribir una frase', 2, 'Escribir dos frases', 4],
  ['Meditar 5 minutos', 5, 'Meditar 6 minutos', 6],
  ['Ordenar un cajón', 5, 'Ordenar dos cajones', 10],
  ['Hacer diez sentadillas', 3, 'Hacer doce sentadillas', 4],
  ['Escuchar una canción', 4, 'Escuchar dos canciones', 8],
  ['Girar los hombros tres veces', 1, 'Girar los hombros cuatro veces', 2],
  ['Respirar despacio una vez', 1, 'Respirar despacio dos veces', 2],
  ['Practicar una habilidad un minuto', 1, 'Practicar una habilidad dos minutos', 2],
  ['Después de comer, caminar 4 min', 4, 'Después de comer, caminar 5 min', 5],
  ['Nadar dos largos', 4, 'Nadar tres largos', 6],
];

describe('growStep in Spanish', () => {
  it.each(GROW)('%j (%i min) grows to %j (%i min)', (step, minutes, grown, grownMinutes) => {
    expect(check(step).ok).toBe(true);
    expect(growStep(step, minutes, 'es')).toEqual({ step: grown, minutes: grownMinutes });
    expect(check(grown)).toEqual({ ok: true, problems: [] });
  });

  it.each([
    ['Caminar quince minutos', 15], // at the top of what a small step holds
    ['Leer diez páginas', 10], // twelve pages would be too big a step
    ['Escuchar una canción tranquila', 4], // an adjective after the noun would not agree
    ['Ponerme las zapatillas', 2], // nothing in the words to grow
  ])('leaves %j as it is', (step, minutes) => {
    expect(growStep(step, minutes, 'es')).toBeUndefined();
  });
});
