/**
 * Concrete steps to offer for a wish, by topic. Topics that touch health conditions, weight or harm
 * get no suggestion: those belong with the person and their clinician, not a word list.
 */

import { microwinCopy } from '@/utils/copy/microwin';

export const SENSITIVE_RE =
  /\b(?:smok\w*|vap(?:e|ing)|cigarettes?|alcohol|booze|drugs?|weigh\w*|pounds|lbs|kg|kilos|calories|diet\w*|self[\s-]?harm|harm\w*|hurt\w*|kill\w*|suicid\w*|die|dying|dead|medication|meds|pills?)\b/;

/** `instead`: the step also works as something to do in place of a habit the person wants less of. */
export const TOPICS: readonly { match: RegExp; step: string; instead?: boolean }[] = [
  {
    match:
      /\b(?:phone|scroll\w*|screen|social media|instagram|tiktok|youtube|netflix|doomscroll\w*)\b/,
    step: microwinCopy.topics.phone,
    instead: true,
  },
  { match: /\b(?:e-?mails?|inbox)\b/, step: microwinCopy.topics.email },
  {
    match: /\b(?:social|friends?|lonely|connect\w*|people|sociali[sz]e)\b/,
    step: microwinCopy.topics.friends,
  },
  {
    match:
      /\b(?:calm|calmer|relax\w*|anxious|anxiety|stress\w*|worry|worries|peace|overthink\w*)\b/,
    step: microwinCopy.topics.calm,
    instead: true,
  },
  { match: /\b(?:water|hydrat\w*)\b/, step: microwinCopy.topics.water },
  {
    match: /\b(?:eat|eating|food|junk|sugar|snack\w*|meals?|fruit|veg\w*)\b/,
    step: microwinCopy.topics.food,
    instead: true,
  },
  {
    match: /\b(?:sleep\w*|bed|bedtime|tired)\b/,
    step: microwinCopy.topics.sleep,
    instead: true,
  },
  {
    match:
      /\b(?:fit|fitter|fitness|exercis\w*|shape|active|move|moving|workouts?|gym|run|running|walk\w*|marathon)\b/,
    step: microwinCopy.topics.movement,
    instead: true,
  },
  { match: /\b(?:read|reading|books?)\b/, step: microwinCopy.topics.reading },
  { match: /\b(?:write|writing|journal\w*)\b/, step: microwinCopy.topics.writing },
  {
    match: /\b(?:tidy|tidier|organi[sz]\w*|clutter\w*|mess\w*|clean\w*|house|home)\b/,
    step: microwinCopy.topics.tidying,
  },
  {
    match: /\b(?:creative|creativity|art|draw\w*|paint\w*|music)\b/,
    step: microwinCopy.topics.creative,
  },
  {
    match: /\b(?:kind|kinder|kindness|nice|nicer|patient|gentle)\b/,
    step: microwinCopy.topics.kindness,
  },
  {
    match: /\b(?:grateful|gratitude|thankful|positive|optimistic|happ(?:y|ier|iness))\b/,
    step: microwinCopy.topics.gratitude,
  },
  {
    match:
      /\b(?:procrastinat\w*|productive|productivity|lazy|motivat\w*|disciplined?|focus\w*|work|study|studying|homework|job)\b/,
    step: microwinCopy.topics.starting,
    instead: true,
  },
  {
    match: /\b(?:healthy|healthier|health|self[\s-]?care|myself)\b/,
    step: microwinCopy.topics.health,
  },
];
