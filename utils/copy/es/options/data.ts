/** Spanish words of "Your data" and the summary to share (utils/copy/options/data.ts). */
import backupFile from './backupFile';

export default {
  data: {
    heading: 'Tus datos',
    intro:
      'Todo se queda en este navegador. Una copia de seguridad es un archivo que puedes guardar, mover o compartir cuando tú lo decidas.',
    storedAboutText: 'Footholds guarda unos {size} en este navegador.',
    storedStays:
      'Esos datos se quedan aquí hasta que los borres desde esta página o quites Footholds: el navegador no los borra para hacer sitio.',
    exportBackup: 'Exportar copia de seguridad',
    exportCsv: 'Exportar entradas como CSV',
    exportHint: 'El archivo CSV se abre en una hoja de cálculo, con una fila por entrada.',
    importLabel: 'Importar una copia de seguridad',
    importHint:
      'Elige una copia de seguridad de Footholds (.json). Footholds la revisa y te pregunta antes de cambiar nada.',
    exported: 'Copia de seguridad guardada en tus descargas.',
    exportedCsv: 'Entradas guardadas en tus descargas como archivo CSV.',
    confirmHeading: '¿Reemplazar lo que hay guardado?',
    counts: {
      values: { one: '{n} valor', other: '{n} valores' },
      steps: { one: '{n} paso', other: '{n} pasos' },
      entries: { one: '{n} entrada', other: '{n} entradas' },
    },
    confirmBodyText:
      'Este archivo tiene {values}, {steps} y {entries}. Al importarlo, reemplaza todo lo que hay guardado aquí ahora: valores, pasos, entradas, reflexiones semanales y ajustes.',
    confirmTip: 'Para guardar una copia de lo que hay ahora, exporta antes una copia de seguridad.',
    confirmEndsUndo:
      'Importarlo también quita el Deshacer de «Borrar todo»: después, lo que se borró ya no podrá volver.',
    confirm: 'Reemplazar con esta copia',
    keep: 'Quedarme con lo que tengo',
    kept: 'No se ha cambiado nada.',
    loadedText: 'Copia de seguridad cargada: {values}, {steps}, {entries}.',
    shareHeading: 'Un resumen para compartir',
    shareHint:
      'Una página con lo que te importa, tus pasos y lo que fue bien esta semana, para imprimirla o guardarla como PDF para alguien de confianza.',
    openSummary: 'Abrir el resumen',
    deleteHeading: 'Borrar todo',
    deleteHint:
      'Quita de este navegador tus valores, pasos, entradas, reflexiones semanales, ajustes y recordatorios. Puedes deshacerlo hasta que cierres esta página o guardes algo nuevo.',
    deleteAll: 'Borrar todo',
    deleteConfirmHeading: '¿Borrar todo lo que hay guardado aquí?',
    deleteConfirmHeadingEverywhere: '¿Borrar todo, aquí y en tus otros dispositivos?',
    deleteConfirmBody:
      'Tus valores, tus pasos y todas tus entradas se quitarán de este navegador, junto con tus reflexiones semanales y tus recordatorios, y los ajustes volverán a estar como al principio.',
    deleteConfirm: 'Sí, borrar todo',
    where: '¿Dónde?',
    whereHere: 'Solo en este dispositivo',
    whereEverywhere: 'En todos los dispositivos',
    deleteHereOnly:
      'Primero se desactiva la sincronización en este dispositivo, así tus otros dispositivos conservan su copia.',
    deleteEverywhere:
      'Tus valores, pasos y ajustes también se quitan de tus otros dispositivos la próxima vez que se sincronicen. Su historial se queda en cada uno de ellos.',
    replaceHereOnly:
      'Primero se desactiva la sincronización en este dispositivo, así tus otros dispositivos conservan lo que tienen.',
    replaceEverywhere:
      'Los valores, pasos y ajustes de este archivo también reemplazan a los de tus otros dispositivos la próxima vez que se sincronicen.',
    deleteEverywhereWithLog:
      'Tus valores, pasos y ajustes, y tu historial de los últimos 30 días, también se quitan de tus otros dispositivos la próxima vez que se sincronicen. Las entradas más antiguas se quedan en cada uno de ellos.',
    replaceEverywhereWithLog:
      'Los valores, pasos y ajustes de este archivo, y su historial de los últimos 30 días, también reemplazan a los de tus otros dispositivos la próxima vez que se sincronicen. Las entradas más antiguas se quedan en cada uno de ellos.',
    deleteKeep: 'Conservar todo',
    deleted: 'Se ha borrado todo de este navegador.',
    restored: 'Todo ha vuelto a estar como antes.',
    undoGone: 'Algo ha cambiado desde entonces, así que ya no se puede deshacer.',
    undoRefused:
      'Algo ha cambiado desde que se borró, así que Deshacer no podía recuperarlo sin mezclar las dos cosas. No se ha cambiado nada.',
    backupFile,
  },

  summary: {
    heading: 'Un resumen para compartir',
    intro:
      'Lo que te importa, los pasos que estás dando y lo que fue bien. Imprímelo, guárdalo como PDF o cópialo, y compártelo solo si quieres. El ánimo y las reflexiones no aparecen a menos que tú los elijas.',
    print: 'Imprimir este resumen',
    back: 'Volver a tus datos',
    valuesHeading: 'Lo que me importa',
    noStepsYet: 'Todavía no hay pasos.',
    wentWellText: 'Lo que fue bien, del {from} al {to}',
    madeOnText: 'Hecho con Footholds el {date}.',
    choicesLabel: 'Qué incluir',
    periodLabel: 'Semanas que abarca',
    periodText: { one: '{n} semana', other: '{n} semanas' },
    includeMood: 'Incluir cómo han ido el ánimo y la energía',
    includeReflections: 'Incluir mis reflexiones',
    includeHardDays: 'Incluir mi plan para los días difíciles',
    includeExpected: 'Incluir cómo fueron los pasos',
    expectedHeading: 'Cómo fueron los pasos',
    noExpected:
      'En estas semanas, ningún paso tiene 3 logros en los que dijera cómo creía que iría y cómo me sentí.',
    copy: 'Copiar para alguien de confianza',
    copied: 'Copiado. Pégalo donde quieras.',
    notCopied: 'Este navegador no ha permitido copiar. Puedes seleccionar el texto y copiarlo tú.',
    weekStepHeading: 'Un paso para esta semana',
    weekStepText: '{step}, por {value}',
    noWeekStep: 'Todavía no hay un paso elegido para esta semana.',
    periodWinsText: { other: '{wins} en estas {n} semanas' },
    periodWinsWeek: '{wins} esta semana',
    moodHeading: 'Ánimo y energía, por semana',
    reflectionsHeading: 'Reflexiones',
    noReflections: 'No hay reflexiones guardadas de estas semanas.',
    helped: 'Lo que ayudó',
    inTheWay: 'Lo que se interpuso',
    textValues: 'Lo que me importa',
    textValueWhy: '- {name}: {why}',
    textValueName: '- {name}',
    textWeekStepText: 'Un paso para esta semana: {step}',
    textWentValue: '- {step} ({value}), {times}',
    textWentStep: '- {step}, {times}',
    textContactText: '- {name}: {reach}',
  },
};
