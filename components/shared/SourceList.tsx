import { useState } from 'preact/hooks';
import type { SourceLink } from '@/lib/context/model';
import { sourceKindLabel } from '@/lib/format/labels';
import ExternalLink from './ExternalLink';
import FormattedDate from './FormattedDate';
import ShowAllToggle from './ShowAllToggle';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SourceList}. */
export type SourceListProps = {
  /** Already in display order (see orderSources); an entry's number is its position. */
  sources: readonly SourceLink[];
  /**
   * Sources listed before "Show all" (all of them when absent). The sidebar folds a long list: every
   * citation above already links to its source, and a list of forty sources is most of what a page would
   * otherwise have to lay out.
   */
  shown?: number;
};

const LIST_ID = 'fn-sources';

/** The Sources section: each source numbered, with publisher, date, kind and a "Primary" badge where it applies. */
export default function SourceList({ sources, shown }: SourceListProps) {
  const [all, setAll] = useState(false);
  if (sources.length === 0) return null;
  const folds = shown !== undefined && sources.length > shown;
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{t('sharedSources')}</h3>
      <ol id={LIST_ID} class="fn-sources">
        {(folds && !all ? sources.slice(0, shown) : sources).map((source, index) => (
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
      {folds && (
        <ShowAllToggle
          expanded={all}
          count={sources.length}
          noun={t('sharedNounSources')}
          controls={LIST_ID}
          onToggle={() => setAll(!all)}
        />
      )}
    </section>
  );
}
