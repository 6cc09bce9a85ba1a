/**
 * Interrupted and corrupt dataset loads: a failed write keeps the previous complete dataset (or none),
 * is noticed at the next start and done again; the background answers from its working copy meanwhile.
 */
import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  datasetPersisted,
  ensureDataset,
  getService,
  PERSIST_ATTEMPTS,
  resetService,
} from '../../../lib/background/dataset-provider';
import { folderReader } from '../../../lib/cli/file-dataset';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import type { DatasetReader } from '../../../lib/dataset/files';
import { loadDataset, storedDatasetIntact, storedDatasetVersion } from '../../../lib/dataset/load';
import { listLibrary, saveItem } from '../../../lib/library/library';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { datasetCopy } from '../helpers';

let db: FootnoteDatabase;
let counter = 0;

beforeEach(() => {
  db = new FootnoteDatabase(`footnote-recovery-${++counter}`);
  resetService();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Installs an earlier dataset version (the bundled records under another version), plus a saved item. */
async function installPrevious(): Promise<string> {
  const previous = await datasetCopy();
  previous.manifest.version = '2025.01.01-1';
  previous.decisions.pop();
  await loadDataset(db, previous);
  await saveItem(db, { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' });
  return previous.manifest.version;
}

/** Makes the first `times` writes into the decisions table fail, as a write cut short would. */
function breakDecisionsTable(times = Infinity): { calls: number } {
  const state = { calls: 0 };
  // Dexie hands out table objects per transaction, so the failure goes on this database's Table class.
  const tableClass = Object.getPrototypeOf(db.decisions) as Table;
  const original = tableClass.bulkAdd;
  vi.spyOn(tableClass, 'bulkAdd').mockImplementation(function (this: Table, ...args: Parameters<Table['bulkAdd']>) {
    if (this.name === 'decisions' && ++state.calls <= times)
      return Promise.reject(new Error('simulated interrupted write'));
    return original.apply(this, args);
  } as Table['bulkAdd']);
  return state;
}

describe('an interrupted dataset write', { timeout: 60_000 }, () => {
  it('keeps the previous complete dataset and the library, and answers from the working copy', async () => {
    const previous = await installPrevious();
    const previousDecisions = await db.decisions.count();
    const broken = breakDecisionsTable();

    const service = new FootnoteService(await ensureDataset(db, folderReader(), 0));
    await datasetPersisted();
    expect(broken.calls).toBe(PERSIST_ATTEMPTS);
    // The working copy answers while IndexedDB still holds the previous version, whole.
    expect((await service.search('SB 54'))[0]).toMatchObject({ id: 'law-ca-sb54-2017' });
    expect(await storedDatasetVersion(db)).toBe(previous);
    expect(await storedDatasetIntact(db, previous)).toBe(true);
    expect(await db.decisions.count()).toBe(previousDecisions);
    expect((await listLibrary(db)).map((e) => e.ref)).toEqual(['law-ca-sb54-2017']);
  });

  it('is tried again within the same start, and succeeds when the store recovers', async () => {
    await installPrevious();
    const broken = breakDecisionsTable(1);
    const dataset = await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(broken.calls).toBe(2);
    expect(await storedDatasetIntact(db, dataset.manifest.version)).toBe(true);
  });

  it('that never finished is noticed at the next start and done again', async () => {
    await installPrevious();
    breakDecisionsTable();
    const dataset = await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await storedDatasetIntact(db, dataset.manifest.version)).toBe(false);

    // Next service-worker start: a fresh database object, nothing broken any more.
    db.close();
    db = new FootnoteDatabase(db.name);
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await storedDatasetVersion(db)).toBe(dataset.manifest.version);
    expect(await storedDatasetIntact(db, dataset.manifest.version)).toBe(true);
    expect(await db.decisions.count()).toBe(dataset.decisions.length);
    expect((await listLibrary(db)).map((e) => e.ref)).toEqual(['law-ca-sb54-2017']);
  });

  it('on a first install leaves no dataset at all rather than part of one', async () => {
    breakDecisionsTable();
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await storedDatasetVersion(db)).toBeUndefined();
    expect(await db.laws.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });
});

describe('a stored dataset that is not whole', { timeout: 60_000 }, () => {
  it('is loaded again when a table lost records under the current version', async () => {
    const dataset = await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    await db.decisions.clear();
    expect(await storedDatasetIntact(db, dataset.manifest.version)).toBe(false);
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await db.decisions.count()).toBe(dataset.decisions.length);
  });

  it('is loaded again when it has no completion marker (written before the marker existed)', async () => {
    const dataset = await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    await db.meta.delete('datasetCounts');
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await storedDatasetIntact(db, dataset.manifest.version)).toBe(true);
  });
});

describe('a corrupt packaged dataset', { timeout: 60_000 }, () => {
  const corrupt =
    (file: string): DatasetReader =>
    async (name) => {
      if (name === file) throw new SyntaxError('Unexpected end of JSON input');
      return folderReader()(name);
    };

  it('falls back to the last complete dataset in IndexedDB, which stays as it was', async () => {
    const previous = await installPrevious();
    const dataset = await ensureDataset(db, corrupt('local/ca'), 0);
    await datasetPersisted();
    expect(dataset.manifest.version).toBe(previous);
    expect(dataset.laws.length).toBeGreaterThan(0);
    expect(await storedDatasetVersion(db)).toBe(previous);
    expect((await new FootnoteService(dataset).search('SB 54'))[0]).toMatchObject({ id: 'law-ca-sb54-2017' });
  });

  it('with nothing stored, fails and is tried again on the next request', async () => {
    await expect(getService(db, corrupt('manifest'))).rejects.toThrow('Unexpected end of JSON input');
    expect(await storedDatasetVersion(db)).toBeUndefined();
    await expect(getService(db, folderReader())).resolves.toBeInstanceOf(FootnoteService);
    await datasetPersisted();
    expect(await storedDatasetIntact(db)).toBe(true);
  });

  it('that fails validation is never written', async () => {
    const previous = await installPrevious();
    const invalid: DatasetReader = async (name) => {
      const file = (await folderReader()(name)) as { laws?: { citation: string }[] };
      if (name === 'federal' && file.laws?.[0]) file.laws[0].citation = '';
      return file;
    };
    const dataset = await ensureDataset(db, invalid, 0);
    await datasetPersisted();
    expect(dataset.manifest.version).toBe(previous);
    expect(await storedDatasetVersion(db)).toBe(previous);
  });
});
