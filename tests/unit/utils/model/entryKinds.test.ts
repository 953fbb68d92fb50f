import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkin, skip, win } from '@/tests/unit/factories';
import {
  type ANSWERS_A_STEP,
  answersAStep,
  type PerEntryKind,
  type StepAnswer,
  unknownKind,
} from '@/utils/model/entryKinds';
import type { Entry, EntryKind, SkipEntry, WinEntry } from '@/utils/model/types';

const DAY = '2026-11-23';

describe('answersAStep', () => {
  it('takes a win (either size) and a skip as answering a step, and a check-in as answering none', () => {
    expect(answersAStep(win(DAY))).toBe(true);
    expect(answersAStep(win(DAY, { size: 'smaller', commitmentId: 'c1' }))).toBe(true);
    expect(answersAStep(skip(DAY))).toBe(true);
    expect(answersAStep(skip(DAY, { reason: 'too-big', commitmentId: 'c1' }))).toBe(true);
    expect(answersAStep(checkin(DAY, 3, 3))).toBe(false);
  });

  it('answers no step with an entry of a kind it does not know', () => {
    const stranger = { ...skip(DAY, { commitmentId: 'c1' }), kind: 'later' } as unknown as Entry;
    expect(answersAStep(stranger)).toBe(false);
  });

  it('narrows an entry to a win or a skip, the kinds its table marks', () => {
    expectTypeOf<StepAnswer>().toEqualTypeOf<WinEntry | SkipEntry>();
    const e: Entry = skip(DAY, { commitmentId: 'c1' });
    if (answersAStep(e)) expectTypeOf(e.commitmentId).toEqualTypeOf<string | undefined>();
  });
});

describe('unknownKind', () => {
  it('says so, rather than passing quietly, when an entry of a kind with no case reaches it', () => {
    expect(() => unknownKind('later' as never)).toThrow();
  });
});

// The lines under @ts-expect-error are checked by `tsc --noEmit`, which covers tests: each must
// fail to compile, so a table or a switch that leaves a kind out can never pass unnoticed.
describe('every kind of entry has its place (checked by tsc)', () => {
  it('names every kind in the table of answers, and nothing else', () => {
    expectTypeOf<keyof typeof ANSWERS_A_STEP>().toEqualTypeOf<EntryKind>();
    // @ts-expect-error a table that leaves out check-ins is refused
    const missing: PerEntryKind<boolean> = { win: true, skip: true };
    // @ts-expect-error a table with a kind that does not exist is refused
    const extra: PerEntryKind<boolean> = { win: true, skip: true, checkin: false, note: true };
    expect([missing, extra]).toHaveLength(2);
  });

  it('refuses a switch that leaves a kind without a case', () => {
    const said = (e: Entry): string => {
      switch (e.kind) {
        case 'win':
          return 'done';
        case 'skip':
          return 'not today';
        default:
          // @ts-expect-error a check-in has no case above
          return unknownKind(e);
      }
    };
    expect(said(win(DAY))).toBe('done');
    expect(() => said(checkin(DAY, 3, 3))).toThrow();
  });
});
