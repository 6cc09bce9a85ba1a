import type { DatasetStats, Result } from '@/lib/messaging';
import { formatDate } from '@/lib/format/date';
import { currentLocale, t, type MessageKey } from '@/lib/i18n/translate';

/** Props for {@link DatasetInfo}. */
export type DatasetInfoProps = {
  stats: Result<DatasetStats> | undefined;
};

const ROWS: [key: string, label: MessageKey][] = [
  ['states', 'optionsCountStates'],
  ['laws', 'optionsCountLaws'],
  ['cases', 'optionsCountCases'],
  ['decisions', 'optionsCountDecisions'],
  ['agreements287g', 'optionsCountAgreements'],
  ['claims', 'optionsCountClaims'],
  ['sources', 'optionsCountSources'],
];

/** The bundled dataset's version, date and counts. */
export default function DatasetInfo({ stats }: DatasetInfoProps) {
  return (
    <section class="op-section" aria-labelledby="op-dataset-heading">
      <h2 id="op-dataset-heading">{t('optionsDatasetHeading')}</h2>
      {!stats && <p class="op-hint">{t('optionsLoading')}</p>}
      {stats && !stats.ok && (
        <p class="op-error" role="alert">
          {t('optionsDatasetFailed', stats.error)}
        </p>
      )}
      {stats?.ok && (
        <>
          <p>{t('optionsDatasetVersion', stats.value.version, formatDate(stats.value.asOf))}</p>
          <dl class="op-counts">
            {ROWS.filter(([key]) => stats.value.counts[key] !== undefined).map(([key, label]) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>{stats.value.counts[key]!.toLocaleString(currentLocale() === 'es' ? 'es-US' : 'en-US')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
