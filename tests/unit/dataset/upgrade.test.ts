/**
 * Upgrades from every earlier release: a database left by schema v1, v2 or v3 (with the reader's data
 * and an old dataset) opened by the current code keeps the reader's data and gets the bundled dataset.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetPersisted, ensureDataset } from '../../../lib/background/dataset-provider';
import { folderReader } from '../../../lib/cli/file-dataset';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import { storedDatasetIntact, storedDatasetVersion } from '../../../lib/dataset/load';
import { listLibrary, markSeen, saveItem, addNote } from '../../../lib/library/library';
import { bundledDataset } from '../helpers';
import { OLD_DATASET_VERSION, OLD_USER_DATA, oldDatasetRows, openAtVersion } from './schema-history';

let name: string;
let counter = 0;
let db: FootnoteDatabase | undefined;

beforeEach(() => {
  name = `footnote-upgrade-${++counter}`;
});
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** Leaves database `name` as release `version` would have: user data plus an old dataset. */
async function writeOldRelease(version: number): Promise<void> {
  const old = openAtVersion(name, version);
  await old.open();
  await old.table('saved').bulkAdd(OLD_USER_DATA.saved);
  await old.table('notes').bulkAdd(OLD_USER_DATA.notes);
  for (const [table, rows] of Object.entries(oldDatasetRows(version))) await old.table(table).bulkAdd(rows);
  old.close();
}

describe.each([1, 2, 3])('upgrading from schema v%i', (version) => {
  it('keeps the reader’s saved items and notes, and replaces the old dataset with the bundled one', async () => {
    await writeOldRelease(version);
    const bundled = await bundledDataset();

    db = new FootnoteDatabase(name);
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();

    expect(db.verno).toBe(4);
    expect(await db.saved.toArray()).toEqual(OLD_USER_DATA.saved);
    // Notes gained a creation date, taken from their last edit.
    expect(await db.notes.toArray()).toEqual(OLD_USER_DATA.notes.map((n) => ({ ...n, createdAt: n.updatedAt })));
    expect(await db.seen.count()).toBe(0);

    expect(await storedDatasetVersion(db)).toBe(bundled.manifest.version);
    expect(await storedDatasetIntact(db, bundled.manifest.version)).toBe(true);
    expect(await db.laws.get('law-old-only')).toBeUndefined();
    expect(await db.sources.get('src-old-only')).toBeUndefined();
    expect(await db.jurisdictions.get('us-old-only')).toBeUndefined();
    expect(await db.agreements.get('agr-old-only')).toBeUndefined();
    expect(await db.laws.count()).toBe(bundled.laws.length);
    expect(await db.agreements.count()).toBe(bundled.agreements.length);
    expect(await db.claims.count()).toBe(bundled.claims.length);
  });
});

describe('a dataset-version upgrade', () => {
  it('replaces the dataset tables and leaves the library as it was', async () => {
    db = new FootnoteDatabase(name);
    const bundled = await bundledDataset();
    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    const law = await saveItem(db, { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' });
    await addNote(db, law.id, 'Read section 7284.6 first.');
    await saveItem(db, {
      kind: 'article',
      ref: 'https://news.example/story',
      title: 'A story',
      jurisdiction: 'Glendale, California',
    });
    await markSeen(db, 'https://news.example/story');
    const libraryBefore = await listLibrary(db);
    const seenBefore = await db.seen.toArray();

    // The store as the previous dataset version left it: an older version, and a record since removed.
    await db.meta.put({ key: 'datasetVersion', value: OLD_DATASET_VERSION });
    await db.laws.put({ ...bundled.laws[0]!, id: 'law-removed-since' });

    await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(await storedDatasetVersion(db)).toBe(bundled.manifest.version);
    expect(await db.laws.get('law-removed-since')).toBeUndefined();
    expect(await db.laws.count()).toBe(bundled.laws.length);
    expect(await listLibrary(db)).toEqual(libraryBefore);
    expect(await db.seen.toArray()).toEqual(seenBefore);
  });
});
