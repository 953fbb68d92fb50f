/**
 * Concrete steps to offer for a wish, by topic. Topics that touch health conditions, weight or harm
 * get no suggestion: those belong with the person and their clinician, not a word list.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { words } from './words';

export const SENSITIVE_RE =
  /\b(?:smok\w*|vap(?:e|ing)|cigarettes?|alcohol|booze|drugs?|weigh\w*|pounds|lbs|kg|kilos|calories|diet\w*|self[\s-]?harm|harm\w*|hurt\w*|kill\w*|suicid\w*|die|dying|dead|medication|meds|pills?)\b/;

/** `instead`: the step also works as something to do in place of a habit the person wants less of. */
export const TOPICS: readonly { match: RegExp; step: string; instead?: boolean }[] = [
  {
    match:
      /\b(?:phone|scroll\w*|screen|social media|instagram|tiktok|youtube|netflix|doomscroll\w*)\b/,
    step: words.topics.phone,
    instead: true,
  },
  { match: /\b(?:e-?mails?|inbox)\b/, step: words.topics.email },
  {
    match: /\b(?:social|friends?|lonely|connect\w*|people|sociali[sz]e)\b/,
    step: words.topics.friends,
  },
  {
    match:
      /\b(?:calm|calmer|relax\w*|anxious|anxiety|stress\w*|worry|worries|peace|overthink\w*)\b/,
    step: words.topics.calm,
    instead: true,
  },
  { match: /\b(?:water|hydrat\w*)\b/, step: words.topics.water },
  {
    match: /\b(?:eat|eating|food|junk|sugar|snack\w*|meals?|fruit|veg\w*)\b/,
    step: words.topics.food,
    instead: true,
  },
  {
    match: /\b(?:sleep\w*|bed|bedtime|tired)\b/,
    step: words.topics.sleep,
    instead: true,
  },
  {
    match:
      /\b(?:fit|fitter|fitness|exercis\w*|shape|active|move|moving|workouts?|gym|run|running|walk\w*|marathon)\b/,
    step: words.topics.movement,
    instead: true,
  },
  { match: /\b(?:read|reading|books?)\b/, step: words.topics.reading },
  { match: /\b(?:write|writing|journal\w*)\b/, step: words.topics.writing },
  {
    match: /\b(?:tidy|tidier|organi[sz]\w*|clutter\w*|mess\w*|clean\w*|house|home)\b/,
    step: words.topics.tidying,
  },
  {
    match: /\b(?:creative|creativity|art|draw\w*|paint\w*|music)\b/,
    step: words.topics.creative,
  },
  {
    match: /\b(?:kind|kinder|kindness|nice|nicer|patient|gentle)\b/,
    step: words.topics.kindness,
  },
  {
    match: /\b(?:grateful|gratitude|thankful|positive|optimistic|happ(?:y|ier|iness))\b/,
    step: words.topics.gratitude,
  },
  {
    match:
      /\b(?:procrastinat\w*|productive|productivity|lazy|motivat\w*|disciplined?|focus\w*|work|study|studying|homework|job)\b/,
    step: words.topics.starting,
    instead: true,
  },
  {
    match: /\b(?:healthy|healthier|health|self[\s-]?care|myself)\b/,
    step: words.topics.health,
  },
];

/** The topics part of the English table. */
export const topics: MicrowinLanguageData['topics'] = {
  SENSITIVE_RE,
  TOPICS,
};
