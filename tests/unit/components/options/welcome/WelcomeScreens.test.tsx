// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeStep } from '@/components/options/welcome/WelcomeStep';
import { WelcomeValue } from '@/components/options/welcome/WelcomeValue';
import { copy } from '@/utils/copy';
import { EMPTY_STEP } from '@/utils/core/drafts/stepDraft';
import { EMPTY_VALUE } from '@/utils/core/drafts/valueDraft';
import type { Value } from '@/utils/model/types';

afterEach(cleanup);

/** The callbacks a welcome screen reports to the flow through, each a spy. */
function spies() {
  return {
    onChoose: vi.fn(),
    onChange: vi.fn(),
    onNameProblem: vi.fn(),
    onStepProblem: vi.fn(),
    onAskSmaller: vi.fn(),
    onBack: vi.fn(),
    onNext: vi.fn(),
  };
}

const next = () => fireEvent.click(screen.getByRole('button', { name: copy.options.welcome.next }));

describe('the welcome’s value screen', () => {
  it('holds a new value without a name back, says why and puts the focus on the name', () => {
    const on = spies();
    render(
      <WelcomeValue
        headingId="h"
        headingRef={null}
        values={[]}
        choice="new"
        draft={{ ...EMPTY_VALUE }}
        nameProblem=""
        {...on}
      />,
    );
    expect(screen.getByRole('heading', { name: copy.options.welcome.valueHeading }).id).toBe('h');
    next();
    expect(on.onNameProblem).toHaveBeenCalledWith(copy.options.value.nameNeeded);
    expect(on.onNext).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Value'));
  });

  it('moves on at once for a stored value, with no fields to fill', () => {
    const on = spies();
    const calm = { id: 'v1', name: 'Calm', status: 'active' } as Value;
    render(
      <WelcomeValue
        headingId="h"
        headingRef={null}
        values={[calm]}
        choice="v1"
        draft={{ ...EMPTY_VALUE }}
        nameProblem=""
        {...on}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Calm' })).toHaveProperty('checked', true);
    expect(screen.queryByLabelText('Value')).toBeNull();
    next();
    expect(on.onNext).toHaveBeenCalledOnce();
  });
});

describe('the welcome’s step screen', () => {
  const props = { headingId: 'h', headingRef: null, valueName: 'Calm', stepProblem: '' };

  it('holds an empty step back, says why and puts the focus on the step', () => {
    const on = spies();
    render(<WelcomeStep {...props} draft={EMPTY_STEP} askedSmaller={false} {...on} />);
    next();
    expect(on.onStepProblem).toHaveBeenCalledWith(copy.options.step.stepNeeded);
    expect(on.onNext).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Your step'));
  });

  it('asks once for a smaller step, on its field, then lets the person go on without it', () => {
    const on = spies();
    const draft = { ...EMPTY_STEP, step: 'Breathe out slowly' };
    const { rerender } = render(
      <WelcomeStep {...props} draft={draft} askedSmaller={false} {...on} />,
    );
    next();
    expect(on.onAskSmaller).toHaveBeenCalledOnce();
    expect(on.onNext).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Smaller step, for heavy days'));
    rerender(<WelcomeStep {...props} draft={draft} askedSmaller {...on} />);
    next();
    expect(on.onNext).toHaveBeenCalledOnce();
  });
});
