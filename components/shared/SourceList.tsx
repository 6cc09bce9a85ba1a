import type { SourceLink } from '@/lib/context/model';
import { sourceKindLabel } from '@/lib/format/labels';
import ExternalLink from './ExternalLink';
import FormattedDate from './FormattedDate';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SourceList}. */
export type SourceListProps = {
  /** Already in display order (see orderSources); an entry's number is its position. */
  sources: readonly SourceLink[];
};

/** The Sources section: each source numbered, with publisher, date, kind and a "Primary" badge where it applies. */
export default function SourceList({ sources }: SourceListProps) {
  if (sources.length === 0) return null;
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{t('sharedSources')}</h3>
      <ol class="fn-sources">
        {sources.map((source, index) => (
          <li key={source.id} class="fn-source">
            {/* Written out rather than left to list-style, so it visibly matches the [n] links above. */}
            <span class="fn-source-num">{index + 1}.</span>
            <div class="fn-source-body">
              <ExternalLink href={source.url} class="fn-source-title">
                {source.title}
              </ExternalLink>
              <span class="fn-source-meta">
                {source.primary && <span class="fn-badge fn-badge-primary">{t('sharedPrimary')}</span>}
                <span>{source.publisher}</span>
                {source.date && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <FormattedDate date={source.date} />
                  </>
                )}
                <span aria-hidden="true"> · </span>
                <span>{sourceKindLabel(source.kind)}</span>
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
