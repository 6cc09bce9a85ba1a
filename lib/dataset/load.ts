/**
 * Installs the bundled dataset into IndexedDB when the stored version differs from the bundled one.
 * The replacement happens in one transaction, so a failure (or a service worker stopped mid-write)
 * leaves the previous dataset in place. The version and the record counts are written last, in the same
 * transaction: they are the marker that a load finished, checked at every start.
 */
import type { FootnoteDatabase } from './db';
import { DATASET_TABLES } from './db';
import type { Dataset } from './schema';
import { emptyDataset } from './files';

export const VERSION_KEY = 'datasetVersion';
/** Meta key of the per-table record counts a finished load wrote. */
export const COUNTS_KEY = 'datasetCounts';

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
    if (previousVersion === version && (await storedDatasetIntact(db, version)))
      return { loaded: false, version, previousVersion };
    for (const table of tables) await table.clear();
    for (const name of DATASET_TABLES) await db.table(name).bulkAdd(dataset[name]);
    await db.meta.bulkPut([
      { key: VERSION_KEY, value: version },
      { key: 'datasetAsOf', value: dataset.manifest.asOf },
      { key: 'datasetFiles', value: JSON.stringify(dataset.manifest.files) },
      { key: 'loadedAt', value: new Date().toISOString() },
      { key: COUNTS_KEY, value: JSON.stringify(Object.fromEntries(DATASET_TABLES.map((n) => [n, dataset[n].length]))) },
    ]);
    return previousVersion === undefined ? { loaded: true, version } : { loaded: true, version, previousVersion };
  });
}

/**
 * True when IndexedDB holds `version` completely: its marker is there and every dataset table has the
 * number of records the load wrote. A store from before the marker existed, or one that lost records,
 * is not intact and gets loaded again.
 */
export async function storedDatasetIntact(db: FootnoteDatabase, version?: string): Promise<boolean> {
  const tables = DATASET_TABLES.map((name) => db.table(name));
  return db.transaction('r', [db.meta, ...tables], async () => {
    const stored = await storedDatasetVersion(db);
    if (stored === undefined || (version !== undefined && stored !== version)) return false;
    let counts: unknown;
    try {
      counts = JSON.parse((await db.meta.get(COUNTS_KEY))?.value ?? 'null');
    } catch {
      return false;
    }
    if (typeof counts !== 'object' || counts === null) return false;
    const actual = await Promise.all(tables.map((table) => table.count()));
    return DATASET_TABLES.every((name, i) => (counts as Record<string, unknown>)[name] === actual[i]);
  });
}

/** Reads the whole dataset back out of IndexedDB, as the engine needs it in memory. */
export async function readStoredDataset(db: FootnoteDatabase): Promise<Dataset | undefined> {
  const tables = DATASET_TABLES.map((name) => db.table(name));
  return db.transaction('r', [db.meta, ...tables], async () => {
    const version = await storedDatasetVersion(db);
    if (version === undefined) return undefined;
    const asOf = (await db.meta.get('datasetAsOf'))?.value ?? '';
    const files = JSON.parse((await db.meta.get('datasetFiles'))?.value ?? '[]') as string[];
    const dataset = emptyDataset({ version, asOf, files });
    const contents = await Promise.all(tables.map((table) => table.toArray()));
    DATASET_TABLES.forEach((name, i) => {
      (dataset[name] as unknown[]) = contents[i]!;
    });
    return dataset;
  });
}
