/** Spanish words more than one surface says (utils/copy/core.ts). */
export default {
  app: {
    name: 'Footholds',
  },
  actions: {
    done: 'Hecho',
    smallerStep: 'Paso más pequeño',
    notToday: 'Hoy no',
    rest: 'Hoy descanso',
    undo: 'Deshacer',
    grounding: 'Un minuto para aterrizar',
  },
  counts: {
    smallWinsText: { one: '{n} pequeño logro', other: '{n} pequeños logros' },
  },
  evidence: {
    todayText: '{wins} hoy',
    weekText: '{wins} esta semana',
  },
  empty: {
    noValues:
      'Aún no hay valores. ¿Qué es importante para ti? Empieza con uno; puedes cambiarlo cuando quieras.',
  },
  links: {
    help: 'Ayuda y apoyo en crisis',
    hardDays: 'Mi plan para los días difíciles',
  },
  errors: {
    save: 'No se pudo guardar. Inténtalo de nuevo en un momento.',
  },
};
