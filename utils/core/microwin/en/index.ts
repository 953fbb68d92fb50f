/**
 * English for the micro-win check: its patterns, numbers, verbs, topics and words as one table.
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
import * as numbers from './numbers';
import * as patterns from './patterns';
import * as reading from './reading';
import * as topics from './topics';
import * as verbs from './verbs';
import { words } from './words';

/** The micro-win check's English table. */
export const en: MicrowinLanguageData = { reading, numbers, patterns, verbs, topics, words };
