import type { SourceLink } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { formatDate } from '@/lib/format/date';
import ExternalLink from './ExternalLink';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SourceRefs}. */
export type SourceRefsProps = {
  sources: readonly SourceLink[];
  /** Numbers matching the Sources list on screen; without them the refs count from 1. */
  numbers?: SourceNumbers;
};

/** The small numbered source links after a sentence, so every claim is one click from its source. */
export default function SourceRefs({ sources, numbers }: SourceRefsProps) {
  if (sources.length === 0) return null;
  return (
    <span class="fn-refs">
      {sources.map((source, index) => {
        const n = numbers?.get(source.id) ?? index + 1;
        const detail = [source.publisher, source.date ? formatDate(source.date) : ''].filter(Boolean).join(', ');
        return (
          <ExternalLink
            key={source.id}
            href={source.url}
            class="fn-ref"
            title={`${source.title} (${detail})`}
            aria-label={t('sharedSourceRef', n, source.title, detail)}
          >
            {n}
          </ExternalLink>
        );
      })}
    </span>
  );
}
