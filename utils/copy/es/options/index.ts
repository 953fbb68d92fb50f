/** Spanish words of the Options page: help, crisis support, growth offers and the nav (utils/copy/options/index.ts). */
import { capitalise, inline, smallWins } from '@/utils/copy/core';
import onboarding from './onboarding';
import settings from './settings';
import steps from './steps';
import sync from './sync';

export default {
  growth: {
    grow: 'Últimamente lo has hecho a menudo. ¿Quieres hacerlo un poco más grande? Decir que no también está bien.',
    shrink:
      'Últimamente este paso ha costado. ¿Quieres hacerlo más pequeño? Es una parte normal de todo esto.',
  },

  help: {
    title: 'Ayuda',
    about:
      'Footholds convierte lo que te importa en pasos pequeños, cada uno unido a un momento de tu día, y guarda cada pequeño logro como prueba.',
    howItWorks: [
      'Ponle nombre a un valor y di cómo se nota en tu día a día.',
      'Elige un paso lo bastante pequeño para hacerlo en un día pesado.',
      'Únelo a un momento: una hora, o algo que ya haces.',
      'Cuando lo hagas, anótalo. Cada logro se guarda.',
      'Decir «Hoy no» está bien. Haz el paso más pequeño, o descansa.',
    ] as readonly string[],
    notAClinician:
      'Footholds es una herramienta para dar pasos pequeños. No es un profesional de la salud y no da consejo médico.',
    privacy: 'Todo se queda en este navegador. No se envía nada a ningún sitio.',
  },

  crisis: {
    title: '¿Necesitas ayuda ahora?',
    body: 'Si estás en crisis o piensas en hacerte daño, contacta ahora con los servicios de emergencia de tu zona o con una línea de crisis.',
    helpline:
      'Para encontrar una línea de ayuda gratuita y confidencial en tu país, visita findahelpline.com.',
    linkText: 'findahelpline.com',
    url: 'https://findahelpline.com',
    notAlone: 'No tienes que cargar con esto a solas.',
  },

  options: {
    title: (view: string): string => (inline(view) ? `${inline(view)} · Footholds` : 'Footholds'),
    tagline: 'Pasos pequeños, amables y repetidos hacia lo que te importa.',
    privacy: 'Todo se queda en este navegador. No se envía nada a ningún sitio.',
    noSteps: 'Todavía no hay pasos. Elige una cosa pequeña que podrías hacer por un valor.',
    quietWeek: 'Una semana tranquila por ahora. Cualquier pequeño logro cuenta cuando llegue.',
    winsThisMonth: (n: number): string => `${capitalise(smallWins(n))} este mes`,
    makeSmaller: 'Hacerlo más pequeño',
    navLabel: 'Secciones',
    nav: {
      welcome: 'Primeros pasos',
      steps: 'Valores y pasos',
      review: 'Revisión semanal',
      history: 'Historial',
      settings: 'Ajustes',
      data: 'Tus datos',
      help: 'Ayuda',
      'hard-days': 'Mi plan para los días difíciles',
      summary: 'Un resumen para compartir',
    },
    loading: 'Abriendo tus pasos…',
    crisisLine: '¿Necesitas ayuda ahora? Encuentra una línea de ayuda gratuita y confidencial en',
    cancel: 'Cancelar',
    saved: 'Guardado.',
    entryNeeds: {
      futureDay: 'Elige hoy o un día anterior.',
      noWords: 'Escribe unas palabras sobre lo que hiciste, o elige uno de tus pasos.',
      pickMoodEnergy: 'Primero elige un ánimo y un nivel de energía.',
    },

    welcome: onboarding.welcome,

    value: onboarding.value,

    step: onboarding.step,

    check: onboarding.check,

    cue: onboarding.cue,

    steps: steps.steps,

    settings: settings.settings,

    sync: sync.sync,
  },
};
