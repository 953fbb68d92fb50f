/** The words registry: parts filled in place, composites rebuilt, listeners told, pseudo derived. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableLanguages, fillWords, setLanguage } from '@/utils/copy/lang/switch';
import { composed, language, locale, onLanguage, words, wordsReady } from '@/utils/copy/lang/words';

afterEach(async () => {
  await setLanguage('en', 'en');
});

describe('fillWords', () => {
  it('fills nested objects and arrays in place, so kept references read the new words', () => {
    const target = { a: { b: 'one', list: ['x', 'y'] }, f: (n: number) => `${n} old` };
    const nested = target.a;
    const list = target.a.list;
    fillWords(target, { a: { b: 'uno', list: ['equis'] }, f: (n: number) => `${n} nuevo` });
    expect(nested.b).toBe('uno');
    expect(list).toEqual(['equis']);
    expect(target.f(2)).toBe('2 nuevo');
  });

  it('keeps keys the source lacks', () => {
    const target: Record<string, unknown> = { a: 'one', b: 'two' };
    fillWords(target, { a: 'uno' });
    expect(target).toEqual({ a: 'uno', b: 'two' });
  });
});

describe('the registry', () => {
  it('switches a registered part to the pseudo-language and back to English', async () => {
    const part = words('test/one', { greeting: 'Hello there', nested: { done: 'Done' } });
    const held = part.nested;
    await setLanguage('qps', 'en');
    expect(part.greeting).toMatch(/^\[Ĥéļļô ţĥéŕé ·+\]$/);
    expect(held.done).toMatch(/^\[Ðôñé ·+\]$/);
    expect(language()).toBe('qps');
    await setLanguage('en', 'en-GB');
    expect(part.greeting).toBe('Hello there');
    expect(held.done).toBe('Done');
    expect(locale()).toBe('en-GB');
  });

  it('gives a part registered after a switch the current words once ready', async () => {
    await setLanguage('qps', 'en');
    const late = words('test/late', { title: 'Later words' });
    await wordsReady();
    expect(late.title).toMatch(/^\[Ļàţéŕ ŵôŕðš ·+\]$/);
  });

  it('rebuilds composites, whose top-level words were copied', async () => {
    const a = words('test/a', { say: (name: string) => `Hi ${name}` });
    const b = words('test/b', { bye: 'Bye' });
    const both = composed(() => ({ ...a, ...b }));
    await setLanguage('qps', 'en');
    expect(both.bye).toMatch(/^\[Ɓýé/);
    expect(both.say('Ana')).toMatch(/^\[Ĥî Ana ·+\]$/);
  });

  it('tells listeners after a change, not when nothing changed', async () => {
    const heard = vi.fn();
    const stop = onLanguage(heard);
    await setLanguage('en', 'en');
    expect(heard).not.toHaveBeenCalled();
    await setLanguage('qps', 'en');
    expect(heard).toHaveBeenCalledWith('qps');
    stop();
  });

  it('tells listeners once when two quick switches ask for the same language', async () => {
    const heard = vi.fn();
    const stop = onLanguage(heard);
    await Promise.all([setLanguage('qps', 'en'), setLanguage('qps', 'en')]);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith('qps');
    stop();
  });

  it('keeps the last of two quick switches', async () => {
    const part = words('test/race', { word: 'Calm' });
    const first = setLanguage('qps', 'en');
    const second = setLanguage('en', 'en');
    await Promise.all([first, second]);
    expect(part.word).toBe('Calm');
    expect(language()).toBe('en');
  });

  it('lists English first, and the pseudo-language only in the test build', () => {
    expect(availableLanguages()[0]).toBe('en');
    expect(availableLanguages()).toContain('qps');
  });
});

describe('what else a language needs (alsoForLanguage)', () => {
  it('is loaded before a switch tells the pages, and at once when registered after one', async () => {
    const { alsoForLanguage } = await import('@/utils/copy/lang/words');
    const asked: string[] = [];
    let release: () => void = () => {};
    alsoForLanguage((lang) =>
      lang === 'en'
        ? Promise.resolve()
        : new Promise<void>((done) => {
            asked.push(lang);
            release = done;
          }),
    );
    // An English page asks for nothing.
    expect(asked).toEqual([]);
    const heard = vi.fn();
    const stop = onLanguage(heard);
    const switching = setLanguage('es', 'es-ES');
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toEqual(['es']);
    expect(heard).not.toHaveBeenCalled();
    release();
    await switching;
    expect(heard).toHaveBeenCalledWith('es');
    stop();

    // Registered once Spanish is spoken (a lazy chunk's): loading at once, awaited by wordsReady.
    let later = false;
    alsoForLanguage(async (lang) => {
      await new Promise((r) => setTimeout(r, 10));
      later = lang === 'es';
    });
    await wordsReady();
    expect(later).toBe(true);
  });
});
