import { describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { draftProblemText } from '@/utils/copy/options';
import { BODY_BASICS, STARTERS, VALUE_TEMPLATES } from '@/utils/copy/templates';
import {
  draftMinutes,
  EMPTY_STEP,
  minutesTheWordsSay,
  stepDraftFrom,
  stepFromDraft,
  stepIdeas,
} from '@/utils/core/drafts/stepDraft';
import { DEFAULT_MINUTES } from '@/utils/model/limits';

describe('stepFromDraft', () => {
  it('tidies the words and reads the minutes', () => {
    expect(
      stepFromDraft({
        step: '  Walk   to the corner ',
        smallerStep: ' Put on shoes ',
        minutes: '10',
      }),
    ).toEqual({
      ok: true,
      fields: { step: 'Walk to the corner', smallerStep: 'Put on shoes', minutes: 10 },
    });
    expect(stepFromDraft({ step: 'Stretch', smallerStep: '', minutes: '2,5' })).toMatchObject({
      fields: { minutes: 2.5 },
    });
  });

  it('asks only for the step itself; the smaller step may wait', () => {
    expect(stepFromDraft({ ...EMPTY_STEP, step: '   ' })).toEqual({
      ok: false,
      problem: 'step-needed',
    });
    expect(draftProblemText('step-needed')).toBe(copy.options.step.stepNeeded);
    expect(stepFromDraft({ ...EMPTY_STEP, step: 'Drink water' })).toMatchObject({
      ok: true,
      fields: { smallerStep: '' },
    });
  });

  it('falls back to a few minutes for anything that is not 0–1440', () => {
    for (const minutes of ['', 'ten', '-1', '1441', 'NaN', 'Infinity']) {
      expect(stepFromDraft({ step: 'Walk', smallerStep: '', minutes }), minutes).toMatchObject({
        fields: { minutes: DEFAULT_MINUTES },
      });
    }
    expect(stepFromDraft({ step: 'Walk', smallerStep: '', minutes: '0' })).toMatchObject({
      fields: { minutes: 0 },
    });
  });

  it('keeps text within what the backup file accepts', () => {
    const long = 'a'.repeat(5000);
    const read = stepFromDraft({ step: long, smallerStep: long, minutes: '5' });
    expect(read.ok && read.fields.step.length).toBe(1000);
    expect(read.ok && read.fields.smallerStep.length).toBe(1000);
  });

  it('round-trips a stored commitment', () => {
    const c = { step: 'Text one friend', smallerStep: 'Open the chat', minutes: 2 };
    expect(stepFromDraft(stepDraftFrom(c))).toEqual({ ok: true, fields: c });
  });
});

describe('stepIdeas', () => {
  it("offers a template value's own steps", () => {
    const connection = VALUE_TEMPLATES.find((t) => t.key === 'connection');
    expect(stepIdeas('connection', STARTERS)).toEqual({ ideas: connection?.steps, from: 'value' });
    expect(stepIdeas('  Connection ', STARTERS).ideas).toBe(connection?.steps);
  });

  it('offers the body basics for a value of the person’s own', () => {
    expect(stepIdeas('Fresh air', STARTERS)).toEqual({ ideas: BODY_BASICS, from: 'body' });
    expect(stepIdeas('', STARTERS).ideas).toBe(BODY_BASICS);
  });
});

describe('the minutes follow the words until the person types their own (issue 19)', () => {
  it('fills the minutes from the words as they are typed', () => {
    let draft = { ...EMPTY_STEP };
    expect(draftMinutes(draft)).toBe(String(DEFAULT_MINUTES));
    for (const [step, shown] of [
      ['Walk', '5'],
      ['Walk for ten', '5'],
      ['Walk for ten minutes', '10'],
      ['Walk for ten minutes after lunch', '10'],
      ['Draw for two minutes', '2'],
      ['Draw something', '5'],
    ]) {
      draft = { ...draft, step };
      expect(draftMinutes(draft), step).toBe(shown);
    }
    expect(stepFromDraft({ ...EMPTY_STEP, step: 'Walk for ten minutes' })).toMatchObject({
      fields: { minutes: 10 },
    });
    expect(minutesTheWordsSay({ ...EMPTY_STEP, step: 'Walk for ten minutes' })).toBeUndefined();
  });

  it('keeps minutes typed by hand, and says when the words contradict them', () => {
    const typed = { ...EMPTY_STEP, step: 'Walk', minutes: '3', minutesTyped: true };
    expect(draftMinutes({ ...typed, step: 'Walk for ten minutes' })).toBe('3');
    expect(stepFromDraft({ ...typed, step: 'Walk for ten minutes' })).toMatchObject({
      fields: { minutes: 3 },
    });
    expect(minutesTheWordsSay({ ...typed, step: 'Walk for ten minutes' })).toBe(10);
    expect(minutesTheWordsSay({ ...typed, minutes: '10', step: 'Walk for ten minutes' })).toBe(
      undefined,
    );
    expect(minutesTheWordsSay(typed)).toBeUndefined();
    // An emptied field saves what the words say.
    expect(stepFromDraft({ ...typed, minutes: '', step: 'Walk for ten minutes' })).toMatchObject({
      fields: { minutes: 10 },
    });
  });

  it('corrects a stored estimate the words contradict, and keeps one chosen within them', () => {
    const stale = stepDraftFrom({ step: 'Draw for two minutes', smallerStep: '', minutes: 5 });
    expect(draftMinutes(stale)).toBe('2');
    expect(stepFromDraft(stale)).toMatchObject({ fields: { minutes: 2 } });
    const chosen = stepDraftFrom({ step: 'Walk for 5 to 10 minutes', smallerStep: '', minutes: 7 });
    expect(draftMinutes(chosen)).toBe('7');
    expect(draftMinutes({ ...chosen, step: 'Walk for twenty minutes' })).toBe('7');
    // A step with no length keeps its own minutes, and follows words that come to name one.
    const own = stepDraftFrom({ step: 'Text one friend', smallerStep: '', minutes: 2 });
    expect(draftMinutes(own)).toBe('2');
    expect(draftMinutes({ ...own, step: 'Text one friend for five minutes' })).toBe('5');
  });
});
