import type { ClaimView } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';

/** Props for {@link ClaimsSection}. */
export type ClaimsSectionProps = {
  claims: readonly ClaimView[];
  numbers?: SourceNumbers;
};

/**
 * "What federal lists say": each list's statement and its own criteria, attributed to its author. The
 * wording stays theirs; Footnote never labels a jurisdiction itself.
 */
export default function ClaimsSection({ claims, numbers }: ClaimsSectionProps) {
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">What federal lists say</h3>
      <ul class="fn-items">
        {claims.map((c) => (
          <li key={c.id} class="fn-claim">
            <strong>
              {c.claimant}: {c.title}
              {c.about && ` — about ${c.about}`}
            </strong>
            <p class="fn-meta">
              <FormattedDate date={c.date} />
              {c.withdrawn && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span class="fn-badge fn-badge-warn">
                    Withdrawn <FormattedDate date={c.withdrawn} />
                  </span>
                </>
              )}
            </p>
            <p>
              {c.statement.text} <SourceRefs sources={c.statement.sources} numbers={numbers} />
            </p>
            <p class="fn-claim-criteria">
              The list's criteria: {c.criteria.text} <SourceRefs sources={c.criteria.sources} numbers={numbers} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
