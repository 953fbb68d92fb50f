import { describe, expect, it } from 'vitest';
import { copy } from '../../../../../utils/copy';
import {
  EMPTY_STEP,
  stepDraftFrom,
  stepFromDraft,
  stepIdeas,
} from '../../../../../utils/core/drafts/stepDraft';
import { BODY_BASICS, VALUE_TEMPLATES } from '../../../../../utils/core/templates';
import { DEFAULT_MINUTES } from '../../../../../utils/model/limits';

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
      problem: copy.options.step.stepNeeded,
    });
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
    expect(stepIdeas('connection')).toEqual({
      ideas: connection?.steps,
      label: copy.options.step.ideas,
    });
    expect(stepIdeas('  Connection ').ideas).toBe(connection?.steps);
  });

  it('offers the body basics for a value of the person’s own', () => {
    expect(stepIdeas('Fresh air')).toEqual({
      ideas: BODY_BASICS,
      label: copy.options.step.bodyIdeas,
    });
    expect(stepIdeas('').ideas).toBe(BODY_BASICS);
  });
});
