/** Sentences through `Intl` in the words' locale: placeholders, plural forms, clock times, weekdays. */
import { afterEach, describe, expect, it } from 'vitest';
import { coreCopy } from '@/utils/copy/core';
import { cueLabel } from '@/utils/copy/cues';
import { clockTime, fill, plural, weekdayName } from '@/utils/copy/lang/intl';
import { pseudoWords } from '@/utils/copy/lang/pseudo';
import { setLanguage } from '@/utils/copy/lang/switch';
import { composes } from '@/utils/copy/lang/words';
import { planSentence } from '@/utils/copy/plan';
import type { WordsLanguage } from '@/utils/model/language';
import type { Cue } from '@/utils/model/types';

/** Sets the locale `Intl` formats with; the words stay English unless `language` says. */
const speak = (locale: string, language: WordsLanguage = 'en') => setLanguage(language, locale);

afterEach(async () => {
  await speak('en');
});

describe('fill', () => {
  it('puts each named placeholder where the sentence has it, in any order, as often as named', () => {
    expect(fill('At {time} {days}', { time: '9:00 AM', days: 'on weekdays' })).toBe(
      'At 9:00 AM on weekdays',
    );
    expect(fill('{days}, a las {time}: {time}', { time: '9:00', days: 'Los lunes' })).toBe(
      'Los lunes, a las 9:00: 9:00',
    );
    expect(fill('{n} small wins', { n: 12 })).toBe('12 small wins');
    expect(fill('No placeholders.', {})).toBe('No placeholders.');
  });

  it('leaves a placeholder without a value showing, never an empty gap', () => {
    // TypeScript refuses this call for a template it can read; one only known as text passes.
    const template: string = 'At {time} {days}';
    expect(fill(template, { time: '9:00' })).toBe('At 9:00 {days}');
  });

  it('is checked by TypeScript: a missing placeholder does not compile', () => {
    // @ts-expect-error `days` is missing.
    fill('At {time} {days}', { time: '9:00' });
    // @ts-expect-error `dias` is not a placeholder of this sentence.
    fill('At {time}', { time: '9:00', dias: 'x' });
  });
});

describe('plural', () => {
  const wins = { one: '{n} small win', other: '{n} small wins' };
  const pl = {
    one: '{n} mała wygrana',
    few: '{n} małe wygrane',
    many: '{n} małych wygranych',
    other: '{n} wygranej',
  };

  it('picks the English forms for one and the rest', async () => {
    for (const locale of ['en-US', 'en-GB']) {
      await speak(locale);
      expect([0, 1, 2, 12].map((n) => plural(n, wins))).toEqual([
        '0 small wins',
        '1 small win',
        '2 small wins',
        '12 small wins',
      ]);
    }
  });

  it('writes the count as the locale does, never grouped', async () => {
    await speak('en-US');
    expect(plural(1234, wins)).toBe('1234 small wins');
    expect(plural(1.5, wins)).toBe('1.5 small wins');
    await speak('es', 'es');
    expect(plural(1, { one: '{n} pequeño logro', other: '{n} pequeños logros' })).toBe(
      '1 pequeño logro',
    );
    expect(plural(1.5, { one: '{n} logro', other: '{n} logros' })).toBe('1,5 logros');
  });

  it('picks every CLDR form a language has: Polish one, few, many', async () => {
    await speak('pl');
    expect([1, 2, 4, 5, 12, 22, 25, 1.5].map((n) => plural(n, pl))).toEqual([
      '1 mała wygrana',
      '2 małe wygrane',
      '4 małe wygrane',
      '5 małych wygranych',
      '12 małych wygranych',
      '22 małe wygrane',
      '25 małych wygranych',
      '1,5 wygranej',
    ]);
    // A form a sentence does not have falls back to "other".
    expect(plural(3, { other: '{n} x' })).toBe('3 x');
  });

  it('counts small wins in the words: "1 small win", never "1 small wins"', async () => {
    expect(coreCopy.counts.smallWins(1)).toBe('1 small win');
    expect(coreCopy.counts.smallWins(-3)).toBe('0 small wins');
    expect(coreCopy.evidence.line(1, 12)).toBe('1 small win today · 12 small wins this week');
  });
});

describe('clockTime', () => {
  it.each([
    ['en-US', '13:00', '1:00\u00a0PM'],
    ['en-US', '00:05', '12:05\u00a0AM'],
    ['en-US', '09:30', '9:30\u00a0AM'],
    ['en-GB', '13:00', '13:00'],
    ['en-GB', '09:30', '09:30'],
    ['es', '13:00', '13:00'],
    ['es', '09:30', '9:30'],
  ])('in %s writes %s as %j', async (locale, hhmm, written) => {
    await speak(locale, locale === 'es' ? 'es' : 'en');
    expect(clockTime(hhmm)).toBe(written);
  });

  it('leaves what is not a clock time as it was', () => {
    for (const text of ['', '7am', '25:00', '12:60', 'noon']) expect(clockTime(text)).toBe(text);
  });

  it('writes cue labels and the plan with it', async () => {
    await speak('en-GB');
    const cue: Cue = { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] };
    expect(cueLabel(cue)).toBe('At 13:00 on weekdays');
    await speak('en-US');
    expect(cueLabel(cue)).toBe('At 1:00\u00a0PM on weekdays');
    expect(planSentence({ cue, step: 'Walk', value: '' })).toBe(
      'At 1:00\u00a0PM on weekdays, I will walk.',
    );
  });
});

