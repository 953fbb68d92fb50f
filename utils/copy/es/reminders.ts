/** Spanish words of reminder notifications (utils/copy/reminders.ts). */
export default {
  reminder: {
    /** Five titles beside six lines, as in English, so the pairs vary too. */
    titles: [
      'Un pequeño paso, si quieres',
      'Tu punto de apoyo para ahora',
      'Una cosa pequeña',
      'Un momento para ti',
      'Aquí, cuando te venga bien',
    ],
    lines: [
      'Unos minutos son suficientes.',
      'El paso más pequeño también cuenta.',
      'Empieza con poco; cuenta igual.',
      'Solo el primer minuto, si hoy no da para más.',
      'Salga como salga, intentarlo cuenta.',
      'No hace falta tener ganas primero.',
    ],
    why: '{why}.',
    body: '{plan} {why} {line}',
    bodyNoWhy: '{plan} {line}',
  },
  notification: {
    smallerTitle: 'El paso más pequeño',
    smallerStep: '{step}. Cuenta igual que el paso entero.',
    undone: 'Deshecho. El paso sigue ahí cuando quieras.',
  },
};
