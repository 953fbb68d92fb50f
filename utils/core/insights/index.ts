/**
 * Insights over the entry log, one concept per file: evidence counts, a forgiving consistency
 * score, grow/shrink offers, mood beside activity, the weekly review, and patterns and trends
 * over weeks. Pure functions over
 * plain data; each makes one pass over the entries into maps, then works from the maps.
 */
export * from './commitmentDays';
export * from './consistency';
export * from './evidence';
export * from './mood';
export * from './offers';
export * from './patterns';
export * from './weeklyReview';
export * from './weekTrends';