describe('Spanish clock times in sentences', () => {
  it('says "a la 1" for one o\'clock and "a las" for every other hour, in 24- and 12-hour locales', async () => {
    const at = (time: string): Cue => ({ kind: 'time', at: time, days: [1, 2, 3, 4, 5] });
    await speak('es-ES', 'es');
    expect(cueLabel(at('13:00'))).toBe('A las 13:00 entre semana');
    expect(cueLabel(at('01:30'))).toBe('A la 1:30 entre semana');
    expect(cueLabel({ kind: 'time', at: '10:00', days: [] })).toBe('A las 10:00');
    // Chosen days in full, as "los …" wants them.
    expect(cueLabel({ kind: 'time', at: '18:00', days: [5, 1, 3] })).toBe(
      'A las 18:00 los lunes, miércoles y viernes',
    );
    expect(cueLabel({ kind: 'time', at: '10:00', days: [2, 6] })).toBe(
      'A las 10:00 los martes y sábados',
    );
    expect(planSentence({ cue: at('01:00'), step: 'Caminar', value: 'salud' })).toBe(
      'A la 1:00 entre semana, voy a caminar — por salud.',
    );
    await speak('es-MX', 'es');
    expect(cueLabel(at('13:00'))).toMatch(/^A la 1:00\sp/);
    expect(cueLabel(at('11:00'))).toMatch(/^A las 11:00\sa/);
  });

  it('puts the article in the reminder notes too', async () => {
    const { reminderNoteCopy } = await import('@/utils/copy/reminderNotes');
    await speak('es-ES', 'es');
    expect(reminderNoteCopy.later.set(new Date(2026, 0, 5, 1, 15).getTime())).toBe(
      'De acuerdo. Llegará un recordatorio a la 1:15.',
    );
    expect(reminderNoteCopy.later.set(new Date(2026, 0, 5, 14, 5).getTime())).toBe(
      'De acuerdo. Llegará un recordatorio a las 14:05.',
    );
    await speak('en-US');
    expect(reminderNoteCopy.later.set(new Date(2026, 0, 5, 14, 5).getTime())).toBe(
      'Okay. A reminder will come at 2:05\u00a0PM.',
    );
  });
});

describe('a step that begins with what the plan sentence says', () => {
  const cue: Cue = { kind: 'anchor', text: 'llegue a casa' };

  it('says it once: "I will walk", "voy a caminar"', async () => {
    const en: Cue = { kind: 'anchor', text: 'I get home' };
    expect(planSentence({ cue: en, step: 'I will walk', value: '' })).toBe(
      'When I get home, I will walk.',
    );
    expect(planSentence({ cue: en, step: 'I’ll walk', value: '' })).toBe(
      'When I get home, I will walk.',
    );
    await speak('es-ES', 'es');
    expect(planSentence({ cue, step: 'Voy a caminar', value: '' })).toBe(
      'Cuando llegue a casa, voy a caminar.',
    );
    expect(planSentence({ cue, step: 'voy a', value: '' })).toBe(
      'Cuando llegue a casa, voy a dar un pequeño paso.',
    );
  });

  it('keeps a step that only starts with the same letters', async () => {
    await speak('es-ES', 'es');
    expect(planSentence({ cue, step: 'voy andando al parque', value: '' })).toBe(
      'Cuando llegue a casa, voy a voy andando al parque.',
    );
    expect(
      planSentence({ cue: { kind: 'anchor', text: 'I wake' }, step: 'willow', value: '' }),
    ).toBe('Cuando I wake, voy a willow.');
  });
});

describe('weekdayName', () => {
  it('names each weekday in the locale, Sunday first, short and long', async () => {
    await speak('en-US');
    expect([0, 1, 6].map((d) => weekdayName(d))).toEqual(['Sun', 'Mon', 'Sat']);
    expect(weekdayName(3, 'long')).toBe('Wednesday');
    await speak('es', 'es');
    expect(weekdayName(1, 'long')).toBe('lunes');
    expect(weekdayName(1)).toBe('lun');
  });

  it('lists chosen days as the locale lists them', async () => {
    const cue: Cue = { kind: 'time', at: '18:00', days: [5, 1, 3] };
    await speak('en-GB');
    expect(cueLabel(cue)).toBe('At 18:00 on Mon, Wed and Fri');
    await speak('en-US');
    expect(cueLabel(cue)).toBe('At 6:00\u00a0PM on Mon, Wed, and Fri');
  });
});

describe('the pseudo-language and sentences with placeholders', () => {
  it('keeps placeholders as written, so they are still filled', () => {
    const words = pseudoWords({ sentence: 'At {time}, I will {step}.' });
    expect(words.sentence).toMatch(/^\[Àţ \{time\}, Î ŵîļļ \{step\}\. ·+\]$/);
    expect(fill(words.sentence, { time: '9:00', step: 'walk' })).toMatch(/Àţ 9:00, Î ŵîļļ walk/);
  });

  it('leaves a function that only composes the sentences beside it as it is', () => {
    const english = { say: composes((n: number) => `${n}`), other: (n: number) => `${n} wins` };
    const words = pseudoWords(english);
    expect(words.say).toBe(english.say);
    expect(words.other(2)).toMatch(/^\[2 ŵîñš ·+\]$/);
  });
});
