/** Spanish words of the review's patterns, charts and reflection (utils/copy/options/insight.ts). */
import type { PluralForms } from '@/utils/copy/lang/intl';

export default {
  patterns: {
    heading: 'Patrones',
    introThisWeek:
      'Lo que coincidió esta semana. El ánimo cambia por muchas razones: son cosas en las que fijarse, no reglas.',
    introWeeks: {
      other:
        'Lo que coincidió en las {n} semanas hasta esta. El ánimo cambia por muchas razones: son cosas en las que fijarse, no reglas.',
    } as PluralForms,
    periodLabel: 'Cuánto mirar atrás',
    periodText: { one: '{n} semana', other: '{n} semanas' } as PluralForms,
    quoted: '«{step}»',
    aStep: 'un paso',
    thisValue: 'este valor',
    moodHeading: 'El ánimo junto a tus pasos y valores',
    valueLineText:
      'En {withDays} con un logro por {name}, el ánimo medio fue {withMood}; en {withoutDays} sin ninguno, {withoutMood}.',
    stepLineText:
      'En {withDays} con {step}, el ánimo medio fue {withMood}; en {withoutDays} sin él, {withoutMood}.',
    needMoreText: {
      one: 'Aún no hay suficiente para mostrar un patrón. Cada uno necesita al menos 3 días con un paso y 3 sin él, todos con un registro. Quizá baste con {n} día más con registro para empezar.',
      other:
        'Aún no hay suficiente para mostrar un patrón. Cada uno necesita al menos 3 días con un paso y 3 sin él, todos con un registro. Quizá basten unos {n} días más con registro para empezar.',
    } as PluralForms,
    leftOutText: {
      one: '{n} paso o valor más queda fuera hasta que tenga 3 días con él y 3 sin él.',
      other:
        '{n} pasos y valores más quedan fuera hasta que cada uno tenga 3 días con él y 3 sin él.',
    } as PluralForms,
    feltHeading: 'Cómo se sintieron los pasos',
    feltLineText:
      'Después de {step}, te sentiste de media un {felt} ({times}); en el registro de antes, tu ánimo era un {before}.',
    feltNote: 'A menudo, dar un paso sienta mejor de lo que parecía antes de empezar.',
    feltNeedMoreText:
      'Aún no hay suficiente. Cuando un paso tenga 3 logros en los que dijiste cómo te sentiste, cada uno después de un registro ese día, aparecerá aquí. {times} más, y quizá ya baste.',
    expectedHeading: 'Antes y después',
    expectedIntro:
      'De los logros en los que dijiste cómo creías que iría un paso y, después, cómo te sentiste.',
    expectedNeedMoreText:
      'Aún no hay suficiente. Cuando un paso tenga 3 logros en los que dijiste cómo creías que iría y cómo te sentiste, aparecerá aquí. {times} más, y quizá ya baste.',
  },

  charts: {
    heading: 'A lo largo de las semanas',
    moodLabel: 'Ánimo y energía, medias semanales del 1 al 5',
    noCheckinsThisWeek:
      'No hay registros esta semana. Puedes registrar tu ánimo desde el botón de Footholds en la barra del navegador cuando quieras.',
    noCheckinsWeeks: {
      other:
        'No hay registros en estas {n} semanas. Puedes registrar tu ánimo desde el botón de Footholds en la barra del navegador cuando quieras.',
    } as PluralForms,
    moodThisWeek: 'Esta semana, el ánimo medio fue {mood} y la energía {energy}, sobre 5.',
    moodWeeks: {
      other:
        'Hubo registros en {with} de {n} semanas. En esas semanas, el ánimo medio fue {mood} y la energía {energy}, sobre 5.',
    } as PluralForms,
    valuesLabel: 'Logros por valor, semana a semana',
    valuesTable: 'Logros por valor, semana a semana, en una tabla',
    inThisWeek: 'en esta semana',
    inWeeks: { one: 'en {n} semana', other: 'en {n} semanas' } as PluralForms,
    noWins: 'Aún no hay logros {when}. Cualquier pequeño logro cuenta cuando llegue.',
    winsNoValue: '{wins} {when}, ninguno ligado a un valor.',
    winsTopValue: {
      other: '{wins} {when}. El valor con más logros fue {top}: {n}.',
    } as PluralForms,
    oneValue: 'un valor',
    valueRowText: '{name}: {wins} {when}',
    aValue: 'Un valor',
    withoutValue: 'Sin valor asociado',
    timeLabel: 'Logros según el momento del día',
    timeNames: { morning: 'Mañana', afternoon: 'Tarde', evening: 'Tarde-noche', night: 'Noche' },
    noTimedWins: 'Aún no hay logros con hora en estas semanas.',
    timeMost: { other: '{wins} con hora. Cuando más hubo fue {times}: {n}.' } as PluralForms,
    timeMostEach: {
      other: '{wins} con hora. Cuando más hubo fue {times}: {n} en cada momento.',
    } as PluralForms,
    someTime: 'en un momento del día',
    untimedText: {
      one: '{n} pequeño logro añadido más tarde sin hora queda fuera.',
      other: '{n} pequeños logros añadidos más tarde sin hora quedan fuera.',
    } as PluralForms,
    weekOfText: 'Semana del {date}',
    showWeeks: 'Ver estas semanas en una tabla',
    showCounts: 'Ver las cifras en una tabla',
    week: 'Semana',
    value: 'Valor',
    wins: 'Logros',
    timeOfDay: 'Momento del día',
    checkinDays: 'Días con registro',
    noCheckin: 'Sin registro',
  },

  reflection: {
    heading: 'Mirar atrás, mirar adelante',
    helped: '¿Qué te ayudó esta semana?',
    inTheWay: '¿Qué te lo puso difícil?',
    hint: 'Bastan unas pocas palabras. Solo tú lo ves, salvo que lo compartas.',
    focus: 'Un paso para esta semana',
    focusHint: 'La nueva pestaña te ofrece este paso primero, toda la semana.',
    noFocus: 'Ninguno elegido',
    save: 'Guardar mi revisión',
    saved: 'Guardada.',
  },
};
