/** Spanish words of the help view (utils/copy/options/help.ts). */
export default {
  help: {
    aboutHeading: 'Qué es Footholds',
    howHeading: 'Cómo funciona',
    goodStepHeading: 'Cómo es un buen paso pequeño',
    goodStep: [
      'Lo bastante fácil como para que no te cueste empezar.',
      'Lo bastante significativo como para que cuente.',
      'Lo bastante concreto como para saber cuándo está hecho.',
      'Algo que podrías volver a hacer mañana.',
    ],
    pin: {
      heading: 'Ten Footholds en tu barra de herramientas',
      chrome:
        'Chrome guarda las extensiones nuevas en el menú «Extensiones» (el icono de la pieza de puzle), arriba a la derecha. Ábrelo y haz clic en «Fijar» (la chincheta) junto a Footholds. Así cada logro estará a un clic.',
      firefox:
        'Haz clic en el botón «Extensiones» (la pieza de puzle), arriba a la derecha, luego en el engranaje junto a Footholds, y elige «Fijar a la barra de herramientas». Así cada logro estará a un clic.',
    },
    syncHeading: 'Tu plan en tus otros dispositivos',
    sync: [
      'La sincronización está desactivada hasta que tú la activas. En Ajustes, en Sincronización, marca «Mis valores, pasos y ajustes» en cada dispositivo que uses. Entonces tus valores, tus pasos con sus momentos y pausas, y tus ajustes viajan con la propia sincronización de este navegador, con su cuenta y su cifrado.',
      'Si dos dispositivos ya tienen cada uno su plan, los dos se juntan y no se pierde nada; Ajustes te dice qué se ha juntado.',
      'Marca también «También mi historial de los últimos 30 días» en cada dispositivo, y tus logros, tus «Hoy no» y tus registros de los últimos 30 días, con sus notas, viajan también: un logro anotado en el trabajo cuenta en casa, y un paso hecho en un dispositivo no se te recuerda en otro ese día.',
      'Tu plan para los días difíciles solo viaja si marcas también su propia casilla, «También mi plan para los días difíciles», que aparece cuando la sincronización está activada y empieza sin marcar.',
      'Las entradas más antiguas y tus reflexiones semanales se quedan en cada dispositivo. Footholds en sí sigue sin enviar nada a ninguna parte.',
      'Cada dispositivo con la sincronización activada te muestra recordatorios, salvo que desmarques «Recordarme en este dispositivo» en los que prefieras silencio. Cuando un dispositivo encuentra el plan de otro ya esperando, te pregunta una sola vez.',
      'Cuando el almacenamiento de sincronización del navegador está casi lleno, viajan menos días de tu historial (nunca menos de 7), y Ajustes te dice cuántos.',
      'La sincronización de Chrome tiene que incluir «Extensiones», y Firefox Sync, «Complementos». Firefox sincroniza más o menos cada diez minutos, así que un cambio puede tardar un poco en llegar.',
      'Para dejar de sincronizar, desmarca la casilla. Ajustes te ofrece entonces quitar lo que Footholds puso en el almacenamiento de sincronización del navegador; eso no quita nada de tus dispositivos.',
    ],
    privacyHeading: 'Tu privacidad',
    notClinicianHeading: 'Lo que no es',
  },
};
