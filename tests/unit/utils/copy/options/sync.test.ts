import { describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { setLanguage } from '@/utils/copy/lang/switch';
import { helpCopy } from '@/utils/copy/options/help';
import type { SyncProblemKind } from '@/utils/doors/sync';

const sync = copy.options.sync;

/** A merge summary from three pairs of counts: values, then commitments. */
function summary(here: [number, number], there: [number, number], now: [number, number]) {
  const counts = ([values, commitments]: [number, number]) => ({ values, commitments });
  return { here: counts(here), there: counts(there), now: counts(now) };
}

describe('the Sync section’s words (issue 22)', () => {
  it('name the choice and the heading as Settings shows them', () => {
    expect(sync.heading).toBe('Sync');
    expect(sync.choice).toBe('My values, steps and settings');
  });

  it('say what goes, what stays, how it travels, and that Footholds itself sends nothing', () => {
    expect(sync.what).toMatch(/values/);
    expect(sync.what).toMatch(/cues and pauses/);
    expect(sync.what).toMatch(
      /except this choice itself and anything that belongs to one computer/,
    );
    expect(sync.stays).toMatch(/log, with its mood and notes/);
    expect(sync.how).toMatch(/this browser's own sync, with its account and its encryption/);
    expect(sync.how).toMatch(/Footholds itself still sends nothing anywhere/);
    expect(sync.browsers).toMatch(/“Extensions”/);
    expect(sync.browsers).toMatch(/“Add-ons”.*every ten minutes/);
  });

  it('say in one sentence what came together, values only when no side has steps', () => {
    expect(sync.merged(summary([2, 0], [3, 0], [4, 0]))).toBe(
      'This computer had 2 values and your other computer 3; you now have 4 here and there.',
    );
    expect(sync.merged(summary([1, 0], [1, 0], [1, 0]))).toBe(
      'This computer had 1 value and your other computer 1; you now have 1 here and there.',
    );
  });

  it('count values and steps with the right plural, and "no" for none', () => {
    expect(sync.merged(summary([1, 1], [2, 3], [3, 4]))).toBe(
      'This computer had 1 value and 1 step, and your other computer 2 values and 3 steps; you now have 3 values and 4 steps here and there.',
    );
    expect(sync.merged(summary([2, 0], [1, 1], [3, 1]))).toBe(
      'This computer had 2 values and no steps, and your other computer 1 value and 1 step; you now have 3 values and 1 step here and there.',
    );
    // Odd counts from elsewhere still read as whole numbers.
    expect(sync.merged(summary([Number.NaN, -1], [2.7, 0], [2, 1]))).toBe(
      'This computer had no values and no steps, and your other computer 2 values and no steps; you now have 2 values and 1 step here and there.',
    );
  });

  it('give every kind of sync problem a calm sentence that keeps what is here', () => {
    const kinds: Record<SyncProblemKind, true> = {
      quota: true,
      rate: true,
      unavailable: true,
      other: true,
    };
    for (const kind of Object.keys(kinds) as SyncProblemKind[]) {
      expect(sync.problems[kind], kind).toMatch(/\w/);
      expect(sync.problems[kind], kind).toMatch(/everything is kept here/i);
    }
    expect(sync.problems.quota).toMatch(/full.*make room/);
    expect(sync.problems.rate).toMatch(/try again shortly/);
    expect(sync.problems.unavailable).toMatch(/sync is off, or you are not signed in/);
    expect(new Set(Object.values(sync.problems)).size).toBe(4);
  });

  it('read sync storage in kilobytes as the browsers count them', () => {
    expect(sync.using(3_072, 102_400)).toBe('Using 3 KB of 100 KB');
    expect(sync.using(0, 102_400)).toBe('Using 0 KB of 100 KB');
    expect(sync.using(1, 102_400)).toBe('Using 1 KB of 100 KB');
    expect(sync.using(Number.NaN, 102_400)).toBe('Using 0 KB of 100 KB');
  });

  it('tell the truth about what leaves this browser with sync on and with it off', () => {
    for (const off of [copy.options.privacy, copy.help.privacy]) {
      expect(off).toBe('Everything stays in this browser. Nothing is sent anywhere.');
    }
    for (const on of [sync.privacyOn, sync.dataIntroOn]) {
      expect(on).toMatch(/values, steps and settings also travel through this browser's own sync/);
      expect(on).toMatch(/log, mood and notes stay in this browser/i);
      expect(on).not.toMatch(/Nothing is sent anywhere|Everything stays/);
    }
    expect(sync.privacyOn).toMatch(/Footholds itself sends nothing anywhere/);
  });
});

describe('the plan for hard days in the Sync words (issue 26)', () => {
  /** Every sentence that says what goes and what stays: Settings → Sync, the footer and Help. */
  const sentences = () => [
    sync.stays,
    sync.staysWithLog,
    sync.privacyOn,
    sync.privacyWithLog,
    helpCopy.help.sync.join(' '),
  ];

  it('say the plan travels only when its own box is ticked', () => {
    for (const said of sentences()) {
      expect(said).toMatch(/Your plan for hard days travels only if you (also )?tick its own box/);
    }
    expect(helpCopy.help.sync.join(' ')).toContain('“Also my plan for hard days”');
  });

  it('say it in Spanish too', async () => {
    await setLanguage('es', 'es-ES');
    try {
      for (const said of sentences()) {
        expect(said).toMatch(
          /Tu plan para los días difíciles solo viaja si marcas (también )?su propia casilla/,
        );
      }
      expect(helpCopy.help.sync.join(' ')).toContain('«También mi plan para los días difíciles»');
    } finally {
      await setLanguage('en', 'en-US');
    }
  });
});
