/** Spanish words of the reminder notes (utils/copy/reminderNotes.ts). */
export default {
  stopped: {
    heading: 'Los recordatorios descansan para un paso',
    bodyText:
      'Los tres últimos recordatorios de «{step}» llegaron en momentos que no te venían bien, así que Footholds ha dejado de recordártelo a esa hora. El paso sigue en tu plan.',
    cardNote:
      'Los recordatorios de este paso están descansando: los tres últimos llegaron en momentos que no te venían bien. Quizá otra hora encaje mejor.',
    move: 'Pasarlo a otra hora',
    keep: 'Seguir recordándomelo',
    kept: 'Los recordatorios de este paso volverán a llegar.',
  },

  heldBackText: {
    one: 'Hoy un recordatorio esperó, por tu límite diario. Todos tus pasos están aquí.',
    other: 'Hoy {n} recordatorios esperaron, por tu límite diario. Todos tus pasos están aquí.',
  },

  later: {
    button: 'Recuérdamelo en 30 minutos',
    setText: 'De acuerdo. Llegará un recordatorio a {time}.',
  },

  pause: {
    legend: 'Pausar los recordatorios durante…',
    choices: { 1: 'Un día', 3: 'Tres días', 7: 'Una semana' } as Record<number, string>,
    choiceNames: {
      1: 'Pausar los recordatorios durante un día',
      3: 'Pausar los recordatorios durante tres días',
      7: 'Pausar los recordatorios durante una semana',
    } as Record<number, string>,
    untilText:
      'Los recordatorios descansan hasta el {date} a {time}. Tu plan y tu nueva pestaña se quedan tal como están.',
    resume: 'Volver a activar los recordatorios ahora',
    resumed: 'Los recordatorios vuelven a estar activados.',
  },

  quiet: {
    later:
      'Esta hora cae dentro de tus horas de silencio ({span}), así que el recordatorio llegará una vez a {time}, cuando terminen, si el paso sigue sin hacer.',
    nextDay:
      'Esta hora cae dentro de tus horas de silencio ({span}), que duran hasta {time} del día siguiente, así que no llegará ningún recordatorio. El paso se sigue viendo en tu nueva pestaña.',
    span: '{start}–{end}',
    settingsHint:
      'Un recordatorio que toca durante las horas de silencio llega una vez cuando terminan, si el paso sigue sin hacer ese día.',
    stepInsideText: '«{step}»: {note}',
  },

  shortcut: {
    heading: 'Un atajo de teclado',
    body: 'Alt+Mayús+F (Alt+Shift+F) abre Footholds desde la barra de herramientas, para anotar un logro o hacer un registro.',
    change:
      'Para cambiarlo en Chrome o Edge, abre chrome://extensions/shortcuts. En Firefox, abre about:addons, elige el menú del engranaje y luego la opción para gestionar los atajos de las extensiones.',
  },
};
