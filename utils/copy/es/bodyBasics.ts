/**
 * Spanish body basics (utils/copy/bodyBasics.ts): sleep, food and movement, one small step each.
 * A module of its own for its length; `templates.ts` gives it as its `bodyBasics`.
 */
export const BODY_BASICS = [
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
];
