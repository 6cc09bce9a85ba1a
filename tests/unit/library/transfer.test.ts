import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import { addNote, clearLibrary, listLibrary, markSeen, saveItem } from '../../../lib/library/library';
import {
  exportFileName,
  exportLibrary,
  importLibrary,
  LIBRARY_FORMAT,
  parseLibraryDocument,
  type LibraryDocument,
} from '../../../lib/library/transfer';

let db: FootnoteDatabase;
let counter = 0;

beforeEach(() => {
  db = new FootnoteDatabase(`footnote-transfer-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

async function fillLibrary(): Promise<void> {
  const law = await saveItem(
    db,
    { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' },
    new Date('2026-01-01T00:00:00Z'),
  );
  await addNote(db, law.id, 'Compare with AB 103.', new Date('2026-01-01T01:00:00Z'));
  await addNote(db, law.id, 'Section 7284.6 is the core.', new Date('2026-01-01T02:00:00Z'));
  await saveItem(
    db,
    { kind: 'article', ref: 'https://news.example/story', title: 'A story', jurisdiction: 'Glendale, California' },
    new Date('2026-01-03T00:00:00Z'),
  );
  await markSeen(db, 'https://news.example/story', new Date('2026-01-03T00:00:00Z'));
}

/** What the library holds, without database ids (they differ after an import). */
async function contents() {
  const entries = await listLibrary(db);
  return {
    saved: entries.map(({ id: _id, notes, ...rest }) => ({ ...rest, notes: notes.map(({ id: _n, ...n }) => n) })),
    seen: await db.seen.toArray(),
  };
}

describe('export and import', () => {
  it('round-trips the library through the file text', async () => {
    await fillLibrary();
    const before = await contents();
    const doc = await exportLibrary(db, new Date('2026-02-01T00:00:00Z'));
    expect(doc).toMatchObject({ format: LIBRARY_FORMAT, version: 1, exportedAt: '2026-02-01T00:00:00.000Z' });
    const text = JSON.stringify(doc, null, 2);

    await clearLibrary(db);
    expect((await contents()).saved).toEqual([]);
    const parsed = parseLibraryDocument(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importLibrary(db, parsed.value)).toEqual({
      itemsAdded: 2,
      itemsAlreadySaved: 0,
      notesAdded: 2,
      seenAdded: 1,
    });
    expect(await contents()).toEqual(before);
    expect(exportFileName(new Date('2026-11-26T10:00:00Z'))).toBe('footnote-library-2026-11-26.json');
  });

  it('merges into a library that has changed since, without losing or duplicating anything', async () => {
    await fillLibrary();
    const doc = await exportLibrary(db);
    // Since the export: a new note on SB 54, a new saved item, and a later visit to the story.
    const law = (await listLibrary(db)).find((e) => e.ref === 'law-ca-sb54-2017')!;
    await addNote(db, law.id, 'Written after the export.');
    await saveItem(db, { kind: 'case', ref: 'case-new', title: 'A new case' });
    await markSeen(db, 'https://news.example/story', new Date('2026-05-01T00:00:00Z'));
    const before = await contents();

    expect(await importLibrary(db, doc)).toEqual({ itemsAdded: 0, itemsAlreadySaved: 2, notesAdded: 0, seenAdded: 0 });
    expect(await contents()).toEqual(before);
    // Importing twice changes nothing either.
    await importLibrary(db, doc);
    expect(await contents()).toEqual(before);
  });

  it('adds notes the library lacks to items it already has', async () => {
    await fillLibrary();
    const doc = await exportLibrary(db);
    const law = (await listLibrary(db)).find((e) => e.ref === 'law-ca-sb54-2017')!;
    await db.notes.where('savedId').equals(law.id).delete();
    expect(await importLibrary(db, doc)).toMatchObject({ itemsAlreadySaved: 2, notesAdded: 2 });
    expect((await listLibrary(db)).find((e) => e.ref === 'law-ca-sb54-2017')!.notes.map((n) => n.text)).toEqual([
      'Compare with AB 103.',
      'Section 7284.6 is the core.',
    ]);
  });
});

describe('parseLibraryDocument', () => {
  const valid = (): LibraryDocument => ({
    format: 'footnote-library',
    version: 1,
    exportedAt: '2026-02-01T00:00:00.000Z',
    saved: [
      {
        kind: 'law',
        ref: 'law-x',
        title: 'X',
        savedAt: '2026-01-01T00:00:00.000Z',
        notes: [{ text: 'n', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }],
      },
    ],
    seen: [
      { url: 'https://news.example/a', firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-02T00:00:00.000Z' },
    ],
  });
  const errorFor = (value: unknown) => {
    const result = parseLibraryDocument(typeof value === 'string' ? value : JSON.stringify(value));
    return result.ok ? 'accepted' : result.error;
  };

  it('accepts a well-formed document', () => {
    expect(parseLibraryDocument(JSON.stringify(valid()))).toEqual({ ok: true, value: valid() });
  });

  it('refuses files that are not a Footnote library, by saying so', () => {
    expect(errorFor('')).toBe('The file is empty.');
    expect(errorFor('{"format": ')).toBe('The file is not valid JSON.');
    expect(errorFor([1, 2])).toBe('The file is not a Footnote library export.');
    expect(errorFor({ ...valid(), format: 'other' })).toBe('The file is not a Footnote library export.');
    expect(errorFor({ ...valid(), version: '1' })).toBe(
      'The file does not say which version of the library format it uses.',
    );
    expect(errorFor({ ...valid(), version: 2 })).toMatch(/newer version of Footnote \(library format 2\)/);
  });

  it('names each field that is wrong, and where', () => {
    const doc = valid() as unknown as { saved: Record<string, unknown>[]; seen: Record<string, unknown>[] };
    doc.saved[0]!.kind = 'poem';
    doc.saved[0]!.savedAt = 'yesterday';
    (doc.saved[0]!.notes as Record<string, unknown>[])[0]!.text = 7;
    doc.seen[0]!.url = 'javascript:alert(1)';
    doc.saved.push({
      kind: 'article',
      ref: 'https://a.example/x#frag',
      title: 'T',
      savedAt: '2026-01-01',
      notes: [],
      extra: 1,
    });
    const error = errorFor(doc);
    expect(error).toMatch(/^The file is not a valid Footnote library: /);
    expect(error).toContain('saved[0].kind: must be one of law, case, jurisdiction');
    expect(error).toContain('saved[0].savedAt: must be an ISO date');
    expect(error).toContain('saved[0].notes[0].text: must be non-empty text');
    expect(error).toContain('saved[1]: unexpected field "extra"');
    expect(error).toContain('saved[1].ref: must be the article’s http(s) address without a #fragment');
  });

  it('a refused file leaves the library untouched', async () => {
    await fillLibrary();
    const before = await contents();
    const result = parseLibraryDocument(JSON.stringify({ ...valid(), seen: 'none' }));
    expect(result).toEqual({ ok: false, error: 'The file is not a valid Footnote library: seen: must be a list' });
    expect(await contents()).toEqual(before);
  });
});
