import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import {
  addNote,
  articleAddress,
  clearLibrary,
  deleteNote,
  editNote,
  LibraryError,
  libraryCounts,
  listLibrary,
  markSeen,
  removeEntry,
  SAME_READING_MS,
  saveItem,
  savedStatus,
  unsaveItem,
} from '../../../lib/library/library';

let db: FootnoteDatabase;
let counter = 0;
const at = (iso: string) => new Date(iso);

beforeEach(() => {
  db = new FootnoteDatabase(`footnote-library-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saving', () => {
  it('saves records of any kind and articles, newest first, once each', async () => {
    await saveItem(db, { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' }, at('2026-01-01T00:00:00Z'));
    await saveItem(
      db,
      {
        kind: 'article',
        ref: 'https://news.example/story#comments',
        title: ' A story ',
        jurisdiction: 'Glendale, California',
      },
      at('2026-01-02T00:00:00Z'),
    );
    const again = await saveItem(db, { kind: 'law', ref: 'law-ca-sb54-2017', title: 'Other title' });
    expect(again.title).toBe('SB 54');
    expect(await listLibrary(db)).toEqual([
      {
        id: 2,
        kind: 'article',
        ref: 'https://news.example/story',
        title: 'A story',
        savedAt: '2026-01-02T00:00:00.000Z',
        jurisdiction: 'Glendale, California',
        notes: [],
      },
      { id: 1, kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54', savedAt: '2026-01-01T00:00:00.000Z', notes: [] },
    ]);
    expect(await savedStatus(db, 'article', 'https://news.example/story')).toEqual({ saved: true, notes: 0 });
    expect(await savedStatus(db, 'case', 'case-none')).toEqual({ saved: false, notes: 0 });
  });

  it('refuses bad requests with a clear error and writes nothing', async () => {
    await expect(saveItem(db, { kind: 'poem' as never, ref: 'x', title: 'x' })).rejects.toThrow(LibraryError);
    await expect(saveItem(db, { kind: 'article', ref: 'javascript:alert(1)', title: 'x' })).rejects.toThrow(
      'An article is saved by its web address (http or https).',
    );
    await expect(saveItem(db, { kind: 'law', ref: 'law-x', title: '   ' })).rejects.toThrow('A title cannot be empty.');
    await expect(saveItem(db, { kind: 'law', ref: '', title: 'x' })).rejects.toThrow('A saved record needs its id.');
    expect(await db.saved.count()).toBe(0);
  });

  it('unsaving keeps an item that has notes unless told to drop them', async () => {
    const item = await saveItem(db, { kind: 'case', ref: 'case-x', title: 'A case' });
    await addNote(db, item.id, 'Holding matters here.');
    await expect(unsaveItem(db, { kind: 'case', ref: 'case-x' })).rejects.toThrow(/has notes/);
    expect(await db.saved.count()).toBe(1);
    expect(await unsaveItem(db, { kind: 'case', ref: 'case-x', withNotes: true })).toBe(true);
    expect(await db.notes.count()).toBe(0);
    expect(await unsaveItem(db, { kind: 'case', ref: 'case-x' })).toBe(false);
  });

  it('removing an entry removes its notes and nothing else', async () => {
    const a = await saveItem(db, { kind: 'law', ref: 'law-a', title: 'A' });
    const b = await saveItem(db, { kind: 'law', ref: 'law-b', title: 'B' });
    await addNote(db, a.id, 'on a');
    await addNote(db, b.id, 'on b');
    expect(await removeEntry(db, a.id)).toBe(true);
    expect((await listLibrary(db)).map((e) => [e.ref, e.notes.map((n) => n.text)])).toEqual([['law-b', ['on b']]]);
    await expect(removeEntry(db, 'one' as never)).rejects.toThrow(LibraryError);
  });
});

describe('notes', () => {
  it('adds, edits and deletes notes on a saved item', async () => {
    const item = await saveItem(db, { kind: 'law', ref: 'law-a', title: 'A' });
    const note = await addNote(db, item.id, ' First thought ', at('2026-03-01T10:00:00Z'));
    expect(note).toEqual({
      id: note.id,
      text: 'First thought',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    const edited = await editNote(db, note.id, 'Second thought', at('2026-03-02T10:00:00Z'));
    expect(edited).toMatchObject({
      text: 'Second thought',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    expect((await listLibrary(db))[0]!.notes).toEqual([edited]);
    expect(await deleteNote(db, note.id)).toBe(true);
    expect(await deleteNote(db, note.id)).toBe(false);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses empty or oversized notes, notes on items not saved, and edits of deleted notes', async () => {
    const item = await saveItem(db, { kind: 'law', ref: 'law-a', title: 'A' });
    await expect(addNote(db, item.id, '')).rejects.toThrow('A note cannot be empty.');
    await expect(addNote(db, item.id, 'x'.repeat(10_001))).rejects.toThrow(/too long/);
    await expect(addNote(db, 999, 'orphan')).rejects.toThrow('That item is no longer in the library.');
    await expect(editNote(db, 999, 'text')).rejects.toThrow('That note no longer exists.');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('seen articles', () => {
  it('marks a return visit with the previous reading, not a reload', async () => {
    const url = 'https://news.example/story?id=3#top';
    expect(await markSeen(db, url, at('2026-04-01T08:00:00Z'))).toBeUndefined();
    // A reload a few minutes later is the same reading.
    expect(await markSeen(db, 'https://news.example/story?id=3', at('2026-04-01T08:05:00Z'))).toBeUndefined();
    const later = new Date(Date.parse('2026-04-01T08:05:00Z') + SAME_READING_MS);
    expect(await markSeen(db, url, later)).toBe('2026-04-01T08:05:00.000Z');
    expect(await db.seen.toArray()).toEqual([
      { url: 'https://news.example/story?id=3', firstSeen: '2026-04-01T08:00:00.000Z', lastSeen: later.toISOString() },
    ]);
  });

  it('ignores addresses that are not web pages', async () => {
    expect(await markSeen(db, 'file:///etc/passwd')).toBeUndefined();
    expect(await markSeen(db, 42)).toBeUndefined();
    expect(await db.seen.count()).toBe(0);
    expect(articleAddress('https://a.example/x#y')).toBe('https://a.example/x');
    expect(articleAddress('chrome://settings')).toBeUndefined();
  });
});

describe('clearing', () => {
  it('empties saved items, notes and seen articles, and leaves the dataset tables alone', async () => {
    await db.laws.add({ id: 'law-kept' } as never);
    await db.meta.put({ key: 'datasetVersion', value: 'v1' });
    const item = await saveItem(db, { kind: 'law', ref: 'law-a', title: 'A' });
    await addNote(db, item.id, 'note');
    await markSeen(db, 'https://news.example/a');
    expect(await libraryCounts(db)).toEqual({ saved: 1, notes: 1, seen: 1 });
    await clearLibrary(db);
    expect(await libraryCounts(db)).toEqual({ saved: 0, notes: 0, seen: 0 });
    expect(await db.laws.count()).toBe(1);
    expect((await db.meta.get('datasetVersion'))?.value).toBe('v1');
  });
});
