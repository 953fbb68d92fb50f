import { Component, type ComponentType, createRef } from 'preact';
import { Problem } from '@/components/shared/Problem';
import { coreCopy } from '@/utils/copy/core';
import { withWords } from '@/utils/copy/lang/words';
import { todayCopy } from '@/utils/copy/today';
import { type Suggestion, suggestionKey } from '@/utils/core/suggest/suggestion';
import type { Entry, EntrySource } from '@/utils/model/types';
import { lengthMark } from '@/utils/pages/lengthMark';
import { reasonLine } from '@/utils/pages/newtab/reasonLine';
import type { StepAnswer, StepAnswerProps } from './stepAnswer';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...todayCopy };

/** The log's door for an answer, loaded on the click: the new tab's start-up has no room for it. */
const logged = () => import('@/utils/doors/log');

/**
 * What just happened to the step, shown until the person moves on. After Done or Not today the
 * card is `View`, loaded with the save after the first frame (the new tab's 12 KB budget).
 */
type Moment =
  | { kind: 'offer'; size: 'full' | 'smaller'; forKey: string; pinned?: Suggestion }
  | Answered
  | { kind: 'rest' };

/** A step answered with a win (AfterDone) or a skip (AfterSkip), and the view that follows it. */
type Answered = {
  kind: 'answered';
  entry: Entry;
  /** Done for a step already done today: nothing was stored . */
  already?: boolean;
  shown: Suggestion;
  /** The smaller step was the one on offer when it was answered. */
  smaller: boolean;
  /** Wins this week before it, as they were then (the view moves on once it is saved). */
  week: number;
  /** The view that follows, with the entry it answered already given. */
  View: ComponentType<AnswerViewProps>;
};

/** What the view after an answer is given besides its entry. */
type AnswerViewProps = Omit<StepAnswerProps, 'entry'>;

interface Props {
  suggestion: Suggestion;
  /** Wins this week before this one, for the evidence in the reply. */
  winsWeek: number;
  source: EntrySource;
  /** Asks for the next suggestion (after a win, if the person wants one). */
  onNext: () => void;
  /** Told when the card answers a step (Done, Not today) and when that is undone (null). */
  onAnswer?: (answer: StepAnswer | null) => void;
  /** This is the first new tab of the day: only it says so . */
  firstTab?: boolean;
  /** Put focus on Done once shown ("Show the next step" replaced the card). */
  focusOnMount?: boolean;
  /** "How do you think it will go?" for a step of the plan, once loaded (after the first frame). */
  Expect?: ComponentType<{ commitmentId?: string }>;
}

interface State {
  stored: Moment;
  problem: string;
}

/**
 * The one suggested step, in a region named "Today's step", with Done, Smaller step and
 * Not today. Not today is information, answered kindly, with the smaller step or rest on offer.
 * A class, so the new tab never loads preact/hooks (the new tab's 12 KB budget).
 */
export class SuggestedStep extends Component<Props, State> {
  override state: State = {
    stored: {
      kind: 'offer',
      size: this.props.suggestion.size,
      forKey: suggestionKey(this.props.suggestion),
    },
    problem: '',
  };

  /** Done, in the offer; the rest line, after "Rest today". Focus goes there . */
  private doneRef = createRef<HTMLButtonElement>();
  private restRef = createRef<HTMLParagraphElement>();
  private focusNext: 'done' | 'rest' | null = this.props.focusOnMount ? 'done' : null;

  override componentDidMount() {
    this.componentDidUpdate();
  }

  override componentDidUpdate() {
    const target = this.focusNext === 'done' ? this.doneRef : this.restRef;
    if (this.focusNext && target.current) {
      target.current.focus();
      this.focusNext = null;
    }
  }

