/**
 * Insights over the entry log, one concept per file: what a small win is (`smallWin.ts`, the one
 * definition every count uses), evidence counts, the counts beside a period, the person's first
 * day, a forgiving consistency score, mood beside activity, the weekly review, patterns and
 * trends over weeks, and how steps went beside how they were expected to go (`expectedFelt.ts`).
 * The resize offers (`offers.ts`, `offerMemory.ts`) are imported directly, not through here: they
 * bring the micro-win check, which the popup and the new tab's start never need (their start-up
 * budgets). Pure functions over plain data; each makes one pass over the entries into maps, then
 * works from the maps.
 */
export * from './commitmentDays';
export * from './consistency';
export * from './evidence';
export * from './expectedFelt';
export * from './firstDay';
export * from './mood';
export * from './patterns';
export * from './periodCounts';
export * from './smallWin';
export * from './timeOfDay';
export * from './weeklyReview';
export * from './weekTrends';
