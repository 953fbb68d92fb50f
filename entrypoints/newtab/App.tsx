import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { HelpLinks } from '@/components/newtab/HelpLinks';
import { SuggestedStep } from '@/components/newtab/SuggestedStep';
import type { StepAnswer } from '@/components/newtab/stepAnswer';
import { ValueStatement } from '@/components/newtab/ValueStatement';
import { coreCopy } from '@/utils/copy/core';
import { withWords } from '@/utils/copy/lang/words';
import { todayCopy } from '@/utils/copy/today';
import { dayKey } from '@/utils/model/dayKey';
import { type Live, type LiveWatch, watchLive } from '@/utils/pages/live';
import { claimFirstTab } from '@/utils/pages/newtab/firstTab';
import { pageStorage, readSnapshot, writeSnapshot } from '@/utils/pages/newtab/snapshot';
import type { TodayView } from '@/utils/pages/newtab/todayView';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...todayCopy };

/**
 * The database's first reads, loaded after the first frame with IndexedDB's wrapper: the
 * snapshot already drew the page, and the start-up budget (12 KB) holds the words' machinery.
 */
const firstReads = () => import('@/utils/pages/newtab/firstReads');

/** A step asked for by link (`?step=<id>&size=smaller`), e.g. from a reminder's body. */
function leadFromUrl(): { commitmentId: string; size: 'full' | 'smaller' } | undefined {
  const query = new URLSearchParams(location.search);
  const commitmentId = query.get('step');
  if (!commitmentId) return undefined;
  return { commitmentId, size: query.get('size') === 'smaller' ? 'smaller' : 'full' };
}

/** What the new tab holds between renders. */
interface State {
  live: Live<TodayView | null>;
  /** The step a link asked for; dropped once the person moves on. */
  lead: ReturnType<typeof leadFromUrl>;
  /** The grounding exercise while it is open, loaded on the person's click (its 12 KB budget). */
  Grounding?: ComponentType<{ onClose: () => void }>;
  /** Bumped by "Show the next step", so the step card starts fresh. */
  round: number;
  /** What reminders are doing, loaded after the first frame when there is any. */
  notes?: typeof import('@/components/newtab/ReminderNotes');
  /** The offer beside the step (components/newtab/StepOffer), loaded after the first frame. */
  Offer?: ComponentType<{ preferId?: string; cardShrinks?: boolean }>;
  /** "How do you think it will go?" in the step card (issue 28), loaded after the first frame. */
  Expect?: ComponentType<{ commitmentId?: string }>;
  /** The step the card answered, until "Show the next step" or Undo. */
  answered: StepAnswer | null;
  /** This tab is the day's first new tab. */
  firstTab: boolean;
  /** What to say when storage cannot open, loaded only then (it is long, and rare). */
  Trouble?: ComponentType;
}

/**
 * The page's frame: the value statement first, then whatever the data brings. The build renders
 * it with no view into newtab.html (modules/first-frames/), so the paint script has its nodes.
 */
export function NewTabFrame({
  view,
  children,
}: {
  view: TodayView | null;
  children?: ComponentChildren;
}) {
  return (
    <main class="newtab">
      <ValueStatement view={view} />
      {children}
      {/* Help and the plan for hard days, one click away from the first frame (issue 26). */}
      <HelpLinks />
    </main>
  );
}

/**
 * The new tab: the day's value statement and one suggested small step. The first frame comes
 * from the localStorage snapshot (already painted by `newtab-paint.js`); IndexedDB follows and
 * the snapshot is rebuilt from it on every change. A class, so the new tab never loads
 * preact/hooks (its 12 KB budget).
 */
export class App extends Component<object, State> {
  override state: State = {
    live: {
      status: 'loading',
      data: readSnapshot(pageStorage(), dayKey(new Date()))?.view ?? null,
    },
    lead: leadFromUrl(),
    round: 0,
    answered: null,
    firstTab: claimFirstTab(pageStorage(), dayKey(new Date())),
  };

  private watch?: LiveWatch;

  override componentDidMount() {
    this.watch = watchLive(
      () => this.load(),
      (next) => this.setState((s) => ({ live: next(s.live) })),
    );
    // Without storage the page already says so; the notes then simply stay away.
    this.loadNotes().catch(() => {});
    this.loadOffer();
  }

