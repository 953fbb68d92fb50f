/** Spanish starter values and steps, the first half (utils/copy/templates.ts); see templates.ts. */
export const VALUES_A = [
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
];
