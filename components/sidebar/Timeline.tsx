import type { TimelineEntry } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { decisionTypeLabel } from '@/lib/format/labels';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';
import { t } from '@/lib/i18n/translate';

/** Props for {@link Timeline}. */
export type TimelineProps = {
  entries: readonly TimelineEntry[];
  numbers?: SourceNumbers;
};

/** The jurisdiction's decisions, newest first. */
export default function Timeline({ entries, numbers }: TimelineProps) {
  // ISO dates sort as strings; sorting here keeps "newest first" true whatever order the model used.
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{t('sidebarTimelineTitle')}</h3>
      <ol class="fn-timeline">
        {sorted.map((entry) => (
          <li key={entry.id} class="fn-timeline-entry">
            <p class="fn-meta">
              <FormattedDate date={entry.date} />
              <span aria-hidden="true"> · </span>
              {decisionTypeLabel(entry.type)}
            </p>
            <p>
              {entry.headline.text} <SourceRefs sources={entry.headline.sources} numbers={numbers} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
