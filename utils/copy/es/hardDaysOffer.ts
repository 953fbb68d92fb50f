/** Spanish words of the offer of the plan for hard days (utils/copy/hardDaysOffer.ts). */
export default {
  hardDaysOffer: {
    label: 'Tu plan para los días difíciles',
    open: 'Hay días pesados. Tu plan para los días difíciles está aquí, por si te ayuda.',
    openLink: 'Abrir mi plan',
    write:
      'Hay días pesados. Cuando te veas con ánimo, puedes escribir un plan para los días difíciles: qué te ayuda y a quién puedes pedir ayuda.',
    writeLink: 'Escribir mi plan',
    notNow: 'Ahora no',
    rested: 'De acuerdo. Sigue a un clic, abajo en esta ventana.',
  },
};
