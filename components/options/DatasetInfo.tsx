import type { DatasetStats, Result } from '@/lib/messaging';
import { formatDate } from '@/lib/format/date';

/** Props for {@link DatasetInfo}. */
export type DatasetInfoProps = {
  stats: Result<DatasetStats> | undefined;
};

const ROWS: [key: string, label: string][] = [
  ['states', 'States and D.C.'],
  ['laws', 'Laws, orders and directives'],
  ['cases', 'Court decisions'],
  ['decisions', 'Dated decisions'],
  ['agreements287g', '287(g) agreements'],
  ['claims', 'Claims by federal lists'],
  ['sources', 'Sources'],
];

/** The bundled dataset's version, date and counts. */
export default function DatasetInfo({ stats }: DatasetInfoProps) {
  return (
    <section class="op-section" aria-labelledby="op-dataset-heading">
      <h2 id="op-dataset-heading">Dataset</h2>
      {!stats && <p class="op-hint">Loading…</p>}
      {stats && !stats.ok && (
        <p class="op-error" role="alert">
          The dataset could not be read: {stats.error}
        </p>
      )}
      {stats?.ok && (
        <>
          <p>
            Version {stats.value.version}, as of {formatDate(stats.value.asOf)}. Everything Footnote shows comes from
            this dataset, bundled with the extension; nothing is fetched from the network.
          </p>
          <dl class="op-counts">
            {ROWS.filter(([key]) => stats.value.counts[key] !== undefined).map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{stats.value.counts[key]!.toLocaleString('en-US')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
