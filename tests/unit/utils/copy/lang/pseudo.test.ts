/** The pseudo-language: accented, bracketed, longer; codes, addresses and given text kept. */
import { describe, expect, it } from 'vitest';
import { pseudoText, pseudoWords } from '@/utils/copy/lang/pseudo';

describe('pseudoText', () => {
  it('accents, wraps and lengthens a sentence by about a third', () => {
    const out = pseudoText('What did you do?');
    expect(out).toMatch(/^\[Ŵĥàţ ðîð ýôû ðô\? ·{6}\]$/);
    expect(out.length).toBeGreaterThan('What did you do?'.length * 1.3);
  });

  it('changes a hyphenated word like any other', () => {
    expect(pseudoText('Check-ins')).toMatch(/^\[Çĥéçķ-îñš ·+\]$/);
  });

  it('leaves empty text, addresses and codes as they are', () => {
    for (const same of ['', ' ', 'https://findahelpline.com', '#help', 'footholds-backup.json'])
      expect(pseudoText(same)).toBe(same);
  });
});

describe('pseudoWords', () => {
  it("keeps the fields that name a thing (a starter's key) and changes the rest", () => {
    const [starter] = pseudoWords({ list: [{ key: 'connection', name: 'Connection' }] }).list;
    expect(starter.key).toBe('connection');
    expect(starter.name).toMatch(/^\[Çôññéçţîôñ ·+\]$/);
  });

  it('keeps the text a function was given, and accents its own words', () => {
    const words = pseudoWords({
      plan: ({ step, value }: { step: string; value: string }) => `I will ${step} — for ${value}.`,
      count: (n: number) => `${n} small wins`,
      list: ['One', 'Two'],
    });
    expect(words.plan({ step: 'walk', value: 'health' })).toMatch(
      /^\[Î ŵîļļ walk — ƒôŕ health\. ·+\]$/,
    );
    expect(words.count(3)).toMatch(/^\[3 šɱàļļ ŵîñš ·+\]$/);
    expect(words.list[0]).toMatch(/^\[Ôñé/);
  });
});
