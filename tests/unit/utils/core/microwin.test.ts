import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { MICROWIN_RULES } from '@/utils/copy/microwin';
import { MAX_ANALYSED_CHARS, type StepProblemKind } from '@/utils/core/microwin';
import { checkStepText as checkStep } from '@/utils/pages/options/stepCheck';

/** Steps a counsellor would accept as they are. */
const GOOD: string[] = [
  'put on my walking shoes',
  'reply to one email',
  'stretch for two minutes after I wake up',
  'fill my water bottle before work',
  'walk for ten minutes after lunch',
  'text one friend',
  'Drink a glass of water',
  'Open the chat with one friend',
  'I will walk for ten minutes at 1 pm',
  "I'll stretch for 2 minutes before 11 a.m.",
  "I'm going to text one friend after lunch",
  'I am going to read one page before bed',
  'When I get home, I will put my keys in the bowl',
  'After my morning coffee, write one sentence in my journal',
  'walk for ten minutes at 13:00',
  'at 13:00, walk for ten minutes',
  'Get up at 7:30 am',
  'go to bed by 11 pm',
  'be in bed by 11 pm',
  'be outside for ten minutes',
  'walk in 2 hours',
  'turn off screens 30 minutes before bed',
  'go to bed 15 minutes earlier',
  'take a ten-minute walk',
  'read for a quarter of an hour',
  'walk for 15 minutes',
  'stretch for 90 seconds',
  'meditate for 5 min',
  'brush my teeth',
  'make my bed',
  'water one plant',
  "write down three things I'm grateful for",
  'go for a walk',
  'listen to one song',
  'call mum at 6 pm',
  'step outside for two minutes',
  'take three slow breaths to feel calmer',
  'be more social by texting one friend',
  'stop scrolling and put my phone in a drawer',
  'stop working at 6 pm',
  'Walk for 10 min, then stretch for 5 min',
  'tidy my whole room for ten minutes',
  'work on my thesis for five minutes',
  'spend two minutes learning Spanish',
  "I'll read one chapter",
  'read a page',
  'I’ll put on my running shoes', // curly apostrophe
  'lire une page', // another language: nothing to judge, so no problems
];

type Row = [text: string, kind: StepProblemKind, resized?: string];

