/**
 * Fixtures of every earlier database schema, exactly as released, so upgrade tests open a database the
 * way an older Footnote left it. Add the previous version here whenever lib/dataset/db.ts gains one.
 */
import { Dexie } from 'dexie';

/** The stores of each released schema version, in order. */
export const SCHEMA_HISTORY: Record<number, Record<string, string>> = {
  1: {
    meta: 'key',
    sources: 'id',
    jurisdictions: 'id, state, type',
    laws: 'id, jurisdiction',
    cases: 'id',
    decisions: 'id, jurisdiction, date',
    saved: '++id, &[kind+ref], savedAt',
    notes: '++id, savedId',
  },
  2: {
    agreements: 'id, jurisdiction, state',
    claims: 'id, jurisdiction',
  },
  3: {
    jurisdictions: 'id',
    laws: 'id',
    decisions: 'id',
    agreements: 'id',
    claims: 'id',
  },
};

/** Opens database `name` at schema `version` as that release declared it. */
export function openAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMA_HISTORY[v]!);
  return db;
}

/** The user's data an older release could hold: a saved law, a saved article, and notes on both. */
export const OLD_USER_DATA = {
  saved: [
    { id: 1, kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54', savedAt: '2026-01-05T09:00:00.000Z' },
    {
      id: 2,
      kind: 'article',
      ref: 'https://news.example/glendale-ice-contract',
      title: 'Glendale ends its jail contract with ICE',
      savedAt: '2026-02-10T18:30:00.000Z',
    },
  ],
  notes: [
    { id: 1, savedId: 1, text: 'Compare with AB 103.', updatedAt: '2026-01-05T09:05:00.000Z' },
    { id: 2, savedId: 2, text: 'Ask the city for the 2007 agreement.', updatedAt: '2026-02-11T08:00:00.000Z' },
  ],
};

/** A dataset an older release had installed: a version long gone and records the current one lacks. */
export const OLD_DATASET_VERSION = '2025.01.01-1';
export function oldDatasetRows(version: number): Record<string, object[]> {
  const source = {
    id: 'src-old-only',
    title: 'A source only the old dataset had',
    publisher: 'Test',
    kind: 'report',
    url: 'https://example.org/old',
    primary: false,
    asOf: '2025-01-01',
  };
  const rows: Record<string, object[]> = {
    meta: [
      { key: 'datasetVersion', value: OLD_DATASET_VERSION },
      { key: 'datasetAsOf', value: '2025-01-01' },
      { key: 'datasetFiles', value: '["federal"]' },
    ],
    sources: [source],
    laws: [{ id: 'law-old-only', title: 'A law only the old dataset had', jurisdiction: 'us' }],
    jurisdictions: [{ id: 'us-old-only', name: 'Old Only', type: 'city', state: 'CA' }],
    cases: [],
    decisions: [],
  };
  if (version >= 2) rows.agreements = [{ id: 'agr-old-only', jurisdiction: 'us-old-only', state: 'CA' }];
  return rows;
}
