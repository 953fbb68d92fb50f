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

/** Starter values and steps, offered as invitations. */
export const VALUE_TEMPLATES: ValueTemplate[] = [
  {
    key: 'connection',
    name: 'Connection',
    looksLike: 'I reach out to someone',
    why: 'People keep me steady.',
    steps: [
      { step: 'Text one friend', smallerStep: 'Open the chat with one friend', minutes: 2 },
    ],
  },
];

/** Body-basics steps: sleep, food and movement. */
export const BODY_BASICS: StepTemplate[] = [
  { step: 'Drink a glass of water', smallerStep: 'Fill a glass of water', minutes: 1 },
];

/** The template whose name matches a value's name (case-insensitive), if any. */
export function templateFor(valueName: string): ValueTemplate | undefined {
  const name = valueName.trim().toLowerCase();
  return VALUE_TEMPLATES.find((t) => t.name.toLowerCase() === name || t.key === name);
}
