/**
 * The shapes of starter values and steps, and the logic that picks among them. The starters
 * themselves are words (utils/copy/templates.ts), so every function here takes them as a parameter.
 */

/** A starter step, with its smaller step for heavy days. */
export interface StepTemplate {
  step: string;
  smallerStep: string;
  minutes: number;
}

/** A common value with what it can look like and a few starter steps. */
export interface ValueTemplate {
  /** Stable key, e.g. `connection`. */
  key: string;
  name: string;
  looksLike: string;
  why: string;
  steps: StepTemplate[];
}

/** The starter content in one language: values with their steps, and the body basics. */
export interface Starters {
  values: readonly ValueTemplate[];
  bodyBasics: readonly StepTemplate[];
}

/** The template whose name matches a value's name (case-insensitive), if any. */
export function templateFor(
  valueName: string,
  templates: readonly ValueTemplate[],
): ValueTemplate | undefined {
  const name = valueName.trim().toLowerCase();
  return templates.find((t) => t.name.toLowerCase() === name || t.key === name);
}
