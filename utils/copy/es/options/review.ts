/** Spanish words of the weekly review (utils/copy/options/review.ts). */
import type { PluralForms } from '@/utils/copy/lang/intl';

export default {
  counts: {
    times: {
      exact: { 1: 'una vez', 2: 'dos veces' } as Readonly<Record<number, string>>,
      forms: { one: '{n} vez', other: '{n} veces' } as PluralForms,
    },
    days: { one: '{n} día', other: '{n} días' } as PluralForms,
  },
  review: {
    heading: 'Revisión semanal',
    intro: 'Una mirada atrás a lo que ayudó. Cada semana cuenta, también las tranquilas.',
    rangeText: 'Del {from} al {to}',
    previous: 'Semana anterior',
    next: 'Semana siguiente',
    thisWeek: 'Esta semana',
    celebrateHeading: 'Logros para celebrar',
    forValueText: 'por {value}',
    evidenceHeading: 'Pruebas',
    weekWinsText: '{wins} en esta semana',
    winDaysText: { other: 'Logros en {n} de los últimos 30 días' } as PluralForms,
    winsThatMonthText: '{wins} en {month}, hasta esa semana',
    winDaysBeforeText: { other: 'Logros en {n} de los 30 días hasta el {date}' } as PluralForms,
    winDaysSinceText: {
      one: 'Logros en {won} de {n} día desde que empezaste',
      other: 'Logros en {won} de los {n} días desde que empezaste',
    } as PluralForms,
    winDaysSinceBeforeText: {
      one: 'Logros en {won} de {n} día desde que empezaste hasta el {date}',
      other: 'Logros en {won} de los {n} días desde que empezaste hasta el {date}',
    } as PluralForms,
    sharesHeading: 'Entre tus valores',
    withoutValue: 'Sin valor asociado',
    noShares: 'Aún no hay nada aquí esta semana, y está bien.',
    timeHeading: 'Momento del día',
    timesOfDay: {
      morning: 'por la mañana',
      afternoon: 'por la tarde',
      evening: 'a última hora de la tarde',
      night: 'por la noche',
    },
    bestTimesText: {
      other:
        'Hubo el mismo número de logros {times}: {n} en cada uno. Quizá esos momentos te vayan bien.',
    } as PluralForms,
    bestTimeText: 'Cuando más logros hubo fue {time}. Quizá ese momento te vaya bien.',
    someTime: 'en un momento del día',
    noBestTime: 'Esta semana no hay logros con hora.',
    resizedHeading: 'En versión más pequeña',
    resizedText: '{step}, {times}. Cuenta, y del todo.',
    theSmallerStep: 'El paso más pequeño',
    skippedHeading: 'Para otro día',
    skippedText: '{step}: para otro día, {times}.',
    aStep: 'Un paso',
    infoNote:
      'Esto es información, no un juicio. Si un paso se queda para otro día una y otra vez, quizá quiera ser más pequeño.',
    nothingResized: 'Esta semana ningún paso se hizo en pequeño ni se dejó para otro día.',
    moodHeading: 'Ánimo y energía',
    trend: {
      up: 'El ánimo subió un poco a lo largo de la semana.',
      down: 'El ánimo bajó un poco a lo largo de la semana. Hay semanas pesadas, y los pasos pequeños siguen contando.',
      steady: 'El ánimo se mantuvo bastante estable durante la semana.',
    },
    noTrend: 'Con unos pocos registros más puede aparecer un patrón. No hay prisa.',
    noCheckins:
      'No hay registros esta semana. Puedes registrar tu ánimo desde el botón de Footholds en la barra del navegador cuando quieras.',
    moodSummaryText: {
      one: 'Registros en {days} de {n} día. El ánimo medio fue {mood} y la energía {energy}, sobre 5.',
      other:
        'Registros en {days} de {n} días. El ánimo medio fue {mood} y la energía {energy}, sobre 5.',
    } as PluralForms,
    chartLabel: 'Ánimo y energía por día, del 1 al 5',
    mood: 'Ánimo',
    energy: 'Energía',
    day: 'Día',
    noCheckin: 'Sin registro',
    showTable: 'Ver como tabla',
  },
};
