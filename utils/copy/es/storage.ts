/** Spanish words of what a page says when it cannot open its storage (utils/copy/storage.ts). */
export default {
  storageProblem:
    'Footholds no ha podido abrir su almacenamiento, así que ahora mismo no puede mostrar ni guardar tus pasos. Intenta cerrar esta página y abrirla de nuevo. Si eso no ayuda, reinicia el navegador y comprueba que no esté en una ventana privada y que quede algo de espacio libre en el disco.',
};
