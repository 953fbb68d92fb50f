/** Spanish replies to a step done (utils/copy/replies.ts). */
export default {
  nextStep: 'Mostrar el siguiente paso',
  alreadyDone: 'Ya está hecho hoy, y cuenta. No hace falta anotar nada más.',
  /** `{wins}` is this week's count ("12 pequeños logros"), also "1 pequeño logro". */
  winReplies: [
    'Hecho. Llevas {wins} esta semana.',
    'Buen trabajo. {wins} esta semana, por ahora.',
    'Cuenta. Con este, {wins} esta semana.',
    'Una prueba más: {wins} esta semana.',
  ],
  winReplyFirst: 'Hecho. Cuenta.',
  smallerReply: 'El paso más pequeño cuenta. Llevas {wins} esta semana.',
  smallerReplyFirst: 'El paso más pequeño cuenta.',
};
