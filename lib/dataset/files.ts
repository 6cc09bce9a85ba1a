/**
 * Reads the dataset's JSON files through a caller-supplied reader, so the background (extension URLs),
 * the CLI and the tests (the file system) share one code path.
 */
import type { Dataset, DatasetFileName, DatasetManifest } from './schema';
import { validateDataset } from './validate';

/** Returns the parsed JSON of `public/dataset/<name>.json`. */
export type DatasetReader = (name: 'manifest' | DatasetFileName) => Promise<unknown>;

export const DATASET_FILES: readonly DatasetFileName[] = ['sources', 'jurisdictions', 'laws', 'cases', 'decisions'];

/** Thrown when the bundled files do not form a sound dataset; the message lists the first problems. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The bundled dataset is invalid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
    this.name = 'DatasetError';
  }
}

/** Reads every file, then validates the whole; throws DatasetError rather than returning a broken dataset. */
export async function readDataset(read: DatasetReader): Promise<Dataset> {
  const manifest = (await read('manifest')) as DatasetManifest;
  const [sources, jurisdictions, laws, cases, decisions] = await Promise.all(DATASET_FILES.map((name) => read(name)));
  const dataset = { manifest, sources, jurisdictions, laws, cases, decisions } as Dataset;
  let problems: string[];
  try {
    problems = validateDataset(dataset);
  } catch (error) {
    // A file of the wrong shape altogether (an object where a list belongs, a missing field list).
    problems = [`malformed dataset file: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
