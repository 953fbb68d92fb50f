/** Spanish words of cues (utils/copy/cues.ts). */
import { weekdayName } from '@/utils/copy/lang/sentences';

/** "la 1:00", "la 1:30 p. m.", "las 13:00": one o'clock (either half of the day) is singular. */
const at = (time: string): string => `${/^0?1\D/.test(time) ? 'la' : 'las'} ${time}`;

export default {
  cues: {
    label: {
      time: 'A {time} {days}',
      timeAnyDay: 'A {time}',
      browserStart: 'Cuando se abra el navegador',
      backAtComputer: 'Cuando vuelva al ordenador',
      firstTab: 'Al abrir mi primera nueva pestaña del día',
      anyMoment: 'En un momento que yo elija',
    },
    at,
    /** A later time in a list of times: "a las 15:00", so "A las 9:00 y a las 15:00". */
    atLater: (time: string): string => `a ${at(time)}`,
    /** A weekday in full, as "los …" wants it: "martes", "sábados", "domingos". */
    dayName: (day: number): string => {
      const name = weekdayName(day, 'long');
      return name.endsWith('o') ? `${name}s` : name;
    },
    /** `{days}` is a list of weekdays in full ("lunes, miércoles y viernes"). */
    days: {
      every: 'todos los días',
      weekdays: 'entre semana',
      weekends: 'el fin de semana',
      some: 'los {days}',
    },
  },
};
