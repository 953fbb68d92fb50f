/**
 * English for the micro-win check: its patterns, numbers, verbs, topics and words as one table.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import { numbers } from './numbers';
import { patterns } from './patterns';
import { reading } from './reading';
import { topics } from './topics';
import { verbs } from './verbs';
import { words } from './words';

/** The micro-win check's English table. */
export const en: MicrowinLanguageData = { reading, numbers, patterns, verbs, topics, words };
