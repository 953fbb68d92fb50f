import { Component } from 'preact';
import { ResizeOffer } from '@/components/shared/ResizeOffer';
import { adjustCopy } from '@/utils/copy/adjust';
import { onDataChanged } from '@/utils/doors/notices';
import { loadStepOffer, type NewTabOffer } from '@/utils/pages/newtab/stepOffer';

interface Props {
  /** The step on screen, whose offer comes first among offers of one kind. */
  preferId?: string;
  /**
   * The card offers its own "Make it smaller": then no offer here says the same, for that step or
   * another, so a page never has two buttons of that name.
   */
  cardShrinks?: boolean;
}

interface State {
  shown: NewTabOffer | null;
  /** The person acted on it: it stays, whatever the data says next, until the page closes. */
  held: boolean;
}

/**
 * The one offer on the new tab, beside today's step: "Make it smaller" or "Grow it a little", where
 * the person is. Loaded after the first frame (the new tab's 12 KB budget), and read again whenever
 * the data changes (a skip said "Too big") until the person acts on it.
 */
export class StepOffer extends Component<Props, State> {
  override state: State = { shown: null, held: false };
  private stop?: () => void;
  private ticket = 0;

  override componentDidMount() {
    this.stop = onDataChanged(this.load);
    this.load();
  }

  override componentWillUnmount() {
    this.stop?.();
    this.ticket++;
  }

  private load = () => {
    if (this.state.held) return;
    const mine = ++this.ticket;
    loadStepOffer(new Date(), this.props.preferId).then(
      (shown) => mine === this.ticket && !this.state.held && this.setState({ shown }),
      () => {},
    );
  };

  render({ cardShrinks }: Props, { shown, held }: State) {
    if (!shown) return null;
    if (!held && shown.offer.kind === 'shrink' && cardShrinks) return null;
    const id = shown.commitment.id;
    return (
      <section class="card step-offer" aria-labelledby="step-offer-heading">
        <h2 id="step-offer-heading">{adjustCopy.resize.heading}</h2>
        <ResizeOffer
          key={`${shown.offer.kind}:${id}`}
          offer={shown.offer}
          commitment={shown.commitment}
          tooBig={shown.tooBig}
          idPrefix={`offer-${id}`}
          onAct={() => this.setState({ held: true })}
        />
      </section>
    );
  }
}
