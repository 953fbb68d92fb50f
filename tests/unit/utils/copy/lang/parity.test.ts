/**
 * Every language has every key of the English words, with the same placeholders: checked for each
 * folder `utils/copy/<lang>/` against the English part of the same name.
 */
import { describe, expect, it } from 'vitest';
import { parityProblems, placeholdersOf } from '@/utils/copy/lang/parity';
import { OFFERED } from '@/utils/copy/lang/switch';
import { composes, registry } from '@/utils/copy/lang/words';

// Every English part, registered as it loads.
import.meta.glob('/utils/copy/**/*.ts', { eager: true });
const translations = import.meta.glob<{ default: unknown }>('/utils/copy/[a-z][a-z]/**/*.ts', {
  eager: true,
});

describe('parityProblems', () => {
  const english = {
    title: 'Your week',
    said: 'Saved {count} wins for {value}.',
    days: ['Mon', 'Tue'],
    count: (n: number) => `${n} wins`,
    nested: { done: 'Done' },
  };

  it('finds nothing in a faithful translation', () => {
    expect(
      parityProblems(english, {
        title: 'Tu semana',
        said: 'Guardados {count} logros para {value}.',
        days: ['lun', 'mar', 'mié'],
        count: (n: number) => `${n} logros`,
        nested: { done: 'Hecho' },
      }),
    ).toEqual([]);
  });

  it('names every key missing or extra, every placeholder and argument that differs', () => {
    expect(
      parityProblems(english, {
        said: 'Guardados {n} logros.',
        days: 'lun',
        count: () => 'logros',
        nested: { done: 'Hecho', extra: 'x' },
      }),
    ).toEqual([
      'title: missing',
      'said: placeholders {n} where English has {count, value}',
      'days: string where English has array',
      'count: takes 0 arguments, English 1',
      'nested.extra: not in English',
    ]);
  });

  it('lets a translation leave out a function that only chooses among its sentences', () => {
    const part = { say: 'Hi', pick: composes((n: number) => String(n)) };
    expect(parityProblems(part, { say: 'Hola' })).toEqual([]);
  });

  it('reads placeholders by name, once each', () => {
    expect(placeholdersOf('{b} and {a}, then {b}')).toEqual(['a', 'b']);
  });
});

describe('each language folder', () => {
  const parts = new Map(registry.parts.map((p) => [p.name, p.english ?? p.live]));
  const files = Object.entries(translations);

  it.each(OFFERED.map((l) => [l]))('%s, offered in Settings, has every part', (lang) => {
    const names = new Set(
      files.map(([path]) => path.replace(/^\/utils\/copy\//, '').replace(/\.ts$/, '')),
    );
    const missing = [...parts.keys()].filter((name) => !names.has(`${lang}/${name}`));
    expect(missing).toEqual([]);
  });

  it('translates only parts English has', () => {
    // A module a part imports (its default export is the part) is not a part of its own.
    const orphans = files
      .filter(([, module]) => module.default !== undefined)
      .map(([path]) => path.replace(/^\/utils\/copy\/[a-z]{2}\//, '').replace(/\.ts$/, ''))
      .filter((name) => !parts.has(name));
    expect(orphans).toEqual([]);
  });

  it.each(files.length > 0 ? files : [['(no translation yet)', { default: undefined }]])(
    '%s keeps the English keys and placeholders',
    (path, module) => {
      if (module.default === undefined) return;
      const name = String(path)
        .replace(/^\/utils\/copy\/[a-z]{2}\//, '')
        .replace(/\.ts$/, '');
      expect(parityProblems(parts.get(name), module.default)).toEqual([]);
    },
  );
});
