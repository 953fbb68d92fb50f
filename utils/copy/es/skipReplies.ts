/** Spanish replies to "Not today" (utils/copy/skipReplies.ts). */
export default {
  trySmaller: 'Probar el paso más pequeño',
  skipReplies: {
    tooBig: 'Gracias por decirlo. ¿Quieres hacer este paso más pequeño?',
    noTime:
      'Es comprensible. El paso más pequeño lleva un minuto, si te ayuda. O déjalo descansar.',
    noTimeNoSmaller: 'Es comprensible. Hay días sin hueco para nada. Déjalo descansar.',
    notToday: 'Está bien. Descansar también es parte de esto.',
    any: [
      'Está bien. Un día libre no borra nada.',
      'Anotado. ¿Cabe hoy el paso más pequeño, o lo que necesitas es descansar?',
      'De acuerdo. «Hoy no» es información, nada más.',
    ],
    anyNoSmaller: [
      'Está bien. Un día libre no borra nada.',
      'Anotado. Descansar está bien, si es lo que necesitas.',
      'De acuerdo. «Hoy no» es información, nada más.',
    ],
  },
};
