/** Spanish words of cues (utils/copy/cues.ts). */
export default {
  cues: {
    label: {
      time: 'A las {time} {days}',
      timeAnyDay: 'A las {time}',
      browserStart: 'Cuando se abra el navegador',
      backAtComputer: 'Cuando vuelva al ordenador',
      firstTab: 'Al abrir mi primera nueva pestaña del día',
      anyMoment: 'En un momento que yo elija',
    },
    /** `{days}` is a list of short day names ("lun, mié y vie"). */
    days: {
      every: 'todos los días',
      weekdays: 'entre semana',
      weekends: 'el fin de semana',
      some: 'los {days}',
    },
  },
};
