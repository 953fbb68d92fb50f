/** Spanish words of first run and the editors (utils/copy/options/onboarding.ts). */
import { inline, whole } from '@/utils/copy/core';

export default {
  welcome: {
    progress: (n: number): string => `Parte ${Math.min(3, Math.max(1, whole(n)))} de 3`,
    stages: ['Un valor', 'Un paso', 'Un momento'] as readonly string[],
    valueHeading: '¿Qué te importa?',
    valueIntro:
      'Ponle nombre a un valor y di cómo se nota en tu día a día. Puedes cambiarlo cuando quieras.',
    whichValue: '¿Para qué valor es?',
    newValue: 'Un valor nuevo',
    stepHeading: 'Un paso pequeño para él',
    stepIntro:
      'Algo que podrías hacer en unos minutos, incluso en un día pesado. Si parece casi demasiado pequeño para que valga la pena, es justo lo adecuado.',
    cueHeading: '¿Cuándo lo vas a hacer?',
    cueIntro: 'Une el paso a un momento de tu día y deja que sea el momento el que te lo recuerde.',
    back: 'Atrás',
    next: 'Siguiente',
    save: 'Guardar mi plan',
    doneHeading: 'Tu plan está listo',
    doneIntro: 'Este es tu punto de apoyo:',
    doneNext:
      'Cuando llegue el momento, haz el paso, o el más pequeño. Los dos cuentan, y cada logro se guarda.',
    openNewTab: 'Abrir una nueva pestaña',
    seeSteps: 'Ver mis valores y pasos',
    addAnother: 'Añadir otro paso',
    haveBackup: '¿Ya tienes una copia de seguridad?',
    loadBackup: 'Cárgala en Tus datos',
  },

  value: {
    name: 'Valor',
    nameHint: 'Una o dos palabras, como Conexión o Salud.',
    looksLike: 'Cómo se nota en tu día a día',
    looksLikeHint: 'Por ejemplo: escribo a alguien.',
    why: 'Por qué te importa, en una frase',
    whyHint: 'Por ejemplo: la gente me ayuda a mantenerme firme.',
    ideas: 'Ideas para empezar',
    nameNeeded: 'Primero ponle un nombre a este valor. Basta con una palabra.',
    add: 'Añadir un valor',
    edit: 'Editar valor',
    setAside: 'Apartar',
    bringBack: 'Recuperar',
    delete: 'Borrar valor',
    setAsideHeading: (n: number): string => `Valores apartados por ahora (${whole(n)})`,
    didSetAside: (name: string): string =>
      `Apartado: ${inline(name)}. Sale de la nueva pestaña y de las listas para elegir. El historial lo conserva.`,
    didBringBack: (name: string): string => `Recuperado: ${inline(name)}.`,
    didDelete: (name: string): string => `Borrado: ${inline(name)}.`,
    cannotDelete: (name: string, steps: number, entries: number): string =>
      `${inline(name)} se queda: ${[
        steps ? `${whole(steps) === 1 ? 'tiene 1 paso' : `tiene ${whole(steps)} pasos`}` : '',
        entries
          ? `${whole(entries) === 1 ? '1 entrada lo nombra' : `${whole(entries)} entradas lo nombran`}`
          : '',
      ]
        .filter(Boolean)
        .join(
          ' y ',
        )}. Puedes apartarlo en su lugar: sale de la nueva pestaña, y el historial lo conserva.`,
    setAsideInstead: 'Apartarlo en su lugar',
    undo: 'Deshacer',
    save: 'Guardar valor',
    newHeading: 'Un valor nuevo',
    editHeading: 'Editar este valor',
  },

  step: {
    step: 'Tu paso',
    stepHint: 'Lo bastante concreto para saber cuándo está hecho.',
    smallerStep: 'Paso más pequeño, para días pesados',
    smallerHint: 'Una versión aún más pequeña. Si ducharte es demasiado, abre el grifo.',
    smallerAsk:
      'Un paso más pequeño hace más llevaderos los días pesados. Añade uno si puedes, o sigue sin él.',
    minutes: '¿Cuántos minutos, más o menos?',
    minutesFromWords: (n: number): string =>
      `Tu paso dice ${whole(n)} ${whole(n) === 1 ? 'minuto' : 'minutos'}, así que ese es el tiempo que muestra Footholds.`,
    ideas: 'Ideas para este valor',
    bodyIdeas: 'Ideas de lo básico para el cuerpo: dormir, comer y moverse',
    stepNeeded: 'Primero escribe una cosa pequeña que hacer. Con unas pocas palabras basta.',
    value: '¿Para qué valor?',
    newHeading: 'Un paso nuevo',
    editHeading: 'Editar este paso',
    save: 'Guardar paso',
    growNote: 'Un poco más grande, solo si te parece bien. Dejarlo como está también está bien.',
    shrinkNote:
      '¿Cuál sería una versión más pequeña? Tu paso más pequeño es un buen punto de partida.',
    useSmaller: 'Usar mi paso más pequeño como paso',
  },

  check: {
    useThis: 'Usar esto',
    ownWords: 'Tus propias palabras también valen.',
  },

  cue: {
    legend: '¿Cuándo lo vas a hacer?',
    kinds: {
      time: 'A una hora',
      'browser-start': 'Cuando se abre el navegador',
      'back-at-computer': 'Cuando vuelvo al ordenador',
      'first-tab': 'En mi primera nueva pestaña del día',
      anchor: 'Después de algo que ya hago',
    },
    hints: {
      time: 'Un recordatorio suave a la hora que elijas.',
      'browser-start': 'Un recordatorio al abrir el navegador.',
      'back-at-computer': 'Un recordatorio cuando vuelvas después de un rato fuera.',
      'first-tab': 'Tu paso te espera en la primera nueva pestaña de cada día.',
      anchor:
        'Como «después de mi café de la mañana». El navegador no puede verlo, así que se muestra como un plan.',
    },
    time: 'Hora',
    addTime: 'Añadir una hora',
    moreTime: (n: number): string =>
      ['Segunda hora', 'Tercera hora', 'Cuarta hora'][n - 1] ?? `Hora ${whole(n + 1)}`,
    removeTime: (time: string): string => `Quitar la hora ${time}`,
    removeMoreTime: (n: number): string =>
      `Quitar la ${['segunda', 'tercera', 'cuarta'][n - 1] ?? whole(n + 1)} hora`,
    remove: 'Quitar',
    moreTimesHint: 'Cada hora trae su propio recordatorio, hasta que hagas el paso ese día.',
    timesLimit: (n: number): string => `Un paso puede tener hasta ${whole(n)} horas al día.`,
    days: 'Estos días',
    awayMinutes: 'Minutos fuera, como mínimo',
    anchorText: '¿Después de qué?',
    anchorPlaceholder: 'después de mi café de la mañana',
    remind: 'Recordármelo también a una hora',
    remindAt: 'Hora del recordatorio',
    needTime: 'Elige una hora, como las 13:00.',
    timeTwice: 'Esta hora ya está. Elige otra o quítala.',
    needDays: 'Elige al menos un día.',
    needAway: 'Usa un número entero de minutos, de 1 a 1440.',
    needAnchor: 'Escribe el momento en pocas palabras, como «después de mi café de la mañana».',
  },
};
