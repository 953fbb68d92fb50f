import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Grounding } from '@/components/newtab/Grounding';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import { logStepWin } from '@/utils/doors/log';
import type { Commitment } from '@/utils/model/types';

/** Where the routine is: waiting, the grounding minute, then the step (and what was said). */
type Phase = 'ready' | 'grounding' | 'step';

/**
 * "My fail-safe routine": the person chooses one small step for such days (or none), and "Start
 * my routine" runs the grounding minute, then shows that step with Done (a win in the log, as
 * the new tab's step card logs it) and, when it has one, its smaller step. Safety and presence
 * before achievement: with no step, the minute itself is the routine.
 */
export function FailSafeRoutine({
  steps,
  chosen,
  step,
  onChoose,
}: {
  /** The steps the routine can start (utils/pages/options/hardDaysView.ts `routineSteps`). */
  steps: readonly Commitment[];
  /** The chosen step's id, or '' for none. */
  chosen: string;
  /** The chosen step, if it is still one of the person's steps. */
  step: Commitment | undefined;
  onChoose: (id: string) => void;
}) {
  const id = useId();
  const words = hardDaysCopy.hardDays.routine;
  const [phase, setPhase] = useState<Phase>('ready');
  const [size, setSize] = useState<'full' | 'smaller'>('full');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const run = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const finish = useRef<HTMLButtonElement>(null);
  const doneButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // Each move (start, after the minute, back to the plan) puts reading where it now is.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (phase === 'ready' ? start.current : run.current)?.focus();
  }, [phase]);
  // Done leaves with what was said: reading goes on to "Back to my plan".
  useEffect(() => {
    if (said) finish.current?.focus();
  }, [said]);
  // "Smaller step" gives way to the smaller step: reading goes on to its Done.
  useEffect(() => {
    if (size === 'smaller') doneButton.current?.focus();
  }, [size]);
  const go = (next: Phase) => {
    moved.current = true;
    setSaid('');
    setProblem('');
    setSize('full');
    setPhase(next);
  };

  const done = async () => {
    if (!step) return;
    setProblem('');
    try {
      const { already } = await logStepWin({ commitment: step, size, source: 'options' });
      setSaid(already ? words.already : words.logged);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  return (
    <section class="card routine" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{words.heading}</h3>
      <p class="soft no-print">{words.intro}</p>
      {/* On paper, the routine in one line (the controls stay off the page). Its words are
          drawn by CSS from the attribute, so the page's text never says the step twice. */}
      <p class="print-only paper-routine" data-paper={words.printed(step?.step ?? '')} />
      {phase === 'ready' && (
        <div class="routine-ready no-print">
          <div class="field">
            <label for={`${id}-step`}>{words.stepLabel}</label>
            <select
              id={`${id}-step`}
              value={chosen}
              onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}
            >
              <option value="">{words.none}</option>
              {steps.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.step}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="primary" ref={start} onClick={() => go('grounding')}>
            {words.start}
          </button>
        </div>
      )}
      {phase !== 'ready' && (
        <div class="routine-run no-print" ref={run} tabIndex={-1}>
          {phase === 'grounding' && (
            <Grounding
              onClose={() => go('step')}
              closeLabel={step ? words.onToStep : copy.actions.done}
            />
          )}
          {phase === 'step' && (
            <>
              {step ? (
                <>
                  <h4>{words.stepHeading}</h4>
                  <p class="routine-step" dir="auto">
                    {size === 'smaller' ? step.smallerStep : step.step}
                  </p>
                  {!said && (
                    <div class="actions">
                      <button type="button" class="primary" ref={doneButton} onClick={done}>
                        {copy.actions.done}
                      </button>
                      {size === 'full' && step.smallerStep && (
                        <button type="button" onClick={() => setSize('smaller')}>
                          {copy.actions.smallerStep}
                        </button>
                      )}
                    </div>
                  )}
                </>
              ) : (
                <p>{words.rested}</p>
              )}
              <p class="said" role="status">
                {said}
              </p>
              <Problem text={problem} />
              <button type="button" ref={finish} onClick={() => go('ready')}>
                {words.finish}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
