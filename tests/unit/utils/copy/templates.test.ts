import { describe, expect, it } from 'vitest';
import { BODY_BASICS, VALUE_TEMPLATES } from '@/utils/copy/templates';
import { checkStep } from '@/utils/core/microwin';
import { templateFor } from '@/utils/core/templates';

const allSteps = [
  ...VALUE_TEMPLATES.flatMap((t) => t.steps.map((s) => ({ where: t.key, ...s }))),
  ...BODY_BASICS.map((s) => ({ where: 'body basics', ...s })),
];

describe('VALUE_TEMPLATES', () => {
  it('offers at least 10 common values with unique keys and names', () => {
    expect(VALUE_TEMPLATES.length).toBeGreaterThanOrEqual(10);
    const keys = VALUE_TEMPLATES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = VALUE_TEMPLATES.map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const key of [
      'connection',
      'health',
      'growth',
      'calm',
      'creativity',
      'home',
      'learning',
      'play',
      'autonomy',
      'kindness',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it.each(VALUE_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s has looksLike, a one-sentence why, and 5+ steps',
    (_key, t) => {
      expect(t.key).toMatch(/^[a-z-]+$/);
      expect(t.looksLike.trim().length).toBeGreaterThan(5);
      expect(t.why).toMatch(/^[A-Z][^.!?]*[.!?]$/);
      expect(t.steps.length).toBeGreaterThanOrEqual(5);
    },
  );
});

describe('BODY_BASICS', () => {
  it('has at least 6 steps across sleep, food and movement', () => {
    expect(BODY_BASICS.length).toBeGreaterThanOrEqual(6);
    const text = BODY_BASICS.map((s) => s.step.toLowerCase()).join(' | ');
    expect(text).toMatch(/bed|wake|sleep/);
    expect(text).toMatch(/eat|drink|breakfast|fruit/);
    expect(text).toMatch(/walk|stretch|stand/);
  });
});

describe('every template step', () => {
  it.each(allSteps.map((s) => [s.where, s.step, s] as const))(
    '%s: %j is a good micro-win, with a smaller step',
    (_where, _step, s) => {
      expect(checkStep(s.step)).toEqual({ ok: true, problems: [] });
      expect(checkStep(s.smallerStep)).toEqual({ ok: true, problems: [] });
      expect(s.smallerStep).not.toBe(s.step);
      expect(Number.isInteger(s.minutes)).toBe(true);
      expect(s.minutes).toBeGreaterThanOrEqual(1);
      expect(s.minutes).toBeLessThanOrEqual(10);
    },
  );
});

describe('templateFor', () => {
  it('finds a template by name or key, ignoring case and spaces', () => {
    expect(templateFor('Connection', VALUE_TEMPLATES)?.key).toBe('connection');
    expect(templateFor('  CALM ', VALUE_TEMPLATES)?.key).toBe('calm');
    expect(templateFor('care for home', VALUE_TEMPLATES)?.key).toBe('home');
    expect(templateFor('home', VALUE_TEMPLATES)?.key).toBe('home');
  });

  it('finds nothing for an unknown value, or a tricky name', () => {
    expect(templateFor('Stamp collecting', VALUE_TEMPLATES)).toBeUndefined();
    expect(templateFor('', VALUE_TEMPLATES)).toBeUndefined();
    expect(templateFor('__proto__', VALUE_TEMPLATES)).toBeUndefined();
  });
});
