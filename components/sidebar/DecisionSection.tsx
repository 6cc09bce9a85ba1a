import { useState } from 'preact/hooks';
import type { DecisionView, SidebarModel } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { decisionTypeLabel } from '@/lib/format/labels';
import FormattedDate from '@/components/shared/FormattedDate';
import SourcedList from '@/components/shared/SourcedList';
import ShowAllToggle from '@/components/shared/ShowAllToggle';
import SourceRefs from '@/components/shared/SourceRefs';
import { t, tAround } from '@/lib/i18n/translate';

/** Props for {@link DecisionSection}. */
export type DecisionSectionProps = {
  decision?: DecisionView;
  posture?: SidebarModel['posture'];
  /** The jurisdiction the sidebar is about, for the posture heading and the empty message. */
  jurisdictionName: string;
  jurisdictionId: string;
  numbers?: SourceNumbers;
};

/** Facts shown before "Show all": enough for the gist, few enough that the laws stay within reach. */
export const FACTS_SHOWN = 4;

const FACTS_ID = 'fn-decision-facts';

/** "What was decided": the decision with its date and sourced facts, or the standing posture when there is none. */
export default function DecisionSection({
  decision,
  posture,
  jurisdictionName,
  jurisdictionId,
  numbers,
}: DecisionSectionProps) {
  const [allFacts, setAllFacts] = useState(false);
  if (decision) {
    // A decision can belong to a related body (the police department that ran the city jail); say so.
    const other = decision.jurisdiction.id !== jurisdictionId ? decision.jurisdiction.name : undefined;
    // Folding away a single fact would cost a click to save a line, so fold only when two or more hide.
    const folds = decision.facts.length > FACTS_SHOWN + 1;
    return (
      <section class="fn-section fn-decision">
        <h3 class="fn-section-title">{t('sidebarDecisionTitle')}</h3>
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
          <SourcedList
            items={folds && !allFacts ? decision.facts.slice(0, FACTS_SHOWN) : decision.facts}
            numbers={numbers}
            class="fn-facts"
            id={FACTS_ID}
          />
        )}
        {folds && (
          <ShowAllToggle
            expanded={allFacts}
            count={decision.facts.length}
            noun={t('sidebarNounFacts')}
            controls={FACTS_ID}
            onToggle={() => setAllFacts(!allFacts)}
          />
        )}
      </section>
    );
  }
  if (posture) {
    const asOf = tAround('sidebarPostureAsOf');
    return (
      <section class="fn-section fn-decision">
        <h3 class="fn-section-title">{t('sidebarPostureTitle', jurisdictionName)}</h3>
        <p>
          {posture.text} <SourceRefs sources={posture.sources} numbers={numbers} />
        </p>
        <p class="fn-meta">
          {asOf[0]}
          <FormattedDate date={posture.asOf} />
          {asOf[1]}
        </p>
      </section>
    );
  }
  return (
    <section class="fn-section fn-decision">
      <h3 class="fn-section-title">{t('sidebarDecisionTitle')}</h3>
      <p class="fn-muted">{t('sidebarNoDecision', jurisdictionName)}</p>
    </section>
  );
}