  render(
    { suggestion: latest, winsWeek, source, onNext, onAnswer, firstTab, Expect }: Props,
    { stored, problem }: State,
  ) {
    const latestKey = suggestionKey(latest);
    const setMoment = (stored: Moment) => this.setState({ stored });
    const setProblem = (problem: string) => this.setState({ problem });
    // A new suggestion (another page logged something) starts a fresh offer; after Done or
    // Not today the step just answered stays on screen until the person moves on.
    const moment: Moment =
      stored.kind === 'offer' && !stored.pinned && stored.forKey !== latestKey
        ? { kind: 'offer', size: latest.size, forKey: latestKey }
        : stored;
    const suggestion =
      moment.kind === 'answered'
        ? moment.shown
        : moment.kind === 'offer' && moment.pinned
          ? moment.pinned
          : latest;
    const offer = (size: 'full' | 'smaller', pinned?: Suggestion) =>
      setMoment({ kind: 'offer', size, forKey: latestKey, pinned });
    const smaller = moment.kind === 'offer' && moment.size === 'smaller';
    const commitment = suggestion.commitment;
    // A full-size offer only ever comes from a full-size suggestion, so `step` is the full step;
    // `smallerStep` always names the smaller one (see sizedSuggestion).
    const smallerStep = suggestion.smallerStep ?? '';
    const stepText = smaller ? smallerStep || suggestion.step : suggestion.step;
    const ids = {
      commitmentId: commitment?.id,
      valueId: suggestion.value?.id,
    };

    const safely = async (work: () => Promise<void>) => {
      setProblem('');
      try {
        await work();
      } catch {
        setProblem(copy.errors.save);
      }
    };

    const done = () =>
      safely(async () => {
        const size = smaller ? 'smaller' : 'full';
        const [{ entry, already }, { AfterDone }] = await Promise.all([
          // A step's win keeps the words it was logged for, once a day; a starter step's are
          // its own text.
          commitment
            ? import('@/utils/doors/log').then((m) =>
                m.logStepWin({ commitment, size, source, stepText }),
              )
            : logged().then(async (log) => ({
                entry: await log.logEntry({ ...ids, kind: 'win', source, text: stepText, size }),
                already: false,
              })),
          import('./AfterDone').then(withWords),
        ]);
        setMoment({
          kind: 'answered',
          entry,
          already,
          smaller,
          shown: suggestion,
          week: winsWeek,
          View: (props: AnswerViewProps) => <AfterDone {...props} entry={entry} />,
        });
        onAnswer?.({ value: suggestion.value });
      });

    const notToday = () =>
      safely(async () => {
        // No reason until the person gives one : AfterSkip asks, and adds it.
        const [entry, { AfterSkip }] = await Promise.all([
          logged().then((log) => log.logEntry({ kind: 'skip', source, ...ids })),
          import('./AfterSkip').then(withWords),
        ]);
        setMoment({
          kind: 'answered',
          entry,
          shown: suggestion,
          smaller,
          week: winsWeek,
          View: (props: AnswerViewProps) => <AfterSkip {...props} entry={entry} />,
        });
        onAnswer?.({ value: suggestion.value, skipped: commitment?.id });
      });

    const undo = (entry: Entry) =>
      safely(async () => {
        await (await logged()).removeEntry(entry);
        this.focusNext = 'done';
        offer(suggestion.size);
        onAnswer?.(null);
      });

    // Resized from the card : the step as it is now, offered at once.
    const resized = (now: Suggestion) => {
      this.focusNext = 'done';
      offer(now.size, now);
    };

    if (suggestion.kind === 'rest' || moment.kind === 'rest') {
      // Chosen after Not today, it says so; "everything is handled" only when it is .
      return (
        <section class="step card" aria-labelledby="step-heading">
          <h2 id="step-heading">{copy.today.stepHeading}</h2>
          <p class="step-text" tabIndex={-1} ref={this.restRef}>
            {moment.kind === 'rest' ? copy.today.restChosen : copy.today.rest}
          </p>
        </section>
      );
    }

    return (
      <section class="step card" aria-labelledby="step-heading">
        <h2 id="step-heading">{copy.today.stepHeading}</h2>
        {moment.kind === 'offer' && (
          <>
            {reasonLine(suggestion, smaller, firstTab) && (
              <p class="soft">{reasonLine(suggestion, smaller, firstTab)}</p>
            )}
            <p class="step-text" dir="auto" data-length={lengthMark(stepText)}>
              {stepText}
            </p>
            {!smaller && suggestion.minutes ? (
              <p class="soft">{copy.today.minutes(suggestion.minutes)}</p>
            ) : null}
            <div class="actions">
              <button type="button" class="primary" onClick={done} ref={this.doneRef}>
                {copy.actions.done}
              </button>
              {!smaller && smallerStep && (
                <button
                  type="button"
                  onClick={() =>
                    offer('smaller', moment.kind === 'offer' ? moment.pinned : undefined)
                  }
                >
                  {copy.actions.smallerStep}
                </button>
              )}
              <button type="button" onClick={notToday}>
                {copy.actions.notToday}
              </button>
            </div>
            {Expect && commitment && <Expect key={commitment.id} commitmentId={commitment.id} />}
          </>
        )}
        {moment.kind === 'answered' && (
          <moment.View
            already={moment.already}
            winsWeek={moment.week}
            smallerStep={moment.smaller ? '' : smallerStep}
            answeredSmaller={moment.smaller}
            shown={moment.shown}
            onNext={onNext}
            onSmaller={() => offer('smaller', suggestion)}
            onRest={() => {
              this.focusNext = 'rest';
              setMoment({ kind: 'rest' });
            }}
            onUndo={() => undo(moment.entry)}
            onResized={resized}
            onReason={(reason) =>
              onAnswer?.({
                value: suggestion.value,
                skipped: commitment?.id,
                tooBig: reason === 'too-big',
              })
            }
          />
        )}
        <Problem text={problem} />
      </section>
    );
  }
}
