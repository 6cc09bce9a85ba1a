/**
 * Installs the bundled dataset into IndexedDB when the stored version differs from the bundled one.
 * The replacement happens in one transaction, so a failure leaves the previous dataset in place.
 */
import type { FootnoteDatabase } from './db';
import { DATASET_TABLES } from './db';
import type { Dataset } from './schema';

export const VERSION_KEY = 'datasetVersion';

export interface LoadOutcome {
  /** True when the tables were (re)written; false when the stored version already matched. */
  loaded: boolean;
  version: string;
  previousVersion?: string;
}

/** Returns the dataset version stored in the database, if any. */
export async function storedDatasetVersion(db: FootnoteDatabase): Promise<string | undefined> {
  return (await db.meta.get(VERSION_KEY))?.value;
}

/** Writes `dataset` into the dataset tables unless that version is already there; user tables are untouched. */
export async function loadDataset(db: FootnoteDatabase, dataset: Dataset): Promise<LoadOutcome> {
  const version = dataset.manifest.version;
  const tables = DATASET_TABLES.map((name) => db.table(name));
  return db.transaction('rw', [db.meta, ...tables], async () => {
    const previousVersion = await storedDatasetVersion(db);
    if (previousVersion === version) return { loaded: false, version, previousVersion };
    for (const table of tables) await table.clear();
    await db.sources.bulkAdd(dataset.sources);
    await db.jurisdictions.bulkAdd(dataset.jurisdictions);
    await db.laws.bulkAdd(dataset.laws);
    await db.cases.bulkAdd(dataset.cases);
    await db.decisions.bulkAdd(dataset.decisions);
    await db.meta.bulkPut([
      { key: VERSION_KEY, value: version },
      { key: 'datasetAsOf', value: dataset.manifest.asOf },
      { key: 'loadedAt', value: new Date().toISOString() },
    ]);
    return previousVersion === undefined ? { loaded: true, version } : { loaded: true, version, previousVersion };
  });
}

/** Reads the whole dataset back out of IndexedDB, as the engine needs it in memory. */
export async function readStoredDataset(db: FootnoteDatabase): Promise<Dataset | undefined> {
  return db.transaction('r', [db.meta, db.sources, db.jurisdictions, db.laws, db.cases, db.decisions], async () => {
    const version = await storedDatasetVersion(db);
    if (version === undefined) return undefined;
    const asOf = (await db.meta.get('datasetAsOf'))?.value ?? '';
    const [sources, jurisdictions, laws, cases, decisions] = await Promise.all([
      db.sources.toArray(),
      db.jurisdictions.toArray(),
      db.laws.toArray(),
      db.cases.toArray(),
      db.decisions.toArray(),
    ]);
    return {
      manifest: { version, asOf, files: ['sources', 'jurisdictions', 'laws', 'cases', 'decisions'] },
      sources,
      jurisdictions,
      laws,
      cases,
      decisions,
    };
  });
}
