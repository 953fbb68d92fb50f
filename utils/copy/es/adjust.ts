/** Spanish words of the adjusting loop (utils/copy/adjust.ts). */
export default {
  skipWhy: {
    question: '¿Quieres decir por qué? Solo si te ayuda.',
    reasons: {
      'too-big': 'Demasiado grande',
      'no-time': 'No hay tiempo',
      'not-today': 'Hoy simplemente no',
    },
  },
  resize: {
    heading: 'Sobre tu paso',
    shrinkText:
      'Últimamente te ha costado llegar a «{step}». A veces pasa. ¿Quieres hacerlo más pequeño?',
    shrinkTooBigText:
      'Dijiste que «{step}» te parecía demasiado grande. ¿Quieres hacerlo más pequeño?',
    shrink: 'Hacerlo más pequeño',
    growText:
      'Últimamente has hecho «{step}» a menudo. ¿Quieres ampliarlo un poco, a «{grown}»? Decir que no también está bien.',
    grow: 'Ampliarlo un poco',
    editFirst: 'Cambiarlo primero',
    notNow: 'Ahora no',
    grownLabel: 'Tu paso, un poco más grande',
    save: 'Guardar',
    nowYourStepText: 'Hecho. Ahora tu paso es «{step}».',
    newSmallerLabel: 'Un nuevo paso más pequeño para días pesados (puedes dejarlo vacío)',
    saveSmaller: 'Guardar paso más pequeño',
    leaveEmpty: 'Dejarlo vacío',
    smallerSaved: 'Guardado. Los dos tamaños cuentan.',
    leftEmpty: 'De acuerdo. Puedes añadir un paso más pequeño cuando quieras en Opciones.',
    rested: 'De acuerdo. Esta propuesta descansará dos semanas.',
    emptyStep: 'Escribe unas palabras para el paso, o quédate con la sugerencia.',
    firstSmallerLabel: 'Una versión más pequeña de este paso, para días como hoy',
    emptySmaller: 'Escribe unas palabras para el paso más pequeño, o elige «Hoy descanso».',
    cancel: 'Cancelar',
  },
  felt: {
    legend: '¿Cómo te sentiste? (opcional)',
    scale: ['Costó mucho', 'Costó un poco', 'Normal', 'Bien', 'Muy bien'],
    saved: 'Anotado. Gracias.',
  },
  expected: {
    legend: '¿Cómo crees que irá? (opcional)',
    legendForText: '¿Cómo crees que irá «{step}»? (opcional)',
    saved: 'Anotado. Gracias.',
  },
  heavyDay: {
    reply: 'Gracias por contar cómo estás. Parece un día pesado, y un pequeño paso sigue contando.',
    offerText: 'Si te ayuda, aquí tienes el paso más pequeño: {step}.',
    doSmaller: 'Hecho, el paso más pequeño',
  },
};
