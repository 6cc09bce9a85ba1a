import type { ClaimView } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';
import { t, tAround } from '@/lib/i18n/translate';

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
  const withdrawn = tAround('sidebarClaimWithdrawn');
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{t('sidebarClaimsTitle')}</h3>
      <ul class="fn-items">
        {claims.map((c) => (
          <li key={c.id} class="fn-claim">
            <strong>
              {c.claimant}: {c.title}
              {c.about && t('sidebarClaimAbout', c.about)}
            </strong>
            <p class="fn-meta">
              <FormattedDate date={c.date} />
              {c.withdrawn && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span class="fn-badge fn-badge-warn">
                    {withdrawn[0]}
                    <FormattedDate date={c.withdrawn} />
                    {withdrawn[1]}
                  </span>
                </>
              )}
            </p>
            <p>
              {c.statement.text} <SourceRefs sources={c.statement.sources} numbers={numbers} />
            </p>
            <p class="fn-claim-criteria">
              {t('sidebarClaimCriteria', c.criteria.text)} <SourceRefs sources={c.criteria.sources} numbers={numbers} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
