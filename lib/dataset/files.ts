/**
 * Reads the dataset's JSON files through a caller-supplied reader, so the background (extension URLs),
 * the CLI and the tests (the file system) share one code path. The manifest lists the files; each file
 * contributes records to any of the tables, and the merged whole is validated before anyone sees it.
 */
import { DATASET_TABLE_NAMES, type Dataset, type DatasetFile, type DatasetManifest } from './schema';
import { validateDataset } from './validate';
import { errorMessage } from '../format/error';

/** Returns the parsed JSON of `public/dataset/<name>.json` ("manifest", "federal", "states/ca"). */
export type DatasetReader = (name: string) => Promise<unknown>;

/** Thrown when the bundled files do not form a sound dataset; the message lists the first problems. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The bundled dataset is invalid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
    this.name = 'DatasetError';
  }
}

/** A dataset with every table present and empty. */
export function emptyDataset(manifest: DatasetManifest): Dataset {
  return { manifest, sources: [], jurisdictions: [], laws: [], cases: [], decisions: [], agreements: [], claims: [] };
}

/** Adds one file's records to `dataset`; a file that is not an object of lists is a problem, not a crash. */
export function mergeFile(dataset: Dataset, name: string, file: unknown, problems: string[]): void {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    problems.push(`${name}.json: not an object of tables`);
    return;
  }
  for (const [table, records] of Object.entries(file as DatasetFile)) {
    if (!(DATASET_TABLE_NAMES as readonly string[]).includes(table))
      problems.push(`${name}.json: unknown table "${table}"`);
    else if (!Array.isArray(records)) problems.push(`${name}.json: ${table} is not a list`);
    else (dataset[table as keyof DatasetFile] as unknown[]).push(...records);
  }
}

/**
 * Reads every file, then validates the whole; throws DatasetError rather than returning a broken
 * dataset. `validate: false` skips the record-level checks for files already validated when their
 * version was installed (the shape of each file is still checked).
 */
export async function readDataset(
  read: DatasetReader,
  { validate = true }: { validate?: boolean } = {},
): Promise<Dataset> {
  const manifest = (await read('manifest')) as DatasetManifest;
  if (!manifest || !Array.isArray(manifest.files)) throw new DatasetError(['manifest.json: no list of files']);
  const files = await Promise.all(manifest.files.map((name) => read(name)));
  const dataset = emptyDataset(manifest);
  const problems: string[] = [];
  manifest.files.forEach((name, i) => mergeFile(dataset, name, files[i], problems));
  try {
    if (validate) problems.push(...validateDataset(dataset));
  } catch (error) {
    // Records of the wrong shape altogether (a missing list of provisions, a string where an object belongs).
    problems.push(`malformed record: ${errorMessage(error)}`);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
