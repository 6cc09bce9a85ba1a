import type { DecisionView, SidebarModel } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { decisionTypeLabel } from '@/lib/format/labels';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';

/** Props for {@link DecisionSection}. */
export type DecisionSectionProps = {
  decision?: DecisionView;
  posture?: SidebarModel['posture'];
  /** The jurisdiction the sidebar is about, for the posture heading and the empty message. */
  jurisdictionName: string;
  jurisdictionId: string;
  numbers?: SourceNumbers;
};

/** "What was decided": the decision with its date and sourced facts, or the standing posture when there is none. */
export default function DecisionSection({
  decision,
  posture,
  jurisdictionName,
  jurisdictionId,
  numbers,
}: DecisionSectionProps) {
  if (decision) {
    // A decision can belong to a related body (the police department that ran the city jail); say so.
    const other = decision.jurisdiction.id !== jurisdictionId ? decision.jurisdiction.name : undefined;
    return (
      <section class="fn-section fn-decision">
        <h3 class="fn-section-title">What was decided</h3>
        <p class="fn-meta">
          <FormattedDate date={decision.date} />
          <span aria-hidden="true"> · </span>
          {decisionTypeLabel(decision.type)}
          {other && <> · {other}</>}
        </p>
        <p class="fn-decision-headline">
          {decision.headline.text} <SourceRefs sources={decision.headline.sources} numbers={numbers} />
        </p>
        {decision.facts.length > 0 && (
          <ul class="fn-facts">
            {decision.facts.map((fact, index) => (
              <li key={index}>
                {fact.text} <SourceRefs sources={fact.sources} numbers={numbers} />
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  if (posture) {
    return (
      <section class="fn-section fn-decision">
        <h3 class="fn-section-title">Where {jurisdictionName} stands</h3>
        <p>
          {posture.text} <SourceRefs sources={posture.sources} numbers={numbers} />
        </p>
        <p class="fn-meta">
          As of <FormattedDate date={posture.asOf} />
        </p>
      </section>
    );
  }
  return (
    <section class="fn-section fn-decision">
      <h3 class="fn-section-title">What was decided</h3>
      <p class="fn-muted">Footnote has no recorded decision for {jurisdictionName} yet.</p>
    </section>
  );
}