/** Steps with a problem, the kind expected, and the resized step where one is expected. */
const BAD: Row[] = [
  // empty
  ['', 'empty'],
  ['    ', 'empty'],
  ['\n\t', 'empty'],
  ['...', 'empty'],
  ['🚶', 'empty'],
  ['I will', 'empty'],
  // vague
  ['be more social', 'vague', 'Text one friend'],
  ['feel calmer', 'vague', 'Take three slow breaths'],
  ['get healthy', 'vague', 'Drink a glass of water'],
  ['I want to be happier', 'vague', 'Write down one good thing from today'],
  ['exercise more', 'vague', 'Walk for five minutes'],
  ['sleep better', 'vague'],
  ['go to bed earlier', 'vague'],
  ['eat healthy', 'vague', 'Eat one piece of fruit'],
  ['health', 'vague'],
  ['drink more water', 'vague', 'Drink a glass of water'],
  ['be productive', 'vague', 'Start one task for two minutes'],
  ['take care of myself', 'vague'],
  ['get my life together', 'vague'],
  ['Lose weight', 'vague'],
  ['be kind', 'vague', 'Say one kind thing to someone'],
  ['I will try to be better', 'vague'],
  ['be a better person', 'vague'],
  ['have more energy', 'vague'],
  ['become a runner', 'vague'],
  ['stay calm', 'vague'],
  ['I will get fit', 'vague', 'Walk for five minutes'],
  ['get in shape', 'vague'],
  ['do my best', 'vague'],
  ['spend less time on my phone', 'vague'],
  // too big: time
  ['exercise for an hour every day', 'too-big', 'exercise for ten minutes every day'],
  ['study 3 hours', 'too-big', 'study ten minutes'],
  ['I will read for twenty minutes', 'too-big', 'I will read for five minutes'],
  ['walk for 1.5 hrs', 'too-big', 'walk for ten minutes'],
  ['meditate for half an hour', 'too-big', 'meditate for five minutes'],
  ['walk for an hour and a half', 'too-big', 'walk for ten minutes'],
  ['clean for 2-3 hours', 'too-big', 'clean for ten minutes'],
  ['study all day', 'too-big', 'study for ten minutes'],
  ['take a 30-minute walk', 'too-big', 'take a five-minute walk'],
  ['exercise 2 hours a day', 'too-big', 'exercise ten minutes a day'],
  ['forty-five minutes of yoga', 'too-big', 'five minutes of yoga'],
  ['walk three quarters of an hour', 'too-big', 'walk five minutes'],
  ['walk for 2h', 'too-big', 'walk for ten minutes'],
  ['a couple of hours of study', 'too-big', 'ten minutes of study'],
  ['walk for 16 minutes', 'too-big', 'walk for five minutes'],
  [
    'I am going to exercise for an hour every day',
    'too-big',
    'I am going to exercise for ten minutes every day',
  ],
  // too big: whole places and projects, big counts
  ['organize my whole house', 'too-big', 'organize one drawer'],
  ['Organize my whole house.', 'too-big', 'Organize one drawer.'],
  ['clean the entire kitchen', 'too-big', 'clean one counter'],
  [
    "I'm going to clean the entire kitchen tonight",
    'too-big',
    "I'm going to clean one counter tonight",
  ],
  ['write my thesis', 'too-big', 'write one sentence of my thesis'],
  ['read a book', 'too-big', 'read one page'],
  ['clean the house', 'too-big', 'clean one drawer'],
  ['tidy the whole flat', 'too-big', 'tidy one drawer'],
  ['declutter the garage', 'too-big', 'declutter one shelf of the garage'],
  ['reply to all my emails', 'too-big', 'reply to one email'],
  ['answer every email', 'too-big', 'answer one email'],
  ['clean everything', 'too-big', 'clean one thing'],
  ['wash all the dishes', 'too-big', 'wash one dish'],
  ['do all the laundry', 'too-big', 'do one load of laundry'],
  ['do 100 push-ups', 'too-big', 'do five push-ups'],
  ['read 50 pages', 'too-big', 'read one page'],
  ['walk 10,000 steps', 'too-big', 'walk a thousand steps'],
  ['Write 2000 words', 'too-big', 'Write fifty words'],
  ['learn Spanish', 'too-big', 'spend five minutes learning Spanish'],
  ['run a marathon', 'too-big', 'put on my running shoes'],
  ['find a new job', 'too-big', 'look at one job posting'],
  ['write a book', 'too-big', 'write one sentence'],
  ['do my taxes', 'too-big', 'spend five minutes on my taxes'],
  ['edit my essay', 'too-big', 'edit one paragraph of my essay'],
  ['Lose 10 pounds', 'too-big'],
  [`walk ${'and then some more '.repeat(20)}`, 'too-big'],
  // all or nothing
  ['never procrastinate again', 'all-or-nothing', 'Start one task for two minutes'],
  ['always eat healthy', 'all-or-nothing', 'Eat one piece of fruit'],
  ['stop being lazy', 'all-or-nothing', 'Start one task for two minutes'],
  ['stop scrolling', 'all-or-nothing', 'Put my phone in another room for ten minutes'],
  ['quit smoking', 'all-or-nothing'],
  ["I won't snack after dinner", 'all-or-nothing'],
  ['I need to stop procrastinating', 'all-or-nothing'],
  ["Don't check email before 9 a.m.", 'all-or-nothing'],
  ['no phone in bed', 'all-or-nothing'],
  ['Text one friend every single day without fail', 'all-or-nothing', 'Text one friend every day'],
  ['every single day, walk for five minutes', 'all-or-nothing', 'every day, walk for five minutes'],
  ['give 100% at work', 'all-or-nothing'],
  ['be perfect', 'all-or-nothing'],
  ['eat healthy from now on', 'all-or-nothing'],
  [
    'I will always walk for five minutes after lunch',
    'all-or-nothing',
    'I will walk for five minutes after lunch',
  ],
  // not checkable
  ['work on my fitness', 'not-checkable', 'work on my fitness for five minutes'],
  ['be better at email', 'not-checkable', 'Reply to one email'],
  ['improve my posture', 'not-checkable'],
  ['practice guitar', 'not-checkable', 'practice guitar for five minutes'],
  ['read for a while', 'not-checkable', 'read for five minutes'],
  ['catch up on email', 'not-checkable', 'catch up on email for five minutes'],
  ['keep up with the news', 'not-checkable'],
  ['figure out my budget', 'not-checkable'],
  ['get better at cooking', 'not-checkable'],
  ['walk as much as I can', 'not-checkable'],
];

