/** Spanish words around the crisis lines by country (utils/copy/options/crisisLines.ts). */
export default {
  crisisLines: {
    country: 'País',
    countryHint:
      'La ayuda y tu plan para los días difíciles muestran las líneas de crisis de este país.',
    notChosen: 'Sin elegir todavía',
    fromBrowser: 'Sin elegir todavía (este navegador dice {country})',
    ask: '¿En qué país estás?',
    askHint: 'Así aparecerán aquí las líneas de crisis de allí. Puedes cambiarlo en Ajustes.',
    askFirst: 'Elige tu país',
    forCountry: 'Tu país: {country}',
    change: 'Cambiar',
    changeLabel: 'Cambiar tu país',
    call: 'Llama al',
    text: 'Envía un SMS al',
    chat: 'Chatea en línea',
    hours: 'Horario: {hours}',
    languages: 'En {languages}',
    quoted: '«{note}»',
    source: 'Fuente: {source}, comprobada el {date}.',
    emergency: 'En una emergencia, llama al {number}.',
    noEmergency: 'En una emergencia, contacta con los servicios de emergencia de tu zona.',
  },
};
