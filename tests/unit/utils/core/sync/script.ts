/**
 * What people do in the sync property tests, and what the channel does: generators for plan
 * edits, imports, sync rounds (stale, torn, held back or failing) and deliveries, and a script
 * that applies them to a simulated world.
 */
import fc from 'fast-check';
import type { PlanRecords } from '@/utils/core/sync/engine';
import { parseRecordKey } from '@/utils/core/sync/mirror';
import { type Computer, commitmentRecord, settingsRecord, valueRecord, type World } from './sim';

const short = fc.constantFrom('Rest', 'Walk', 'Call Mum', '日本語', '🌱 grow', 'say "no" \\ yes');
/** A long name, so records split into chunks; the world caps how many it takes. */
const long = fc
  .tuple(
    fc.constantFrom(['a', 1], ['"', 2], ['日', 3], ['🌱', 4]),
    fc.integer({ min: 3_500, max: 6_000 }),
  )
  .map(([[c, size], bytes]) => (c as string).repeat(Math.floor(bytes / (size as number))));
const text = fc.oneof({ weight: 12, arbitrary: short }, { weight: 1, arbitrary: long });
const pick = fc.nat(50);
const who = fc.nat(2);

export const importArb = fc.record({
  values: fc.array(fc.record({ reuse: fc.option(pick), name: text }), { maxLength: 3 }),
  steps: fc.array(fc.record({ value: pick, step: short }), { maxLength: 3 }),
  cap: fc.integer({ min: 1, max: 9 }),
});
export type ImportSpec = typeof importArb extends fc.Arbitrary<infer T> ? T : never;

/** How one round meets the channel: a stale or torn view, a write held back or failing. */
const channelArb = fc.record({
  lag: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(3) }),
  torn: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
  ),
  seed: fc.nat(255),
  delay: fc.boolean(),
  fail: fc.oneof(
    { weight: 6, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

export const actionArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('value' as const), c: who, name: text }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('editValue' as const), c: who, i: pick, name: text }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('deleteValue' as const), c: who, i: pick }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('step' as const), c: who, i: pick, step: short }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('editStep' as const), c: who, i: pick, step: text }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deleteStep' as const), c: who, i: pick }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      c: who,
      cap: fc.integer({ min: 1, max: 9 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('import' as const), c: who, plan: importArb }),
  },
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), c: who, channel: channelArb }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), i: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      ms: fc.constantFrom(0, 1, 1_000, 45_000, 600_000),
    }),
  },
);
export type Action = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;

/** The keys of one kind in a plan, in a stable order. */
export function keysOf(plan: PlanRecords, kind: 'value' | 'commitment'): string[] {
  return [...plan.keys()].filter((k) => parseRecordKey(k)?.kind === kind).sort();
}

function inUse(plan: PlanRecords, valueId: string): boolean {
  return [...plan.values()].some((d) => (d as { valueId?: string }).valueId === valueId);
}

/** Person actions and the channel's moves, applied to the world. */
export class Script {
  private next = 0;
  private longLeft = 5;

  constructor(readonly world: World) {}

  private id(prefix: string): string {
    this.next++;
    return `${prefix}${this.next}`;
  }

  /** A name, or a short one once the world has taken its share of long ones (the quota). */
  private name(name: string): string {
    if (name.length < 100) return name;
    return this.longLeft-- > 0 ? name : 'Long no more';
  }

  importPlan(c: Computer, spec: ImportSpec): void {
    const old = keysOf(c.plan, 'value');
    const plan: PlanRecords = new Map([['settings', settingsRecord(spec.cap)]]);
    const ids: string[] = [];
    for (const v of spec.values) {
      const id =
        v.reuse !== null && old.length > 0 ? old[v.reuse % old.length].slice(6) : this.id('v');
      plan.set(`value.${id}`, valueRecord(id, this.name(v.name), this.world.time));
      ids.push(id);
    }
    if (ids.length > 0)
      for (const s of spec.steps) {
        const id = this.id('c');
        plan.set(`commitment.${id}`, commitmentRecord(id, ids[s.value % ids.length], s.step));
      }
    c.plan = plan;
  }

  perform(a: Action): void {
    const w = this.world;
    if (a.kind === 'tick') {
      w.time += a.ms;
      return;
    }
    if (a.kind === 'deliver') {
      w.deliver(a.i);
      return;
    }
    const c = w.computers[a.c % w.computers.length];
    const plan = c.plan;
    const values = keysOf(plan, 'value');
    const steps = keysOf(plan, 'commitment');
    const value = values.length > 0 && 'i' in a ? values[a.i % values.length] : undefined;
    const step = steps.length > 0 && 'i' in a ? steps[a.i % steps.length] : undefined;
    switch (a.kind) {
      case 'sync':
        w.round(c, a.channel);
        return;
      case 'value': {
        const id = this.id('v');
        c.plan = new Map(plan).set(`value.${id}`, valueRecord(id, this.name(a.name), w.time));
        return;
      }
      case 'editValue':
        if (value)
          c.plan = new Map(plan).set(value, {
            ...(plan.get(value) as object),
            name: this.name(a.name),
          });
        return;
      case 'deleteValue':
        if (value && !inUse(plan, value.slice(6))) {
          c.plan = new Map(plan);
          c.plan.delete(value);
        }
        return;
      case 'step': {
        if (!value) return;
        const id = this.id('c');
        c.plan = new Map(plan).set(
          `commitment.${id}`,
          commitmentRecord(id, value.slice(6), a.step, w.time),
        );
        return;
      }
      case 'editStep':
        if (step)
          c.plan = new Map(plan).set(step, {
            ...(plan.get(step) as object),
            step: this.name(a.step),
          });
        return;
      case 'deleteStep':
        if (step) {
          c.plan = new Map(plan);
          c.plan.delete(step);
        }
        return;
      case 'settings':
        c.plan = new Map(plan).set('settings', settingsRecord(a.cap));
        return;
      case 'import':
        this.importPlan(c, a.plan);
    }
  }
}
