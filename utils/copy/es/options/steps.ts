/** Spanish words of the values-and-steps view (utils/copy/options/steps.ts). */
import type { PluralForms } from '@/utils/copy/lang/intl';

export default {
  steps: {
    heading: 'Valores y pasos',
    intro:
      'Cada paso sirve a un valor. Puedes pausar, ajustar o apartar cualquier paso cuando quieras. Es normal.',
    guide: 'Añadir con la guía',
    addStep: 'Añadir un paso',
    edit: 'Editar',
    pause: 'Pausar',
    resume: 'Reanudar',
    archive: 'Apartar',
    restore: 'Recuperar',
    paused: 'En pausa',
    archivedText: { other: 'Apartados por ahora ({n})' } as PluralForms,
    smallerText: 'Paso más pequeño: {step}',
    noSmaller: 'Aún sin paso más pequeño',
    minutesText: {
      one: 'Alrededor de {n} minuto',
      other: 'Alrededor de {n} minutos',
    } as PluralForms,
    lately: 'Últimamente',
    regular: {
      ready: 'Listo para cuando quieras',
      some: 'En algunos de tus días',
      many: 'En muchos de tus días',
      most: 'En casi todos tus días',
    },
    grow: 'Hacerlo un poco más grande',
    notNow: 'Ahora no',
    didPauseText: 'En pausa: {step}. Te espera aquí.',
    didResumeText: 'De nuevo en marcha: {step}.',
    didArchiveText: 'Apartado: {step}. Puedes recuperarlo cuando quieras.',
    didRestoreText: 'Recuperado: {step}.',
  },
  expected: {
    quoted: '«{step}»',
    aStep: 'Un paso',
    betterText: {
      one: '{step} fue mejor de lo que esperabas {count} de {n} vez.',
      other: '{step} fue mejor de lo que esperabas {count} de {n} veces.',
    } as PluralForms,
    steadyText: {
      one: '{step} fue como esperabas o mejor {count} de {n} vez.',
      other: '{step} fue como esperabas o mejor {count} de {n} veces.',
    } as PluralForms,
    harderText: {
      one: '{step} costó más de lo que esperabas {count} de {n} vez. El paso más pequeño está ahí cuando quieras: {smaller}.',
      other:
        '{step} costó más de lo que esperabas {count} de {n} veces. El paso más pequeño está ahí cuando quieras: {smaller}.',
    } as PluralForms,
    harderNoSmallerText: {
      one: '{step} costó más de lo que esperabas {count} de {n} vez. Un paso más pequeño siempre vale; puedes añadirlo al editarlo.',
      other:
        '{step} costó más de lo que esperabas {count} de {n} veces. Un paso más pequeño siempre vale; puedes añadirlo al editarlo.',
    } as PluralForms,
    summaryBetterText: {
      one: '{step}: mejor de lo que esperaba {count} de {n} vez.',
      other: '{step}: mejor de lo que esperaba {count} de {n} veces.',
    } as PluralForms,
    summarySteadyText: {
      one: '{step}: como esperaba o mejor {count} de {n} vez.',
      other: '{step}: como esperaba o mejor {count} de {n} veces.',
    } as PluralForms,
    summaryHarderText: {
      one: '{step}: costó más de lo que esperaba {count} de {n} vez.',
      other: '{step}: costó más de lo que esperaba {count} de {n} veces.',
    } as PluralForms,
  },
};
