/** Spanish words of the new tab's first render (utils/copy/today.ts). */
import type { PluralForms } from '@/utils/copy/lang/sentences';

export default {
  /** The new tab. */
  today: {
    /** The tab's title, as the browser's tab strip shows it. */
    tabTitle: 'Nueva pestaña',
    welcomeStepHeading: 'Por dónde empezar',
    nameValues: 'Nombra lo que te importa',
    stepHeading: 'El paso de hoy',
    minutesText: {
      one: 'Más o menos {n} minuto.',
      other: 'Más o menos {n} minutos.',
    } as PluralForms,
    lowEnergy: '¿Hoy con menos energía? Aquí tienes la versión más pequeña.',
    recentSkips:
      'Últimamente este paso ha costado más, así que aquí tienes la versión más pequeña.',
    starter: 'Una idea para probar, si te encaja:',
    extra: 'Ya está todo lo previsto. Uno más, solo si te apetece:',
    firstTab: 'Tu primera nueva pestaña del día:',
    rest: 'Ya está todo lo previsto para hoy. Descansar también cuenta.',
    /** After "Rest today": what happened, not that everything is done. */
    restChosen: 'De acuerdo, hoy descansas. Eso también cuenta.',
  },
};
