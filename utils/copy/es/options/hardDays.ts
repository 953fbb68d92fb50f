/** Spanish words of "My plan for hard days" (utils/copy/options/hardDays.ts). */
export default {
  hardDays: {
    heading: 'Mi plan para los días difíciles',
    intro:
      'Tus propias palabras para un día difícil: lo que notas, lo que te ayuda y a quién puedes acudir. Cada parte es opcional.',
    invitation:
      'Cuando te veas con ánimo, escribe una línea en cualquier parte. Una línea ya es un comienzo.',
    private:
      'Este plan se queda en este navegador. Nadie lo ve a menos que tú lo imprimas o lo compartas.',
    parts: {
      signs: 'Señales de que se acerca un día difícil',
      onMyOwn: 'Lo que puedo hacer por mi cuenta',
      distractions: 'Personas y lugares que me ayudan a despejarme',
      people: 'Personas a las que puedo pedir ayuda',
      professionals: 'Ayuda profesional y de crisis',
      saferSurroundings: 'Hacer mi entorno más seguro',
    },
    hints: {
      signs: 'Lo que notas primero. Por ejemplo: dejo de contestar mensajes.',
      onMyOwn: 'Cosas pequeñas que ayudan, aunque sea un poco.',
      distractions: 'Alguien con quien estar, una cafetería, un paseo por el parque.',
      people: 'Alguien de confianza, y cómo contactar con esa persona.',
      professionals: 'Tu terapeuta o tu médico, y cómo contactar.',
      saferSurroundings:
        'Cosas que podrías dejar fuera de tu alcance, o pedirle a alguien que te guarde un tiempo, en un día difícil.',
    },
    reach: 'Cómo contactar',
    add: 'Añadir',
    ideas: 'Ideas, con un toque:',
    removeButton: 'Quitar',
    removeText: 'Quitar «{line}»',
    removedText: 'Quitado: «{line}».',
    print: 'Imprimir mi plan',
    printHint:
      'Solo se imprime el plan, en negro sobre blanco. Una parte vacía sale con líneas para escribir a mano.',
    routine: {
      heading: 'Mi rutina de apoyo',
      intro:
        'Para un día en que todo pesa demasiado: un minuto para aterrizar y, después, un paso pequeño.',
      stepLabel: 'Mi paso para esos días',
      none: 'Solo el minuto para aterrizar',
      start: 'Empezar mi rutina',
      stepHeading: 'Ahora, un paso pequeño',
      onToStep: 'Seguir con mi paso',
      logged: 'Hecho y guardado. Dedicarte este rato cuenta.',
      already: 'Este paso ya está guardado hoy. Hacerlo otra vez también cuenta.',
      rested: 'Te has dado un minuto. Eso cuenta.',
      finish: 'Volver a mi plan',
      printedText: 'Un minuto para aterrizar y, después: {step}',
    },
  },
};
