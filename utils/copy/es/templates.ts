/** Spanish words of the starter values and steps, and the body basics (utils/copy/templates.ts). */
import { BODY_BASICS } from './bodyBasics';
import { VALUES_A } from './valuesA';
import { VALUES_B } from './valuesB';

export default {
  values: [...VALUES_A, ...VALUES_B],

  /** Body basics: sleep, food and movement. */
  bodyBasics: BODY_BASICS,
};
