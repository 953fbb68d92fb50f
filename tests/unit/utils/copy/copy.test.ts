import { describe, expect, it } from 'vitest';
import { allCopy as copy } from '@/utils/copy/all';
import { cueLabel } from '@/utils/copy/cues';
import { clockTime, listOf } from '@/utils/copy/lang/intl';
import { dataCopy } from '@/utils/copy/options/data';
import { type PlanWords, planSentence } from '@/utils/copy/plan';
import type { Cue } from '@/utils/model/types';

const plan: PlanWords = {
  cue: { kind: 'anchor', text: 'after my morning coffee' },
  step: 'Text one friend',
  value: 'Connection',
};

/** Every plain string in the words module, with its path. */
function strings(node: unknown, path = 'copy'): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

describe('copy', () => {
  it('has the tagline and the app name', () => {
    expect(copy.app.name).toBe('Footholds');
    expect(copy.options.tagline).toMatch(/\w/);
  });

  it('keeps every sentence short and tidy, readable at a glance', () => {
    for (const [path, text] of strings(copy)) {
      expect(text.trim(), path).toBe(text);
      expect(text, path).not.toMatch(/ {2}/);
      expect(text.length, path).toBeLessThanOrEqual(300);
    }
  });

  describe('planSentence', () => {
    const coffee: Cue = { kind: 'anchor', text: 'after my morning coffee' };
    const plan = { cue: coffee, step: 'Text one friend', value: 'Connection' };

    it('reads "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩."', () => {
      expect(
        planSentence({
          cue: { kind: 'anchor', text: 'I get home' },
          step: 'Put my keys in the bowl',
          value: 'Calm',
        }),
      ).toBe('When I get home, I will put my keys in the bowl — for Calm.');
    });

    it("says a whole sentence for each kind of cue, keeping the person's words that open one", () => {
      expect(planSentence(plan)).toBe(
        'After my morning coffee, I will text one friend — for Connection.',
      );
      expect(
        planSentence({ ...plan, cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] } }),
      ).toBe(`At ${clockTime('13:00')} on weekdays, I will text one friend — for Connection.`);
      expect(planSentence({ ...plan, cue: { kind: 'time', at: '13:00', days: [] } })).toBe(
        `At ${clockTime('13:00')}, I will text one friend — for Connection.`,
      );
      expect(planSentence({ ...plan, cue: { kind: 'browser-start' } })).toBe(
        'When the browser starts, I will text one friend — for Connection.',
      );
      expect(planSentence({ ...plan, cue: { kind: 'back-at-computer', awayMinutes: 30 } })).toBe(
        "When I'm back at the computer, I will text one friend — for Connection.",
      );
      expect(planSentence({ ...plan, cue: { kind: 'first-tab' }, value: '' })).toBe(
        'On my first new tab, I will text one friend.',
      );
      expect(
        planSentence({ ...plan, cue: { kind: 'anchor', text: 'when the kettle boils' } }),
      ).toBe('When the kettle boils, I will text one friend — for Connection.');
    });

    it('puts the person\'s own moment after "When" mid-sentence, names and "I" kept', () => {
      const said = (text: string) =>
        planSentence({ ...plan, cue: { kind: 'anchor', text }, value: '' });
      expect(said('The kettle boils')).toBe('When the kettle boils, I will text one friend.');
      expect(said('I get home')).toBe('When I get home, I will text one friend.');
      expect(said('TV goes off')).toBe('When TV goes off, I will text one friend.');
    });

    it('never says "When" twice, nor any English label, whatever the cue', () => {
      for (const cue of [
        { kind: 'browser-start' },
        { kind: 'anchor', text: 'When I wake' },
      ] as Cue[])
        expect(planSentence({ ...plan, cue })).not.toMatch(/when when/i);
    });

    it('tidies the parts: stray full stops, "I will" twice, names and acronyms', () => {
      expect(
        planSentence({
          cue: { kind: 'anchor', text: 'after lunch.' },
          step: 'I will walk.',
          value: 'Health.',
        }),
      ).toBe('After lunch, I will walk — for Health.');
      expect(planSentence({ ...plan, step: 'Call Mum' })).toBe(
        'After my morning coffee, I will call Mum — for Connection.',
      );
      expect(planSentence({ ...plan, step: 'TV off at 10 pm' })).toContain('I will TV off');
    });

    it('still makes a sentence from missing parts', () => {
      expect(planSentence({ cue: { kind: 'anchor', text: '' }, step: '', value: '' })).toBe(
        'At a moment I choose, I will take one small step.',
      );
      expect(planSentence({ cue: undefined as never, step: 'Walk', value: '' })).toBe(
        'At a moment I choose, I will walk.',
      );
    });
  });

  describe('cueLabel', () => {
    const cases: [Cue, string][] = [
      [
        { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
        `At ${clockTime('13:00')} on weekdays`,
      ],
      [
        { kind: 'time', at: '07:30', days: [0, 1, 2, 3, 4, 5, 6] },
        `At ${clockTime('07:30')} every day`,
      ],
      [{ kind: 'time', at: '10:00', days: [6, 0] }, `At ${clockTime('10:00')} on weekends`],
      [
        { kind: 'time', at: '18:00', days: [5, 1, 3] },
        `At ${clockTime('18:00')} on ${listOf(['Mon', 'Wed', 'Fri'])}`,
      ],
      [{ kind: 'time', at: '18:00', days: [0] }, `At ${clockTime('18:00')} on Sun`],
      [{ kind: 'time', at: '18:00', days: [] }, `At ${clockTime('18:00')}`],
      [{ kind: 'browser-start' }, 'When the browser starts'],
      [{ kind: 'back-at-computer', awayMinutes: 30 }, "When I'm back at the computer"],
      [{ kind: 'first-tab' }, 'On my first new tab'],
      [{ kind: 'anchor', text: 'after my morning coffee' }, 'After my morning coffee'],
      [
        { kind: 'anchor', text: '  after I brush my teeth. ', remindAt: '08:00' },
        'After I brush my teeth',
      ],
      [{ kind: 'anchor', text: '' }, 'At a moment I choose'],
    ];
    it.each(cases)('labels %j as %j', (cue, label) => {
      expect(cueLabel(cue)).toBe(label);
    });

    it('ignores repeated or impossible weekdays', () => {
      expect(cueLabel({ kind: 'time', at: '09:00', days: [1, 1, 9, 2, 3, 4, 5] as never })).toBe(
        `At ${clockTime('09:00')} on weekdays`,
      );
    });
  });

  describe('reminders', () => {
    it('rotate through several titles and bodies, for any n, each with the plan and the why', () => {
      const titles = new Set([0, 1, 2, 3, 4, 5].map((n) => copy.reminderTitle(n)));
      expect(titles.size).toBeGreaterThanOrEqual(4);
      const bodies = new Set(
        [0, 1, 2, 3, 4, 5].map((n) => copy.reminderBody(plan, 'It helps.', n)),
      );
      expect(bodies.size).toBeGreaterThanOrEqual(5);
      for (const body of bodies) {
        expect(body.startsWith(planSentence(plan))).toBe(true);
        expect(body).toContain('It helps.');
      }
      for (const n of [-1, -7, Number.NaN, Number.POSITIVE_INFINITY, 1e12, 2.5]) {
        expect(copy.reminderTitle(n)).toMatch(/\w/);
        expect(copy.reminderBody(plan, '', n)).toMatch(/\w/);
      }
      expect(copy.reminderTitle(5)).toBe(copy.reminderTitle(0));
    });
  });

  describe('wins', () => {
    it('counts this week, singular and plural', () => {
      expect(copy.winReply(1)).toContain('1 small win this week');
      expect(copy.winReply(1)).not.toContain('wins');
      expect(copy.winReply(12, 0)).toBe("Done. That's 12 small wins this week.");
      expect(copy.winReply(2)).toMatch(/2 small wins this week/i);
    });

    it('rotates variants', () => {
      const replies = new Set([0, 1, 2, 3].map((n) => copy.winReply(5, n)));
      expect(replies.size).toBe(4);
      expect(new Set([5, 6, 7, 8].map((n) => copy.winReply(n).replace(/\d+/, '#'))).size).toBe(4);
    });

    it('copes with odd counts', () => {
      expect(copy.winReply(0)).toBe('Done. It counts.');
      expect(copy.winReply(Number.NaN)).toBe('Done. It counts.');
      expect(copy.winReply(-3)).toBe('Done. It counts.');
      expect(copy.winReply(2.7, 0)).toContain('2 small wins');
      expect(copy.smallerWinReply(1)).toBe(
        "The smaller step counts. That's 1 small win this week.",
      );
      expect(copy.smallerWinReply(0)).toBe('The smaller step counts.');
    });

    it('shows evidence, never a count that resets', () => {
      expect(copy.options.winsThisMonth(23)).toBe('23 small wins this month');
      expect(copy.evidence.week(1)).toBe('1 small win this week');
      expect(copy.evidence.today(0)).toBe('0 small wins today');
    });

    it('leaves a count of zero out of the evidence line (issue 19)', () => {
      expect(copy.evidence.line(0, 5)).toBe('5 small wins this week');
      expect(copy.evidence.line(1, 5)).toBe('1 small win today · 5 small wins this week');
      expect(copy.evidence.line(0, 0)).toBe('');
      expect(copy.evidence.line(Number.NaN, -1)).toBe('');
    });
  });

  describe('skips', () => {
    it('answer with no blame, offering a smaller step or rest', () => {
      expect(copy.skipReply('too-big')).toMatch(/smaller/i);
      expect(copy.skipReply('no-time')).toMatch(/smaller|rest/i);
      expect(copy.skipReply('not-today')).toMatch(/rest/i);
      const any = new Set([0, 1, 2].map((n) => copy.skipReply(undefined, n)));
      expect(any.size).toBe(3);
      expect([...any].some((t) => /smaller/i.test(t) && /rest/i.test(t))).toBe(true);
    });

    it('never offer a smaller step the step does not have (issue 19)', () => {
      const reasons = ['no-time', 'not-today', undefined] as const;
      for (const reason of reasons) {
        for (const n of [0, 1, 2, 3]) {
          expect(copy.skipReply(reason, n, false)).not.toMatch(/smaller/i);
        }
      }
      expect(copy.skipReply('no-time', 0, true)).toMatch(/smaller step/);
    });
  });

  it('has the empty states', () => {
    expect(copy.empty.noValues).toMatch(/values/i);
    expect(copy.popup.nothingLoggedToday).toMatch(/today/i);
    expect(copy.popup.nothingPlannedToday).toMatch(/today/i);
  });

  it('has a grounding exercise of short lines that notices five things', () => {
    expect(copy.grounding.seconds).toBe(60);
    expect(copy.grounding.lines.length).toBeGreaterThanOrEqual(5);
    expect(copy.grounding.lines.some((l) => /breath/i.test(l))).toBe(true);
    expect(copy.grounding.lines.some((l) => /five things you can see/i.test(l))).toBe(true);
    for (const line of copy.grounding.lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('points calmly to crisis support, as text', () => {
    expect(copy.crisis.body).toBe(
      'If you are in crisis or thinking of harming yourself, contact local emergency services or a crisis line now.',
    );
    expect(copy.crisis.helpline).toContain('findahelpline.com');
    expect(copy.crisis.url).toBe('https://findahelpline.com');
    expect(copy.help.notAClinician).toMatch(/not a clinician/i);
  });

  it('names both ends of the check-in scales, five steps each', () => {
    expect(copy.checkin.moodScale).toHaveLength(5);
    expect(copy.checkin.energyScale).toHaveLength(5);
    expect(copy.checkin.moodScale[0]).toBe('Very low');
    expect(copy.checkin.moodScale[4]).toBe('Very good');
    expect(copy.checkin.energyScale[0]).toBe('Empty');
    expect(copy.checkin.energyScale[4]).toBe('Full');
  });

  it('has a micro-win message for every problem and a plain storage error', () => {
    for (const key of [
      'empty',
      'vague',
      'tooBigTime',
      'tooBigScope',
      'allOrNothing',
      'notCheckable',
    ] as const) {
      expect(copy.microwin[key]).toMatch(/\w/);
    }
    expect(copy.microwin.tryThis('Walk for five minutes.')).toBe('Maybe: "Walk for five minutes"');
    expect(copy.storageProblem).toMatch(/^Footholds couldn't open its storage/);
    expect(copy.storageProblem).toMatch(/Try /);
  });
});

describe('how much is stored (issue 20)', () => {
  it('reads as a person would: kilobytes, then megabytes, never zero', async () => {
    const { storedSize } = await import('@/utils/copy/options/data');
    expect(storedSize(0)).toBe('1 kB');
    expect(storedSize(12_345)).toBe('12 kB');
    expect(storedSize(3_456_789)).toBe('3.5 MB');
    expect(storedSize(Number.NaN)).toBe('1 kB');
    expect(dataCopy.data.storedAbout('12 kB')).toBe('Footholds keeps about 12 kB in this browser.');
  });
});
