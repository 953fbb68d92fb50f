/** Starter steps for the body basics that support everything else: sleep, food and movement. */
import type { StepTemplate } from '@/utils/core/templates';

/** Body-basics steps: sleep, food and movement. */
export const BODY_BASICS: StepTemplate[] = [
  // Sleep
  {
    step: 'Put my phone on the charger at bedtime',
    smallerStep: 'Turn my phone face down at bedtime',
    minutes: 1,
  },
  { step: 'Go to bed by 11 pm', smallerStep: 'Turn off the main light by 11 pm', minutes: 2 },
  {
    step: 'Open the curtains after I wake up',
    smallerStep: 'Look toward the window after I wake up',
    minutes: 1,
  },
  // Food
  { step: 'Drink a glass of water', smallerStep: 'Fill a glass of water', minutes: 1 },
  { step: 'Eat something for breakfast', smallerStep: 'Eat one bite of something', minutes: 5 },
  {
    step: 'Eat one piece of fruit',
    smallerStep: 'Put one piece of fruit where I can see it',
    minutes: 2,
  },
  // Movement
  { step: 'Walk for five minutes', smallerStep: 'Stand up and stretch once', minutes: 5 },
  { step: 'Stretch for two minutes', smallerStep: 'Roll my shoulders three times', minutes: 2 },
  {
    step: 'Stand up and walk around the room',
    smallerStep: 'Stand up for one breath',
    minutes: 2,
  },
];