  /** Loads the reminder notes only if the worker left one or a reminder opened this page. */
  private async loadNotes() {
    if (this.state.lead || (await (await firstReads()).reminderNotesWaiting()))
      this.setState({ notes: await import('@/components/newtab/ReminderNotes').then(withWords) });
  }

  /** Offers to resize a step, and asks how it will go, after the first frame (the budget). */
  private loadOffer() {
    void import('@/components/newtab/StepOffer')
      .then(withWords)
      .then((m) => this.setState({ Offer: m.StepOffer }));
    void import('@/components/shared/ExpectedChoice')
      .then(withWords)
      .then((m) => this.setState({ Expect: m.ExpectedChoice }));
  }

  override componentDidUpdate() {
    if (this.state.live.status === 'error' && !this.state.Trouble) {
      void import('@/components/newtab/StorageNotice')
        .then(withWords)
        .then((m) => this.setState({ Trouble: m.StorageNotice }));
    }
  }

  override componentWillUnmount() {
    this.watch?.stop();
  }

  private async load(): Promise<TodayView | null> {
    const now = new Date();
    const { lead } = this.state;
    if (!lead) {
      // Nothing changed since the snapshot was built: it is the view, and nothing more loads.
      const snapshot = readSnapshot(pageStorage(), dayKey(now));
      if (snapshot && snapshot.version === (await (await firstReads()).getDataVersion()))
        return snapshot.view;
    }
    // The view is made of words (its eyebrow, the welcome): they must be the person's before it
    // is computed, or the snapshot would keep English words under the language's tag.
    const { computeToday } = await import('@/utils/pages/newtab/computeToday').then(withWords);
    const { view, snapshot } = await computeToday(now, lead);
    writeSnapshot(pageStorage(), snapshot);
    return view;
  }

  private showNext = () => {
    this.setState(
      (s) => ({ round: s.round + 1, lead: undefined, answered: null }),
      () => this.watch?.reload(),
    );
  };

  private ground = () =>
    void import('@/components/newtab/Grounding')
      .then(withWords)
      .then((m) => this.setState({ Grounding: m.Grounding }));

  private answer = (answered: StepAnswer | null) => this.setState({ answered });

  render(
    _props: object,
    { live, Grounding, round, notes, lead, Offer, Expect, answered, firstTab, Trouble }: State,
  ) {
    const view = live.data ?? null;
    // The tab strip's words, in the person's language (the HTML's title is English until now).
    document.title = copy.today.tabTitle;
    const evidence = view ? copy.evidence.line(view.winsToday, view.winsWeek) : '';
    return (
      <NewTabFrame view={heldView(view, answered)}>
        {live.status === 'error' && Trouble && <Trouble />}
        {view && live.status === 'ready' && view.firstRun && (
          <section class="card welcome" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">{copy.today.welcomeStepHeading}</h2>
            <p>{copy.empty.noValues}</p>
            <a class="button primary" href="/options.html#welcome">
              {copy.today.nameValues}
            </a>
          </section>
        )}
        {view && live.status !== 'error' && !view.firstRun && (
          <>
            {Grounding ? (
              <Grounding onClose={() => this.setState({ Grounding: undefined })} />
            ) : (
              <SuggestedStep
                key={round}
                suggestion={view.suggestion}
                winsWeek={view.winsWeek}
                source="newtab"
                onNext={this.showNext}
                onAnswer={this.answer}
                firstTab={firstTab}
                focusOnMount={round > 0}
                Expect={Expect}
              />
            )}
            {notes && <notes.ReminderNotes lead={lead?.commitmentId} />}
            {/* One offer at a time: what a reminder has to say comes first. */}
            {!Grounding && !notes && Offer && live.status === 'ready' && (
              <Offer
                preferId={view.suggestion.commitment?.id}
                cardShrinks={Boolean(answered?.tooBig && answered.skipped)}
              />
            )}
            {!Grounding && (
              <button type="button" class="link" onClick={this.ground}>
                {copy.actions.grounding}
              </button>
            )}
          </>
        )}
        {live.status !== 'error' && evidence && <p class="evidence soft">{evidence}</p>}
      </NewTabFrame>
    );
  }
}

/**
 * The view with the answered step's value in the statement: after Done or Not today the heading
 * stays on the step the card is still answering, until the person moves on.
 */
function heldView(view: TodayView | null, answered: StepAnswer | null): TodayView | null {
  const value = answered?.value;
  if (!view || !value) return view;
  return { ...view, heading: value.name, looksLike: value.looksLike, why: value.why };
}
