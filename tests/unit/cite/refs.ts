/** Records the citation tests cite: real ones from the bundled dataset, covering every kind of work. */
import type { DatasetIndex, RecordRef } from '@/lib/dataset/dataset-index';
import type { SourceKind } from '@/lib/dataset/schema';

export const SB54 = 'law-ca-sb54-2017';
export const PRINTZ = 'case-printz-v-united-states-1997';
export const NBC_GLENDALE = 'src-nbcla-2025-06-09-glendale-terminates-ice-contract';
export const GLENDALE_DECISION = 'dec-us-ca-glendale-2025-06-ice-jail-contract-ended';

/** The first source of each kind, by id. */
export function firstSourceOfEachKind(data: DatasetIndex): Map<SourceKind, string> {
  const byKind = new Map<SourceKind, string>();
  for (const s of data.dataset.sources) if (!byKind.has(s.kind)) byKind.set(s.kind, s.id);
  return byKind;
}

/**
 * A law split into code and section, one kept whole, a directive, a reported case, a docket-numbered
 * one and a slip opinion, one source of each kind, and two dated 287(g) agreements: every shape of work.
 */
export function representativeRefs(data: DatasetIndex): RecordRef[] {
  return [
    ...[SB54, 'law-us-eo-13768-2017', 'law-us-secure-communities-pep-2014'].map((id): RecordRef => ({
      kind: 'law',
      id,
    })),
    ...[PRINTZ, 'case-miranda-olivares-v-clackamas-county-2014', 'case-united-states-v-texas-sb4-2025'].map(
      (id): RecordRef => ({ kind: 'case', id }),
    ),
    ...[...firstSourceOfEachKind(data).values()].map((id): RecordRef => ({ kind: 'source', id })),
    ...data.dataset.agreements
      .filter((a) => a.signed)
      .slice(0, 2)
      .map((a): RecordRef => ({ kind: 'agreement', id: a.id })),
  ];
}

/** Every source, law, case and agreement in the dataset. */
export function allWorkRefs(data: DatasetIndex): RecordRef[] {
  const { sources, laws, cases, agreements } = data.dataset;
  return [
    ...sources.map((r): RecordRef => ({ kind: 'source', id: r.id })),
    ...laws.map((r): RecordRef => ({ kind: 'law', id: r.id })),
    ...cases.map((r): RecordRef => ({ kind: 'case', id: r.id })),
    ...agreements.map((r): RecordRef => ({ kind: 'agreement', id: r.id })),
  ];
}
