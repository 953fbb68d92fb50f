/** Spanish words of a limited field (utils/copy/limits.ts). */
export default {
  limit: {
    upToText: 'Hasta {max} caracteres.',
    leftText: { one: 'Queda {n} carácter.', other: 'Quedan {n} caracteres.' },
    full: 'No queda espacio: lo que pase de ahí se queda fuera.',
  },
};
