/** Spanish words of the settings view (utils/copy/options/settings.ts). */
export default {
  settings: {
    heading: 'Ajustes',
    remindersHeading: 'Recordatorios',
    remindersOn: 'Mostrar recordatorios',
    remindersHint: 'Avisos suaves para los pasos unidos a una hora o a un momento del navegador.',
    quietOn: 'Usar horas de silencio',
    quietFrom: 'Silencio desde',
    quietUntil: 'Hasta',
    quietHint: 'Sin recordatorios entre estas horas. Pueden pasar de la medianoche.',
    maxPerDay: 'Máximo de recordatorios al día',
    maxHint: 'De 0 a 50.',
    maxNeeded: 'Usa un número entero de 0 a 50.',
    weekHeading: 'Semana',
    firstDay: 'La semana empieza el',
    themeHeading: 'Tema',
    themes: { system: 'Igual que este dispositivo', light: 'Claro', dark: 'Oscuro' },
    language: 'Idioma',
    languageAuto: 'Igual que este navegador',
    languageHint: 'Las páginas y los recordatorios cambian al momento.',
  },
};
