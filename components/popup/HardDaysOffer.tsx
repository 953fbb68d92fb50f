import { useEffect, useState } from 'preact/hooks';
import { hardDaysOfferCopy } from '@/utils/copy/hardDaysOffer';
import {
  hardDaysOfferNotNow,
  noteHardDaysOfferShown,
  type HardDaysOffer as Offer,
} from '@/utils/doors/hardDaysOffer';

/**
 * After a heavy check-in, by the one rule in core (utils/core/hardDaysOffer.ts): the plan for
 * hard days, one click away ("Open my plan"), or, with no plan yet, an invitation to write one
 * when the person feels up to it. "Not now" rests it for 14 days. Never an alarm: no counts, no
 * red, and the reply above it says the kind words. Loaded with the offer, not at the popup's start.
 */
export function HardDaysOffer({ offer }: { offer: Exclude<Offer, null> }) {
  const w = hardDaysOfferCopy.hardDaysOffer;
  const [rested, setRested] = useState(false);
  useEffect(() => {
    // Shown: the offer to write comes back only after 14 days. A failed note costs nothing.
    void noteHardDaysOfferShown(offer).catch(() => {});
  }, [offer]);
  const notNow = () => {
    setRested(true);
    void hardDaysOfferNotNow().catch(() => {});
  };
  if (rested) {
    return (
      <p class="soft hard-days-offer-rested" role="status">
        {w.rested}
      </p>
    );
  }
  return (
    <section class="card hard-days-offer" aria-label={w.label}>
      <p>{offer === 'open-plan' ? w.open : w.write}</p>
      <div class="actions">
        <a class="button primary" href="/options.html#hard-days" target="_blank" rel="noopener">
          {offer === 'open-plan' ? w.openLink : w.writeLink}
        </a>
        <button type="button" onClick={notNow}>
          {w.notNow}
        </button>
      </div>
    </section>
  );
}
