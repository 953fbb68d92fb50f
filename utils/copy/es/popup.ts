/** Spanish words of the toolbar popup and the check-in (utils/copy/popup.ts). */
import { inline, whole } from '@/utils/copy/core';
import { plural } from '@/utils/copy/lang/sentences';

export default {
  popup: {
    stepsHeading: 'Pasos de hoy',
    nothingPlannedToday:
      'Nada planeado para hoy. Un día libre está bien, y cualquier pequeño logro sigue contando.',
    nothingLoggedToday: 'Hoy aún no has anotado nada. Con un pequeño paso basta.',
    undone: 'Deshecho.',
    todayStepLink: 'El paso de hoy',
    reviewLink: 'Revisión semanal',
    shortPlan: (cue: string, step: string, value: string): string =>
      [inline(cue), inline(step), inline(value)].filter(Boolean).join(' · '),
    done: 'Hecho',
    doneSmaller: 'Hecho, más pequeño',
    setAside: 'Hoy no',
    smaller: 'Más pequeño',
    smallerLabel: (smallerStep: string): string =>
      `Anotar el paso más pequeño: ${inline(smallerStep)}`,
    /** "Hoy: 2 hechos", "Hoy: 1 apartado", "Hoy: 2 hechos, 1 apartado"; only counts above zero. */
    handledSummary: (done: number, setAside: number): string => {
      const [d, a] = [whole(done), whole(setAside)];
      const said = [
        d ? plural(d, { one: '{n} hecho', other: '{n} hechos' }) : '',
        a || !d ? plural(a, { one: '{n} apartado', other: '{n} apartados' }) : '',
      ];
      return `Hoy: ${said.filter(Boolean).join(', ')}`;
    },
    logHeading: 'Anota cualquier logro',
    whatDidYouDo: '¿Qué hiciste?',
    winPlaceholder: 'Preparé un té, envié un correo…',
    emptyWin: 'Escribe unas palabras sobre lo que hiciste.',
    value: 'Valor',
    noValue: 'Ninguno',
    logWin: 'Anotar un logro',
    evidenceHeading: 'Tus pruebas',
    todayLog: 'Lo anotado hoy',
    checkinLine: (mood: number, energy: number): string =>
      `Registro: ánimo ${whole(mood)}, energía ${whole(energy)}`,
    skipLine: (step: string): string => (inline(step) ? `Hoy no: ${inline(step)}` : 'Hoy no'),
    note: 'Nota',
    saveCheckin: 'Guardar registro',
    checkinPick: 'Elige primero un nivel de ánimo y uno de energía.',
    welcomeHeading: 'Te damos la bienvenida',
    setUpValues: 'Define tus valores',
    more: 'Más',
  },
  checkin: {
    prompt: '¿Cómo estás ahora mismo?',
    mood: 'Ánimo',
    energy: 'Energía',
    moodScale: ['Muy bajo', 'Bajo', 'Normal', 'Bueno', 'Muy bueno'],
    energyScale: ['Vacía', 'Baja', 'Media', 'Buena', 'Llena'],
    notePlaceholder: 'Unas palabras, si quieres (opcional)',
    keys: 'Elige con las flechas',
    saved: 'Gracias por contar cómo estás.',
  },
};
