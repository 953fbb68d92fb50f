/** Spanish starter values and steps, the second half (utils/copy/templates.ts); see templates.ts. */
export const VALUES_B = [
  {
    key: 'learning',
    name: 'Aprendizaje',
    looksLike: 'Alimento mi curiosidad',
    why: 'Aprender mantiene mi mente despierta.',
    steps: [
      {
        step: 'Leer un artículo',
        smallerStep: 'Leer el primer párrafo de un artículo',
        minutes: 5,
      },
      { step: 'Ver una lección corta', smallerStep: 'Abrir la página de la lección', minutes: 5 },
      { step: 'Aprender una palabra nueva', smallerStep: 'Buscar una palabra', minutes: 2 },
      {
        step: 'Anotar una pregunta sobre algo que me da curiosidad',
        smallerStep: 'Pensar en una pregunta',
        minutes: 2,
      },
      {
        step: 'Repasar mis notas cinco minutos',
        smallerStep: 'Leer una línea de mis notas',
        minutes: 5,
      },
    ],
  },
  {
    key: 'play',
    name: 'Juego',
    looksLike: 'Hago algo solo por diversión',
    why: 'La diversión me devuelve lo que la semana me quita.',
    steps: [
      {
        step: 'Jugar una partida de un juego que me gusta',
        smallerStep: 'Abrir un juego que me gusta',
        minutes: 5,
      },
      {
        step: 'Escuchar una de mis canciones favoritas',
        smallerStep: 'Elegir una de mis canciones favoritas',
        minutes: 4,
      },
      {
        step: 'Bailar una canción',
        smallerStep: 'Seguir con el pie el ritmo de una canción',
        minutes: 4,
      },
      {
        step: 'Resolver una pista del crucigrama',
        smallerStep: 'Leer una pista del crucigrama',
        minutes: 3,
      },
      {
        step: 'Ver un vídeo divertido',
        smallerStep: 'Recordar un momento divertido',
        minutes: 3,
      },
    ],
  },
  {
    key: 'autonomy',
    name: 'Autonomía',
    looksLike: 'Elijo una cosa para mí',
    why: 'Tomar mis propias decisiones me ayuda a sentirme yo.',
    steps: [
      {
        step: 'Elegir una cosa que hacer hoy',
        smallerStep: 'Nombrar una cosa que quiero hoy',
        minutes: 2,
      },
      {
        step: 'Decir que no a una petición pequeña',
        smallerStep: 'Respirar una vez antes de decir que sí',
        minutes: 1,
      },
      {
        step: 'Anotar una cosa que quiero de esta semana',
        smallerStep: 'Pensar en una cosa que quiero',
        minutes: 2,
      },
      {
        step: 'Dedicar cinco minutos a algo que he elegido yo',
        smallerStep: 'Dedicar un minuto a algo que he elegido yo',
        minutes: 5,
      },
      {
        step: 'Escribir una frase sobre lo que me importa',
        smallerStep: 'Escribir una palabra sobre lo que me importa',
        minutes: 3,
      },
    ],
  },
  {
    key: 'kindness',
    name: 'Amabilidad',
    looksLike: 'Hago una cosa amable',
    why: 'Con amabilidad, el día es más suave, para los demás y para mí.',
    steps: [
      {
        step: 'Decir algo amable a alguien',
        smallerStep: 'Pensar en algo amable que decir',
        minutes: 1,
      },
      {
        step: 'Enviar un mensaje de agradecimiento',
        smallerStep: 'Escribir la primera línea de un mensaje de agradecimiento',
        minutes: 3,
      },
      {
        step: 'Sostenerle la puerta a alguien',
        smallerStep: 'Sonreír a una persona',
        minutes: 1,
      },
      {
        step: 'Decirme algo amable',
        smallerStep: 'Poner una mano sobre el corazón durante una respiración',
        minutes: 1,
      },
      {
        step: 'Ayudar a alguien con una tarea pequeña',
        smallerStep: 'Ofrecer ayuda a una persona',
        minutes: 5,
      },
    ],
  },
  {
    key: 'nature',
    name: 'Naturaleza',
    looksLike: 'Paso un momento al aire libre',
    why: 'Estar al aire libre me recuerda que el mundo es grande.',
    steps: [
      { step: 'Salir al aire libre dos minutos', smallerStep: 'Abrir una ventana', minutes: 2 },
      { step: 'Regar una planta', smallerStep: 'Tocar la tierra de una planta', minutes: 1 },
      { step: 'Mirar el cielo un minuto', smallerStep: 'Mirar por la ventana', minutes: 1 },
      {
        step: 'Dar una vuelta a la manzana',
        smallerStep: 'Caminar hasta la puerta y volver',
        minutes: 10,
      },
      {
        step: 'Fijarme en tres cosas al aire libre',
        smallerStep: 'Fijarme en un árbol',
        minutes: 2,
      },
    ],
  },
  {
    key: 'work',
    name: 'Trabajo',
    looksLike: 'Avanzo un poco en una tarea',
    why: 'Poco a poco, el trabajo no se me acumula.',
    steps: [
      {
        step: 'Empezar una tarea durante dos minutos',
        smallerStep: 'Abrir el archivo que necesito',
        minutes: 2,
      },
      { step: 'Responder a un correo', smallerStep: 'Leer un correo', minutes: 3 },
      {
        step: 'Escribir una lista de tareas con tres cosas',
        smallerStep: 'Escribir una cosa en una lista de tareas',
        minutes: 3,
      },
      { step: 'Quitar una cosa de mi mesa', smallerStep: 'Guardar un bolígrafo', minutes: 1 },
      {
        step: 'Trabajar en una tarea diez minutos',
        smallerStep: 'Trabajar en una tarea dos minutos',
        minutes: 10,
      },
    ],
  },
];
