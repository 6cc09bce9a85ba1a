import type { CaseView } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import ExternalLink from '@/components/shared/ExternalLink';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';
import { t } from '@/lib/i18n/translate';

/** Props for {@link CasesSection}. */
export type CasesSectionProps = {
  cases: readonly CaseView[];
  numbers?: SourceNumbers;
};

/** "Court decisions": each case named and linked to its opinion, with citation, court, date and holding. */
export default function CasesSection({ cases, numbers }: CasesSectionProps) {
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{t('sidebarCasesTitle')}</h3>
      <ul class="fn-items">
        {cases.map((c) => (
          <li key={c.id} class="fn-case">
            <ExternalLink href={c.primarySource.url} class="fn-case-name">
              {c.name}
            </ExternalLink>
            <p class="fn-meta">
              {c.citation}
              <span aria-hidden="true"> · </span>
              {c.court}
              <span aria-hidden="true"> · </span>
              <FormattedDate date={c.date} />
            </p>
            <p>
              {c.holding.text} <SourceRefs sources={c.holding.sources} numbers={numbers} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
