/**
 * Spanish for the micro-win check: its patterns, numbers, verbs, topics, words and grammar as
 * one table.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { grammar } from './grammar';
import { numbers } from './numbers';
import { patterns } from './patterns';
import { reading } from './reading';
import { topics } from './topics';
import { verbs } from './verbs';
import { words } from './words';

/** The micro-win check's Spanish table. */
export const es: MicrowinLanguageData = {
  reading,
  numbers,
  patterns,
  verbs,
  topics,
  words,
  grammar,
};
