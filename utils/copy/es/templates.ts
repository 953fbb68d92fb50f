/** Spanish words of the starter values and steps, and the body basics (utils/copy/templates.ts). */
export default {
  values: [
    {
      key: 'connection',
      name: 'Conexión',
      looksLike: 'Me pongo en contacto con alguien',
      why: 'Las personas me sostienen.',
      steps: [
        { step: 'Escribir a un amigo', smallerStep: 'Abrir el chat con un amigo', minutes: 2 },
        { step: 'Responder a un mensaje', smallerStep: 'Leer un mensaje', minutes: 2 },
        {
          step: 'Llamar a alguien cinco minutos',
          smallerStep: 'Enviar a alguien una nota de voz corta',
          minutes: 5,
        },
        {
          step: 'Dar las gracias a una persona',
          smallerStep: 'Pensar en una persona a quien dar las gracias',
          minutes: 1,
        },
        {
          step: 'Preguntar a alguien cómo le va el día',
          smallerStep: 'Enviar a alguien un emoji amable',
          minutes: 2,
        },
        {
          step: 'Compartir una foto con alguien',
          smallerStep: 'Elegir una foto para compartir',
          minutes: 2,
        },
      ],
    },
    {
      key: 'health',
      name: 'Salud',
      looksLike: 'Cuido mi cuerpo con gestos pequeños',
      why: 'Un cuerpo cuidado me lleva más lejos.',
      steps: [
        { step: 'Beber un vaso de agua', smallerStep: 'Llenar un vaso de agua', minutes: 1 },
        {
          step: 'Caminar cinco minutos',
          smallerStep: 'Levantarme y estirarme una vez',
          minutes: 5,
        },
        {
          step: 'Comer una pieza de fruta',
          smallerStep: 'Poner una pieza de fruta en la mesa',
          minutes: 2,
        },
        { step: 'Salir al aire libre dos minutos', smallerStep: 'Abrir una ventana', minutes: 2 },
        { step: 'Estirarme dos minutos', smallerStep: 'Girar los hombros tres veces', minutes: 2 },
      ],
    },
    {
      key: 'growth',
      name: 'Crecimiento',
      looksLike: 'Pruebo una cosa nueva y pequeña',
      why: 'Crecer poco a poco me mantiene con esperanza.',
      steps: [
        { step: 'Leer una página de un libro', smallerStep: 'Leer un párrafo', minutes: 3 },
        {
          step: 'Anotar una cosa que he aprendido hoy',
          smallerStep: 'Decir en voz alta una cosa que he aprendido',
          minutes: 2,
        },
        {
          step: 'Practicar una habilidad cinco minutos',
          smallerStep: 'Practicar una habilidad un minuto',
          minutes: 5,
        },
        {
          step: 'Probar una cosa que nunca he probado',
          smallerStep: 'Anotar una cosa que podría probar',
          minutes: 5,
        },
        {
          step: 'Hacer una pregunta sobre algo que me da curiosidad',
          smallerStep: 'Anotar una pregunta',
          minutes: 2,
        },
      ],
    },
    {
      key: 'calm',
      name: 'Calma',
      looksLike: 'Me doy un momento de tranquilidad',
      why: 'Con un momento de calma, pienso con más claridad.',
      steps: [
        {
          step: 'Respirar despacio tres veces',
          smallerStep: 'Respirar despacio una vez',
          minutes: 1,
        },
        {
          step: 'Sentarme en silencio dos minutos',
          smallerStep: 'Cerrar los ojos durante tres respiraciones',
          minutes: 2,
        },
        {
          step: 'Hacer el ejercicio de un minuto para aterrizar',
          smallerStep: 'Fijarme en cinco cosas que veo',
          minutes: 1,
        },
        {
          step: 'Escuchar una canción tranquila',
          smallerStep: 'Elegir una canción tranquila',
          minutes: 4,
        },
        {
          step: 'Apartar la vista de la pantalla dos minutos',
          smallerStep: 'Mirar por la ventana una vez',
          minutes: 2,
        },
        {
          step: 'Anotar una preocupación y cerrar el cuaderno',
          smallerStep: 'Decir en voz alta una preocupación',
          minutes: 2,
        },
      ],
    },
    {
      key: 'creativity',
      name: 'Creatividad',
      looksLike: 'Hago algo, aunque sea pequeño',
      why: 'Crear cosas me recuerda quién soy.',
      steps: [
        { step: 'Dibujar dos minutos', smallerStep: 'Dibujar una línea', minutes: 2 },
        { step: 'Escribir una frase', smallerStep: 'Escribir una palabra', minutes: 2 },
        {
          step: 'Sacar una foto de algo que me gusta',
          smallerStep: 'Fijarme en una cosa que me parece bonita',
          minutes: 1,
        },
        {
          step: 'Tocar una canción con mi instrumento',
          smallerStep: 'Sacar mi instrumento',
          minutes: 4,
        },
        { step: 'Garabatear en una nota adhesiva', smallerStep: 'Tomar un bolígrafo', minutes: 2 },
      ],
    },
    {
      key: 'home',
      name: 'Cuidar mi casa',
      looksLike: 'Mi espacio es un poco más amable conmigo',
      why: 'Con un espacio más tranquilo, el día pesa menos.',
      steps: [
        { step: 'Guardar cinco cosas', smallerStep: 'Guardar una cosa', minutes: 3 },
        { step: 'Limpiar la mesa', smallerStep: 'Despejar un rincón de la mesa', minutes: 2 },
        { step: 'Lavar tres platos', smallerStep: 'Lavar una taza', minutes: 3 },
        { step: 'Hacer la cama', smallerStep: 'Estirar las sábanas', minutes: 2 },
        {
          step: 'Sacar el reciclaje',
          smallerStep: 'Llevar una cosa al reciclaje',
          minutes: 2,
        },
        {
          step: 'Abrir una ventana para que entre aire',
          smallerStep: 'Abrir las cortinas',
          minutes: 1,
        },
      ],
    },
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
          step: 'Ver un video divertido',
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
  ],

  /** Body basics: sleep, food and movement. */
  bodyBasics: [
    // Sleep
    {
      step: 'Poner el teléfono a cargar al irme a dormir',
      smallerStep: 'Dejar el teléfono boca abajo al irme a dormir',
      minutes: 1,
    },
    {
      step: 'Acostarme antes de las 11 de la noche',
      smallerStep: 'Apagar la luz grande antes de las 11 de la noche',
      minutes: 2,
    },
    {
      step: 'Abrir las cortinas al despertarme',
      smallerStep: 'Mirar hacia la ventana al despertarme',
      minutes: 1,
    },
    // Food
    { step: 'Beber un vaso de agua', smallerStep: 'Llenar un vaso de agua', minutes: 1 },
    { step: 'Desayunar algo', smallerStep: 'Comer un bocado de algo', minutes: 5 },
    {
      step: 'Comer una pieza de fruta',
      smallerStep: 'Poner una pieza de fruta donde pueda verla',
      minutes: 2,
    },
    // Movement
    { step: 'Caminar cinco minutos', smallerStep: 'Levantarme y estirarme una vez', minutes: 5 },
    { step: 'Estirarme dos minutos', smallerStep: 'Girar los hombros tres veces', minutes: 2 },
    {
      step: 'Levantarme y dar una vuelta por la habitación',
      smallerStep: 'Ponerme de pie durante una respiración',
      minutes: 2,
    },
  ],
};
