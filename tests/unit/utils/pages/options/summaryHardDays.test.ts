/**
 * The plan for hard days on the summary to share (issue 26): left out unless the person ticks
 * "Include my plan for hard days", offered only when there is a plan with something in it, and,
 * when ticked, the plan page's own headings, the routine's step and people with how to reach them,
 * on the page and in the copied text alike.
 */
import { describe, expect, it } from 'vitest';
import { makeCommitment, makeValue } from '@/tests/unit/factories';
import { setLanguage } from '@/utils/copy/lang/switch';
import { periodCounts, weeklyReview } from '@/utils/core/insights';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import { hardDaysLines, shareText } from '@/utils/pages/options/shareText';
import { summaryHardDays, summaryView } from '@/utils/pages/options/summaryView';

const weekStart = '2026-11-23';
const values = [makeValue('v1', 'Health')];
const commitments = [
  makeCommitment('c1', { valueId: 'v1', step: 'Walk for ten minutes' }),
  makeCommitment('c2', { valueId: 'v1', step: 'Open the chat with one friend', status: 'paused' }),
];
const base = {
  values,
  commitments,
  review: weeklyReview({ values, commitments, entries: [], weekStart }),
  counts: periodCounts([], { from: weekStart, to: '2026-11-25', first: '2026-10-01' }),
};

const plan: HardDaysPlan = {
  ...emptyHardDaysPlan(1),
  signs: ['I stop answering messages', '  '],
  onMyOwn: ['One minute to land'],
  people: [
    { name: 'Ana', reach: '+34 600 123 456' },
    { name: 'My brother', reach: '' },
    { name: '', reach: '' },
  ],
  professionals: [{ name: 'Dr. Ruiz', reach: 'ruiz@example.org' }],
  saferSurroundings: ['Ask Ana to keep the car keys'],
  routineStepId: 'c2',
};

describe('the plan for hard days on the summary', () => {
  it('is left out unless ticked, and offered only when there is a plan with something in it', () => {
    const unticked = summaryView({ ...base, hardDaysPlan: plan });
    expect(unticked.hardDaysOffered).toBe(true);
    expect(unticked).not.toHaveProperty('hardDays');
    expect(shareText(unticked, '25 Nov')).not.toMatch(/hard days|Ana|Ruiz|routine/i);

    for (const none of [null, undefined, emptyHardDaysPlan(1)]) {
      const view = summaryView({ ...base, hardDaysPlan: none, includeHardDays: true });
      expect(view.hardDaysOffered).toBe(false);
      expect(view).not.toHaveProperty('hardDays');
      expect(shareText(view, '25 Nov')).not.toMatch(/hard days/i);
    }
    // A routine whose step is gone, and nothing else: nothing to show, so nothing offered.
    const gone = { ...emptyHardDaysPlan(1), routineStepId: 'deleted' };
    expect(summaryHardDays(gone, commitments)).toBe(null);
  });

  it('keeps only what was written, in the plan page’s order, the routine by its step’s words', () => {
    expect(summaryHardDays(plan, commitments)).toEqual({
      routineStep: 'Open the chat with one friend',
      parts: [
        { kind: 'lines', part: 'signs', lines: ['I stop answering messages'] },
        { kind: 'lines', part: 'onMyOwn', lines: ['One minute to land'] },
        {
          kind: 'contacts',
          part: 'people',
          contacts: [
            { name: 'Ana', reach: '+34 600 123 456' },
            { name: 'My brother', reach: '' },
          ],
        },
        {
          kind: 'contacts',
          part: 'professionals',
          contacts: [{ name: 'Dr. Ruiz', reach: 'ruiz@example.org' }],
        },
        { kind: 'lines', part: 'saferSurroundings', lines: ['Ask Ana to keep the car keys'] },
      ],
    });
    // With no step chosen, the parts alone.
    const noStep = summaryHardDays({ ...plan, routineStepId: undefined }, commitments);
    expect(noStep?.routineStep).toBe(null);
    expect(noStep?.parts).toHaveLength(5);
  });

  it('copies, when ticked, under the plan’s own headings, people with how to reach them', () => {
    const view = summaryView({ ...base, hardDaysPlan: plan, includeHardDays: true });
    const text = shareText(view, '25 Nov').split('\n');
    const from = text.indexOf('My plan for hard days');
    expect(text[from - 1]).toBe('');
    expect(text.slice(from)).toEqual([
      'My plan for hard days',
      'My fail-safe routine',
      '- One minute to land, then: Open the chat with one friend',
      'Signs a hard day is coming',
      '- I stop answering messages',
      'What I can do on my own',
      '- One minute to land',
      'People I can ask for help',
      '- Ana: +34 600 123 456',
      '- My brother',
      'Professional and crisis help',
      '- Dr. Ruiz: ruiz@example.org',
      'Making my surroundings safer',
      '- Ask Ana to keep the car keys',
      '',
      'Made with Footholds on 25 Nov.',
    ]);
    expect(text).not.toContain('People and places that take my mind off things');
  });

  it('names someone known only by how to reach them', () => {
    const lines = hardDaysLines({
      routineStep: null,
      parts: [{ kind: 'contacts', part: 'people', contacts: [{ name: '', reach: '555 0100' }] }],
    });
    expect(lines).toEqual(['My plan for hard days', 'People I can ask for help', '- 555 0100']);
  });

  it('copies it in Spanish under the Spanish plan’s headings', async () => {
    // The plan's words register with the summary's chunk, so they switch with the rest.
    await setLanguage('es', 'es-ES');
    try {
      const view = summaryView({ ...base, hardDaysPlan: plan, includeHardDays: true });
      const text = shareText(view, '25 nov').split('\n');
      expect(text).toContain('Mi plan para los días difíciles');
      expect(text).toContain('Personas a las que puedo pedir ayuda');
      expect(text).toContain('- Ana: +34 600 123 456');
    } finally {
      await setLanguage('en', 'en-US');
    }
  });
});
