/** Reads the bundled dataset from the project's public/dataset folder, for the CLI and the tests. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readDataset, type DatasetReader } from '../dataset/files';
import type { Dataset } from '../dataset/schema';

/** The folder the extension ships its dataset from; FOOTNOTE_DATASET_DIR points the CLI at another. */
export const DATASET_DIR =
  process.env.FOOTNOTE_DATASET_DIR || resolve(import.meta.dirname, '..', '..', 'public', 'dataset');

/** A reader over a folder of dataset JSON files. */
export function folderReader(dir: string = DATASET_DIR): DatasetReader {
  return async (name) => JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as unknown;
}

/** The validated dataset from a folder (the bundled one by default). */
export function loadDatasetFromFolder(dir: string = DATASET_DIR): Promise<Dataset> {
  return readDataset(folderReader(dir));
}