const kinds = (text: string) => checkStep(text).problems.map((p) => p.kind);

describe('checkStep', () => {
  it('has a table of at least 60 phrasings, both ways, covering every kind', () => {
    expect(GOOD.length + BAD.length).toBeGreaterThanOrEqual(60);
    expect(GOOD.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(BAD.map(([, kind]) => kind));
    expect([...covered].sort()).toEqual(
      ['all-or-nothing', 'empty', 'not-checkable', 'too-big', 'vague'].sort(),
    );
  });

  it.each(GOOD)('accepts %j', (text) => {
    expect(checkStep(text)).toEqual({ ok: true, problems: [] });
  });

  it.each(BAD)('flags %j as %s', (text, kind, resized) => {
    const result = checkStep(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.kind)).toContain(kind);
    if (resized !== undefined) expect(result.resized).toBe(resized);
  });

  it('offers resized steps that pass the check themselves', () => {
    for (const [text] of BAD) {
      const { resized } = checkStep(text);
      if (resized !== undefined) {
        expect(checkStep(resized).ok, `${text} → ${resized}`).toBe(true);
        expect(resized).not.toBe(text);
      }
    }
  });

  it('reads a clock time as a cue, never as a length of time', () => {
    for (const text of [
      'walk at 1 pm',
      'walk at 1pm',
      'walk before 11 a.m.',
      'walk at 13:00',
      'walk at 9:30 PM',
      'walk at noon',
    ]) {
      expect(kinds(text), text).not.toContain('too-big');
    }
  });

  it('reads numbers in digits and in words', () => {
    expect(kinds('read for twenty minutes')).toContain('too-big');
    expect(kinds('read for 2 hours')).toContain('too-big');
    expect(kinds('read for 1.5 hrs')).toContain('too-big');
    expect(kinds('read for half an hour')).toContain('too-big');
    expect(kinds('read for twenty-five minutes')).toContain('too-big');
    expect(kinds('read for a few minutes')).toEqual([]);
    expect(kinds('read for ten minutes')).toEqual([]);
    expect(kinds('read for 5 mins')).toEqual([]);
  });

  it('gives at most one problem per kind, with the message from the words module', () => {
    const values: unknown[] = Object.values(copy.microwin);
    const messages = new Set(values.filter((v): v is string => typeof v === 'string'));
    for (const [text] of BAD) {
      const { problems } = checkStep(text);
      expect(new Set(problems.map((p) => p.kind)).size).toBe(problems.length);
      for (const p of problems) expect(messages.has(p.message), p.message).toBe(true);
    }
  });

  it('uses the matching message for each kind', () => {
    expect(checkStep('').problems[0].message).toBe(copy.microwin.empty);
    expect(checkStep('feel calmer').problems[0].message).toBe(copy.microwin.vague);
    expect(checkStep('study 3 hours').problems[0].message).toBe(copy.microwin.tooBigTime);
    expect(checkStep('organize my whole house').problems[0].message).toBe(
      copy.microwin.tooBigScope,
    );
    expect(checkStep('never procrastinate again').problems[0].message).toBe(
      copy.microwin.allOrNothing,
    );
    expect(checkStep('stop scrolling').problems[0].message).toBe(copy.microwin.stopInstead);
    expect(checkStep('work on my fitness').problems[0].message).toBe(copy.microwin.notCheckable);
  });

  it('offers no suggestion on topics that belong with a clinician', () => {
    expect(checkStep('quit smoking').resized).toBeUndefined();
    expect(checkStep('Lose weight').resized).toBeUndefined();
    expect(checkStep('Lose 10 pounds').resized).toBeUndefined();
  });

  it('copes with odd input', () => {
    for (const text of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '\u0000',
      '\uD800',
    ]) {
      const result = checkStep(text);
      expect(result.ok).toBe(result.problems.length === 0);
    }
    // Not a string at all (a caller in plain JS): still a result.
    expect(checkStep(undefined as unknown as string).problems[0].kind).toBe('empty');
    expect(checkStep(42 as unknown as string).ok).toBe(true);
  });

  it('reads long text only up to the cap, and calls it too long', () => {
    const long = 'walk for ten minutes '.repeat(500);
    expect(long.length).toBeGreaterThan(MAX_ANALYSED_CHARS * 10);
    const result = checkStep(long);
    expect(result.problems.map((p) => p.kind)).toEqual(['too-big']);
    expect(result.problems[0].message).toBe(copy.microwin.tooLong);
    expect(result.resized).toBeUndefined();
    // Leading blank space does not hide the step.
    expect(checkStep(`${' '.repeat(10_000)}walk`)).toEqual({ ok: true, problems: [] });
  });

  it('handles inputs built to make a regex backtrack (a smoke test; timing lives in the bench)', () => {
    const nasty = [
      'a '.repeat(5000),
      '1-'.repeat(5000),
      'half an '.repeat(1500),
      'twenty-one '.repeat(1000),
      'be more '.repeat(1500),
      'i will '.repeat(1500),
      'when '.repeat(2000),
      '1,000,'.repeat(2000),
      '😀'.repeat(5000),
    ];
    for (const text of nasty) {
      const result = checkStep(text);
      expect(result.ok).toBe(result.problems.length === 0);
    }
  });

  it('never throws, and ok is exactly "no problems", for any string', () => {
    const words = fc.constantFrom(
      'walk',
      'for',
      'ten',
      'minutes',
      'an',
      'hour',
      'half',
      'a',
      'I',
      'will',
      "I'll",
      'never',
      'always',
      'stop',
      'be',
      'more',
      'social',
      'my',
      'whole',
      'house',
      'at',
      '1',
      'pm',
      '2',
      'hrs',
      'one',
      'email',
      'work',
      'on',
      'and',
      'then',
      ',',
      '-',
      '100',
      'pages',
      'the',
      'entire',
      'kitchen',
      'read',
      'book',
      'every',
      'single',
      'day',
      '__proto__',
      'all',
      '😀',
    );
    const phrase = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), phrase), (text) => {
        const result = checkStep(text);
        expect(result.ok).toBe(result.problems.length === 0);
        if (result.resized !== undefined) {
          expect(result.ok).toBe(false);
          expect(checkStep(result.resized).ok).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('MICROWIN_RULES', () => {
  it('describes every kind once, in words', () => {
    const ruleKinds = MICROWIN_RULES.map((r) => r.kind);
    expect(new Set(ruleKinds).size).toBe(ruleKinds.length);
    expect([...ruleKinds].sort()).toEqual(
      ['all-or-nothing', 'empty', 'not-checkable', 'too-big', 'vague'].sort(),
    );
    for (const rule of MICROWIN_RULES) expect(rule.description.length).toBeGreaterThan(20);
  });
});
