/**
 * Makes sure IndexedDB holds the bundled dataset, then serves it from memory for the life of the
 * service worker. A version change reloads the dataset tables; the user's tables are never touched.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { getDatabase, type FootnoteDatabase } from '../dataset/db';
import { readDataset, type DatasetReader } from '../dataset/files';
import { loadDataset, readStoredDataset, storedDatasetIntact } from '../dataset/load';
import type { Dataset, DatasetManifest } from '../dataset/schema';
import { FootnoteService } from '../service/footnote-service';

/** Reads `public/dataset/<name>.json` from inside the extension package. */
export const bundledDatasetReader: DatasetReader = async (name) => {
  // runtime.getURL points into the extension's own package: no network is involved.
  const response = await fetch(browser.runtime.getURL(`/dataset/${name}.json` as PublicPath));
  if (!response.ok) throw new Error(`Could not read the bundled dataset file ${name}.json (${response.status}).`);
  return response.json() as Promise<unknown>;
};

/** How the dataset came to be in memory this time, for the options page and the benchmark. */
export interface LoadReport {
  version: string;
  /** True when the bundled files were written into IndexedDB; false when they were already there. */
  installed: boolean;
  /** Milliseconds: writing the dataset into IndexedDB when installed, reading it back otherwise. */
  ms: number;
}

let lastLoad: LoadReport | undefined;

/** The report of the most recent successful load in this service worker, if any. */
export function lastLoadReport(): LoadReport | undefined {
  return lastLoad;
}

/** The write into IndexedDB still running, if any (tests and the benchmark wait on it). */
let persisting: Promise<void> | undefined;

/** Resolves when the latest dataset write into IndexedDB has finished (or at once if none is running). */
export function datasetPersisted(): Promise<void> {
  return persisting ?? Promise.resolve();
}

/** How long the IndexedDB write waits after an install, so the first articles are answered first. */
export const PERSIST_DELAY_MS = 1500;

/** How many times one service worker tries to write a new dataset version before leaving it to the next start. */
export const PERSIST_ATTEMPTS = 3;

/**
 * Returns the dataset and brings IndexedDB up to the bundled version.
 *
 * The working copy always comes from the extension's own files: reading them is faster than reading
 * thousands of records back out of IndexedDB (about 280 ms against 460 ms in Chromium here). When
 * IndexedDB already holds this version completely, the files were validated when it was installed. When
 * it does not (a new version, or a load that never finished), they are validated now, returned at once,
 * and written into IndexedDB in one transaction a moment later, so the first article after an install
 * does not wait for the write. Should the packaged files be unreadable or invalid, the last complete
 * dataset in IndexedDB answers instead; with neither, this rejects and the next call tries again.
 */
export async function ensureDataset(
  db: FootnoteDatabase,
  read: DatasetReader,
  persistDelayMs = PERSIST_DELAY_MS,
): Promise<Dataset> {
  const started = performance.now();
  let dataset: Dataset;
  let alreadyStored: boolean;
  try {
    const manifest = (await read('manifest')) as DatasetManifest;
    alreadyStored = typeof manifest?.version === 'string' && (await storedDatasetIntact(db, manifest.version));
    dataset = await readDataset(read, { validate: !alreadyStored });
  } catch (error) {
    // An unreadable database must not hide the package's own error, which says what is wrong.
    const stored = await storedDatasetIntact(db)
      .then((intact) => (intact ? readStoredDataset(db) : undefined))
      .catch(() => undefined);
    if (!stored) throw error;
    console.warn('Footnote: the packaged dataset could not be read; using the one stored earlier.', error);
    lastLoad = { version: stored.manifest.version, installed: false, ms: performance.now() - started };
    return stored;
  }
  if (alreadyStored) {
    lastLoad = { version: dataset.manifest.version, installed: false, ms: performance.now() - started };
    return dataset;
  }
  persisting = persist(db, dataset, persistDelayMs);
  return dataset;
}

/** Writes `dataset` after `delayMs`, trying again a few times; the previous dataset stays whole meanwhile. */
async function persist(db: FootnoteDatabase, dataset: Dataset, delayMs: number): Promise<void> {
  for (let attempt = 1; attempt <= PERSIST_ATTEMPTS; attempt++) {
    await new Promise<void>((resolve) => setTimeout(resolve, delayMs * attempt));
    const writeStarted = performance.now();
    try {
      await loadDataset(db, dataset);
      lastLoad = { version: dataset.manifest.version, installed: true, ms: performance.now() - writeStarted };
      return;
    } catch (error) {
      // One transaction: nothing of this attempt was kept. The working copy keeps answering.
      const next = attempt < PERSIST_ATTEMPTS ? 'trying again' : 'will try again at the next start';
      console.warn(`Footnote: could not store the dataset in IndexedDB; ${next}.`, error);
    }
  }
}

let service: Promise<FootnoteService> | undefined;

/** The service over the current dataset, created once per service-worker start; a failure is retried next call. */
export function getService(
  db: FootnoteDatabase = getDatabase(),
  read: DatasetReader = bundledDatasetReader,
): Promise<FootnoteService> {
  service ??= ensureDataset(db, read)
    .then((dataset) => {
      const ready = new FootnoteService(dataset);
      // The lookup's index builds in the background, after the first article has been answered.
      setTimeout(() => ready.warmUp(), 0);
      return ready;
    })
    .catch((error: unknown) => {
      service = undefined;
      throw error;
    });
  return service;
}

/** Forgets the in-memory service, so the next call reloads (after an update, and in tests). */
export function resetService(): void {
  service = undefined;
}
