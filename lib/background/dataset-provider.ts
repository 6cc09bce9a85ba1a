/**
 * Makes sure IndexedDB holds the bundled dataset, then serves it from memory for the life of the
 * service worker. A version change reloads the dataset tables; the user's tables are never touched.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { getDatabase, type FootnoteDatabase } from '../dataset/db';
import { readDataset, type DatasetReader } from '../dataset/files';
import { loadDataset, readStoredDataset, storedDatasetVersion } from '../dataset/load';
import type { Dataset, DatasetManifest } from '../dataset/schema';
import { FootnoteService } from '../service/footnote-service';

/** Reads `public/dataset/<name>.json` from inside the extension package. */
export const bundledDatasetReader: DatasetReader = async (name) => {
  // runtime.getURL points into the extension's own package: no network is involved.
  const response = await fetch(browser.runtime.getURL(`/dataset/${name}.json` as PublicPath));
  if (!response.ok) throw new Error(`Could not read the bundled dataset file ${name}.json (${response.status}).`);
  return response.json() as Promise<unknown>;
};

/** Brings IndexedDB up to the bundled version and returns the dataset. */
export async function ensureDataset(db: FootnoteDatabase, read: DatasetReader): Promise<Dataset> {
  const manifest = (await read('manifest')) as DatasetManifest;
  if ((await storedDatasetVersion(db)) === manifest.version) {
    const stored = await readStoredDataset(db);
    if (stored) return stored;
  }
  const dataset = await readDataset(read);
  await loadDataset(db, dataset);
  return dataset;
}

let service: Promise<FootnoteService> | undefined;

/** The service over the current dataset, created once per service-worker start; a failure is retried next call. */
export function getService(
  db: FootnoteDatabase = getDatabase(),
  read: DatasetReader = bundledDatasetReader,
): Promise<FootnoteService> {
  service ??= ensureDataset(db, read)
    .then((dataset) => new FootnoteService(dataset))
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
