import { Reach } from '@/components/options/hardDays/ContactsPart';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import type { SummaryHardDays as Plan } from '@/utils/pages/options/summaryView';

/**
 * The plan for hard days on the summary to share, only when "Include my plan for hard days" is
 * ticked: the plan page's own headings, the routine's step, and each part with something in it
 * (a phone number is a link, as on the plan). It prints with the rest of the summary; the
 * copied text says the same (shareText's `hardDaysLines`).
 */
export function SummaryHardDays({ plan }: { plan: Plan }) {
  const words = hardDaysCopy.hardDays;
  return (
    <section class="card" aria-labelledby="summary-hard-days-heading">
      <h3 id="summary-hard-days-heading">{words.heading}</h3>
      {plan.routineStep && (
        <article class="summary-value" aria-labelledby="summary-hard-days-routine">
          <h4 id="summary-hard-days-routine">{words.routine.heading}</h4>
          <p dir="auto">{words.routine.printed(plan.routineStep)}</p>
        </article>
      )}
      {plan.parts.map((p) => (
        <article class="summary-value" key={p.part} aria-labelledby={`summary-hard-days-${p.part}`}>
          <h4 id={`summary-hard-days-${p.part}`}>{words.parts[p.part]}</h4>
          <ul class="plain">
            {p.kind === 'lines'
              ? p.lines.map((line, i) => (
                  <li key={i} dir="auto">
                    {line}
                  </li>
                ))
              : p.contacts.map((c, i) => (
                  <li key={i}>
                    {c.name && <span dir="auto">{c.name}</span>}
                    {c.name && c.reach && ': '}
                    {c.reach && <Reach text={c.reach} />}
                  </li>
                ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
