/**
 * Starter values and steps, offered as invitations (every step passes the micro-win check), and
 * the body basics in bodyBasics.ts. They are words, so they live here; what picks among them is
 * in utils/core/templates.ts and takes them as a parameter.
 */
import type { Starters, ValueTemplate } from '@/utils/core/templates';
import { BODY_BASICS } from './bodyBasics';
import { words } from './lang/words';

export { BODY_BASICS } from './bodyBasics';

/** Starter values and steps, offered as invitations. Every step passes the micro-win check. */
export const VALUE_TEMPLATES: ValueTemplate[] = [
  {
    key: 'connection',
    name: 'Connection',
    looksLike: 'I reach out to someone',
    why: 'People keep me steady.',
    steps: [
      { step: 'Text one friend', smallerStep: 'Open the chat with one friend', minutes: 2 },
      { step: 'Reply to one message', smallerStep: 'Read one message', minutes: 2 },
      {
        step: 'Call someone for five minutes',
        smallerStep: 'Send someone a short voice note',
        minutes: 5,
      },
      {
        step: 'Say thank you to one person',
        smallerStep: 'Think of one person to thank',
        minutes: 1,
      },
      {
        step: 'Ask someone how their day went',
        smallerStep: 'Send one friendly emoji to someone',
        minutes: 2,
      },
      { step: 'Share one photo with someone', smallerStep: 'Pick one photo to share', minutes: 2 },
    ],
  },
  {
    key: 'health',
    name: 'Health',
    looksLike: 'I look after my body in small ways',
    why: 'A body that is cared for carries me further.',
    steps: [
      { step: 'Drink a glass of water', smallerStep: 'Fill a glass of water', minutes: 1 },
      { step: 'Walk for five minutes', smallerStep: 'Stand up and stretch once', minutes: 5 },
      {
        step: 'Eat one piece of fruit',
        smallerStep: 'Put one piece of fruit on the table',
        minutes: 2,
      },
      { step: 'Step outside for two minutes', smallerStep: 'Open a window', minutes: 2 },
      { step: 'Stretch for two minutes', smallerStep: 'Roll my shoulders three times', minutes: 2 },
    ],
  },
  {
    key: 'growth',
    name: 'Growth',
    looksLike: 'I try one small new thing',
    why: 'Growing a little at a time keeps me hopeful.',
    steps: [
      { step: 'Read one page of a book', smallerStep: 'Read one paragraph', minutes: 3 },
      {
        step: 'Write down one thing I learned today',
        smallerStep: 'Say one thing I learned out loud',
        minutes: 2,
      },
      {
        step: 'Practise a skill for five minutes',
        smallerStep: 'Practise a skill for one minute',
        minutes: 5,
      },
      {
        step: 'Try one thing I have not tried before',
        smallerStep: 'Write down one thing I could try',
        minutes: 5,
      },
      {
        step: 'Ask one question I am curious about',
        smallerStep: 'Write down one question',
        minutes: 2,
      },
    ],
  },
  {
    key: 'calm',
    name: 'Calm',
    looksLike: 'I give myself a quiet moment',
    why: 'A quiet moment helps me think clearly.',
    steps: [
      { step: 'Take three slow breaths', smallerStep: 'Take one slow breath', minutes: 1 },
      {
        step: 'Sit quietly for two minutes',
        smallerStep: 'Close my eyes for three breaths',
        minutes: 2,
      },
      {
        step: 'Do the one-minute grounding exercise',
        smallerStep: 'Notice five things I can see',
        minutes: 1,
      },
      { step: 'Listen to one calm song', smallerStep: 'Pick one calm song', minutes: 4 },
      {
        step: 'Look away from the screen for two minutes',
        smallerStep: 'Look out of a window once',
        minutes: 2,
      },
      {
        step: 'Write down one worry, then close the notebook',
        smallerStep: 'Name one worry out loud',
        minutes: 2,
      },
    ],
  },
  {
    key: 'creativity',
    name: 'Creativity',
    looksLike: 'I make something, however small',
    why: 'Making things reminds me who I am.',
    steps: [
      { step: 'Draw for two minutes', smallerStep: 'Draw one line', minutes: 2 },
      { step: 'Write one sentence', smallerStep: 'Write one word', minutes: 2 },
      {
        step: 'Take one photo of something I like',
        smallerStep: 'Notice one thing I like the look of',
        minutes: 1,
      },
      { step: 'Play one song on my instrument', smallerStep: 'Pick up my instrument', minutes: 4 },
      { step: 'Doodle on one sticky note', smallerStep: 'Pick up a pen', minutes: 2 },
    ],
  },
  {
    key: 'home',
    name: 'Care for home',
    looksLike: 'My space is a little kinder to me',
    why: 'A calmer space makes the day lighter.',
    steps: [
      { step: 'Put away five things', smallerStep: 'Put away one thing', minutes: 3 },
      { step: 'Wipe one counter', smallerStep: 'Clear one spot on the counter', minutes: 2 },
      { step: 'Wash three dishes', smallerStep: 'Wash one cup', minutes: 3 },
      { step: 'Make my bed', smallerStep: 'Pull up the covers', minutes: 2 },
      {
        step: 'Take out the recycling',
        smallerStep: 'Carry one item to the recycling',
        minutes: 2,
      },
      { step: 'Open a window for fresh air', smallerStep: 'Open the curtains', minutes: 1 },
    ],
  },
  {
    key: 'learning',
    name: 'Learning',
    looksLike: 'I feed my curiosity',
    why: 'Learning keeps my mind awake.',
    steps: [
      {
        step: 'Read one article',
        smallerStep: 'Read the first paragraph of one article',
        minutes: 5,
      },
      { step: 'Watch one short lesson', smallerStep: 'Open the lesson page', minutes: 5 },
      { step: 'Learn one new word', smallerStep: 'Look up one word', minutes: 2 },
      {
        step: 'Write down one question I am curious about',
        smallerStep: 'Think of one question',
        minutes: 2,
      },
      {
        step: 'Review my notes for five minutes',
        smallerStep: 'Read one line of my notes',
        minutes: 5,
      },
    ],
  },
  {
    key: 'play',
    name: 'Play',
    looksLike: 'I do something just for fun',
    why: 'Fun refills what the week takes out of me.',
    steps: [
      { step: 'Play one round of a game I like', smallerStep: 'Open a game I like', minutes: 5 },
      { step: 'Listen to one favourite song', smallerStep: 'Pick one favourite song', minutes: 4 },
      { step: 'Dance to one song', smallerStep: 'Tap my foot to one song', minutes: 4 },
      { step: 'Solve one crossword clue', smallerStep: 'Read one crossword clue', minutes: 3 },
      { step: 'Watch one funny clip', smallerStep: 'Think of one funny memory', minutes: 3 },
    ],
  },
  {
    key: 'autonomy',
    name: 'Autonomy',
    looksLike: 'I choose one thing for myself',
    why: 'Making my own choices helps me feel like me.',
    steps: [
      {
        step: 'Choose one thing to do today',
        smallerStep: 'Name one thing I want today',
        minutes: 2,
      },
      {
        step: 'Say no to one small request',
        smallerStep: 'Take one breath before I say yes',
        minutes: 1,
      },
      {
        step: 'Write down one thing I want from this week',
        smallerStep: 'Think of one thing I want',
        minutes: 2,
      },
      {
        step: 'Spend five minutes on something I chose',
        smallerStep: 'Spend one minute on something I chose',
        minutes: 5,
      },
      {
        step: 'Write one sentence about what matters to me',
        smallerStep: 'Write one word about what matters to me',
        minutes: 3,
      },
    ],
  },
  {
    key: 'kindness',
    name: 'Kindness',
    looksLike: 'I do one kind thing',
    why: 'Kindness makes the day softer, for others and for me.',
    steps: [
      {
        step: 'Say one kind thing to someone',
        smallerStep: 'Think of one kind thing to say',
        minutes: 1,
      },
      {
        step: 'Send a thank-you message',
        smallerStep: 'Write the first line of a thank-you message',
        minutes: 3,
      },
      { step: 'Hold the door for someone', smallerStep: 'Smile at one person', minutes: 1 },
      {
        step: 'Say one kind thing to myself',
        smallerStep: 'Put a hand on my heart for one breath',
        minutes: 1,
      },
      {
        step: 'Help someone with one small task',
        smallerStep: 'Offer help to one person',
        minutes: 5,
      },
    ],
  },
  {
    key: 'nature',
    name: 'Nature',
    looksLike: 'I spend a moment outside',
    why: 'Being outside reminds me the world is big.',
    steps: [
      { step: 'Step outside for two minutes', smallerStep: 'Open a window', minutes: 2 },
      { step: 'Water one plant', smallerStep: 'Touch the soil of one plant', minutes: 1 },
      { step: 'Look at the sky for one minute', smallerStep: 'Look out of a window', minutes: 1 },
      {
        step: 'Walk around the block',
        smallerStep: 'Walk to the front door and back',
        minutes: 10,
      },
      { step: 'Notice three things outside', smallerStep: 'Notice one tree', minutes: 2 },
    ],
  },
  {
    key: 'work',
    name: 'Work',
    looksLike: 'I move one task forward a little',
    why: 'A little at a time keeps my work from piling up.',
    steps: [
      { step: 'Start one task for two minutes', smallerStep: 'Open the file I need', minutes: 2 },
      { step: 'Reply to one email', smallerStep: 'Read one email', minutes: 3 },
      {
        step: 'Write a to-do list with three items',
        smallerStep: 'Write one item on a to-do list',
        minutes: 3,
      },
      { step: 'Clear one thing from my desk', smallerStep: 'Put one pen away', minutes: 1 },
      {
        step: 'Work on one task for ten minutes',
        smallerStep: 'Work on one task for two minutes',
        minutes: 10,
      },
    ],
  },
];

/** Every starter, as the pure logic (suggestions, step ideas) takes them. */
/**
 * The starters as one part of the words, so they switch with the person's language: the arrays
 * above are filled in place.
 */
export const STARTERS: Starters = /* @__PURE__ */ words('templates', {
  values: VALUE_TEMPLATES,
  bodyBasics: BODY_BASICS,
});
