/** Spanish words of the 60-second grounding exercise (utils/copy/grounding.ts). */
export default {
  /** The 60-second grounding exercise, one short line at a time. */
  grounding: {
    title: 'Un minuto para aterrizar',
    intro: 'Antes de tu paso, si hoy hay mucho ruido.',
    seconds: 60,
    lines: [
      'Siéntate o ponte de pie como te resulte cómodo.',
      'Toma aire despacio por la nariz y suéltalo un poco más despacio.',
      'Dos respiraciones lentas más, así.',
      'Fíjate en cinco cosas que puedes ver.',
      'Fíjate en cuatro cosas que puedes sentir, como los pies en el suelo.',
      'Fíjate en tres cosas que puedes oír.',
      'Fíjate en dos cosas que puedes oler.',
      'Fíjate en una cosa que puedes saborear, o respira despacio una vez más.',
      'Cuando quieras, vuelve a tu paso.',
    ] as readonly string[],
    done: 'Hola de nuevo.',
    backToStep: 'Volver a mi paso',
    pause: 'Pausar',
    resume: 'Seguir',
    skip: 'Saltar al final',
    breatheIn: 'Toma aire',
    breatheOut: 'Suelta el aire',
    progress: 'Cuánto queda del minuto',
  },
};
