import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import { loadDataset, readStoredDataset, storedDatasetVersion } from '../../../lib/dataset/load';
import type { Dataset } from '../../../lib/dataset/schema';
import { datasetCopy } from '../helpers';

let db: FootnoteDatabase;
let counter = 0;

beforeEach(() => {
  db = new FootnoteDatabase(`footnote-test-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

/** The next dataset version: one law's summary changed and one decision gone. */
async function nextVersion(): Promise<Dataset> {
  const d = await datasetCopy();
  d.manifest.version = `${d.manifest.version}-next`;
  d.laws[0]!.summary.text = 'A changed summary in the next version.';
  d.decisions.pop();
  return d;
}

describe('loadDataset', () => {
  it('installs every record on first load', async () => {
    const d = await datasetCopy();
    const outcome = await loadDataset(db, d);
    expect(outcome).toEqual({ loaded: true, version: d.manifest.version });
    expect(await db.laws.count()).toBe(d.laws.length);
    expect(await db.sources.count()).toBe(d.sources.length);
    expect(await db.decisions.count()).toBe(d.decisions.length);
    expect(await readStoredDataset(db)).toMatchObject({
      manifest: { version: d.manifest.version },
      laws: expect.any(Array),
    });
  });

  it('does nothing when the same version is already stored', async () => {
    const d = await datasetCopy();
    await loadDataset(db, d);
    await db.laws.update(d.laws[0]!.id, { title: 'marker left by the test' });
    const outcome = await loadDataset(db, d);
    expect(outcome.loaded).toBe(false);
    expect((await db.laws.get(d.laws[0]!.id))?.title).toBe('marker left by the test');
  });

  it('replaces the dataset tables on a version change and keeps the user’s saved items and notes', async () => {
    const first = await datasetCopy();
    await loadDataset(db, first);
    const savedId = await db.saved.add({
      kind: 'law',
      ref: 'law-ca-sb54-2017',
      title: 'SB 54',
      savedAt: '2026-11-01T10:00:00Z',
    });
    await db.notes.add({
      savedId: savedId!,
      text: 'Compare with AB 103.',
      createdAt: '2026-11-01T10:01:00Z',
      updatedAt: '2026-11-01T10:01:00Z',
    });

    const next = await nextVersion();
    const outcome = await loadDataset(db, next);
    expect(outcome).toEqual({ loaded: true, version: next.manifest.version, previousVersion: first.manifest.version });
    expect(await storedDatasetVersion(db)).toBe(next.manifest.version);
    expect((await db.laws.get(next.laws[0]!.id))?.summary.text).toBe('A changed summary in the next version.');
    expect(await db.decisions.count()).toBe(first.decisions.length - 1);

    expect(await db.saved.toArray()).toEqual([
      { id: savedId, kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54', savedAt: '2026-11-01T10:00:00Z' },
    ]);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Compare with AB 103.']);
  });

  it('leaves the previous dataset whole when a load fails part-way', async () => {
    const first = await datasetCopy();
    await loadDataset(db, first);
    const broken = await nextVersion();
    // Two decisions with one id: bulkAdd fails after the tables were cleared inside the transaction.
    broken.decisions.push({ ...broken.decisions[0]! });
    await expect(loadDataset(db, broken)).rejects.toThrow();
    expect(await storedDatasetVersion(db)).toBe(first.manifest.version);
    expect(await db.decisions.count()).toBe(first.decisions.length);
    expect(await db.laws.count()).toBe(first.laws.length);
  });
});
