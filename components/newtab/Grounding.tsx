import { Component } from 'preact';
import '@/assets/grounding.css';
import { groundingCopy as copy } from '@/utils/copy/grounding';
import { groundingMoment } from '@/utils/core/grounding';

/** How often the minute looks at the clock, in ms: often enough for a line to change on time. */
const TICK_MS = 250;

interface Props {
  /** Back from the minute ("Back to my step"). */
  onClose: () => void;
  /** The way back's own words where it leads elsewhere (the routine: "On to my step"). */
  closeLabel?: string;
}

interface State {
  /** Time spent in the minute so far, pauses left out. */
  elapsed: number;
  paused: boolean;
  /** The person prefers less motion: the plain list, nothing moving. */
  still: boolean;
}

/**
 * The grounding minute (issue 26): one line at a time over about 60 seconds beside a calm
 * breathing cue, which the person can pause or skip; the plain list when they prefer reduced
 * motion. Loaded on the person's click, with its words and styles (the new tab's 12 KB budget);
 * the plan for hard days' routine shows it too. A class, so the new tab never loads
 * preact/hooks.
 */
export class Grounding extends Component<Props, State> {
  override state: State = {
    elapsed: 0,
    paused: false,
    still: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  };

  private timer?: ReturnType<typeof setInterval>;
  private last = 0;
  /** The time spent so far, kept here too: a tick must not read a state not yet rendered. */
  private spent = 0;
  private held = false;
  private back: HTMLButtonElement | null = null;

  override componentDidMount() {
    if (this.state.still) return;
    this.last = Date.now();
    this.timer = setInterval(this.tick, TICK_MS);
  }

  override componentWillUnmount() {
    clearInterval(this.timer);
  }

  override componentDidUpdate(_props: Props, before: State) {
    // At the end, the way back has the focus: one key press returns to the step.
    if (this.over(this.state) && !this.over(before)) this.back?.focus();
  }

  private over(state: State): boolean {
    return groundingMoment(state.elapsed, copy.grounding.lines.length, this.total()).done;
  }

  private total(): number {
    return copy.grounding.seconds * 1000;
  }

  private tick = () => {
    const now = Date.now();
    const passed = now - this.last;
    this.last = now;
    if (this.held) return;
    this.spent += passed;
    this.setState({ elapsed: this.spent });
    if (this.spent >= this.total()) clearInterval(this.timer);
  };

  private togglePause = () => {
    this.held = !this.held;
    this.setState({ paused: this.held });
  };

  private skip = () => {
    clearInterval(this.timer);
    this.spent = this.total();
    this.held = false;
    this.setState({ elapsed: this.spent, paused: false });
  };

  render({ onClose, closeLabel }: Props, { elapsed, paused, still }: State) {
    const w = copy.grounding;
    const moment = groundingMoment(elapsed, w.lines.length, this.total());
    const backButton = (
      <button
        type="button"
        class="primary"
        ref={(el) => {
          this.back = el;
        }}
        onClick={onClose}
      >
        {closeLabel ?? w.backToStep}
      </button>
    );
    if (still) {
      return (
        <section class="grounding card" aria-labelledby="grounding-heading">
          <h2 id="grounding-heading">{w.title}</h2>
          <p class="soft">{w.intro}</p>
          <ol>
            {w.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          {backButton}
        </section>
      );
    }
    return (
      <section class="grounding paced card" aria-labelledby="grounding-heading">
        <h2 id="grounding-heading">{w.title}</h2>
        <p class="soft">{w.intro}</p>
        <div class="grounding-pace">
          <div
            class="breath"
            data-breath={moment.done ? 'rest' : moment.breath}
            data-paused={paused ? '' : undefined}
            aria-hidden="true"
          />
          <p class="breath-word soft" aria-hidden="true">
            {moment.done ? '' : moment.breath === 'in' ? w.breatheIn : w.breatheOut}
          </p>
        </div>
        <p class="grounding-line" aria-live="polite">
          {moment.done ? w.done : w.lines[moment.line]}
        </p>
        <div
          class="grounding-progress"
          role="progressbar"
          aria-label={w.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(moment.progress * 100)}
        >
          <span style={{ inlineSize: `${moment.progress * 100}%` }} />
        </div>
        <div class="actions">
          {moment.done ? (
            backButton
          ) : (
            <>
              <button type="button" aria-pressed={paused} onClick={this.togglePause}>
                {paused ? w.resume : w.pause}
              </button>
              <button type="button" class="link" onClick={this.skip}>
                {w.skip}
              </button>
            </>
          )}
        </div>
      </section>
    );
  }
}
