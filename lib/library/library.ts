/**
 * The reader's library in IndexedDB: saved records and articles, notes on them, and the articles the
 * sidebar was shown on. Every function takes the database, so tests use a fresh one; input comes from
 * other extension contexts, so it is checked here and refused with a LibraryError, never half-written.
 */
import type { FootnoteDatabase, Note, SavedItem, SavedKind } from '../dataset/db';
import { USER_TABLES } from '../dataset/db';
import { RECORD_KINDS } from '../dataset/schema';

/** Every kind of thing a reader can save. */
export const SAVED_KINDS: readonly SavedKind[] = [...RECORD_KINDS, 'article'];

/** Longest title, jurisdiction label and URL kept; longer input is refused rather than cut. */
export const MAX_TITLE_LENGTH = 1000;
export const MAX_URL_LENGTH = 2048;
/** Longest note: generous for a reader's notes, small enough that a pasted book is refused. */
export const MAX_NOTE_LENGTH = 10_000;

/**
 * A second view of the same article within this time is the same reading (a reload, a tab restored),
 * not a return visit, so it does not earn the "seen before" mark.
 */
export const SAME_READING_MS = 30 * 60 * 1000;

/** A request the library refuses; its message is written for the reader. */
export class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** A note as pages show it. */
export interface LibraryNote {
  id: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** A saved item with its notes, as the options page lists it. */
export interface LibraryEntry {
  id: number;
  kind: SavedKind;
  ref: string;
  title: string;
  savedAt: string;
  jurisdiction?: string;
  notes: LibraryNote[];
}

/** What to save: a record (kind and id) or an article (kind "article" and its URL). */
export interface SaveRequest {
  kind: SavedKind;
  ref: string;
  title: string;
  jurisdiction?: string;
}

/** Whether one record or article is saved, and how many notes it carries. */
export interface SavedStatus {
  saved: boolean;
  notes: number;
}

/** True for the kinds in {@link SAVED_KINDS}. */
export function isSavedKind(value: unknown): value is SavedKind {
  return typeof value === 'string' && (SAVED_KINDS as readonly string[]).includes(value);
}

/**
 * The address an article is remembered by: http(s) only, without the fragment (a jump within the page
 * is the same article). Undefined for anything else.
 */
export function articleAddress(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** Checks a save request's kind and reference; returns the reference to store (an article's clean URL). */
function checkedRef(kind: unknown, ref: unknown): { kind: SavedKind; ref: string } {
  if (!isSavedKind(kind)) throw new LibraryError(`Cannot save something of kind "${String(kind)}".`);
  if (kind === 'article') {
    const url = articleAddress(ref);
    if (!url) throw new LibraryError('An article is saved by its web address (http or https).');
    return { kind, ref: url };
  }
  if (typeof ref !== 'string' || ref.trim() === '' || ref.length > MAX_TITLE_LENGTH)
    throw new LibraryError('A saved record needs its id.');
  return { kind, ref };
}

function checkedText(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw new LibraryError(`${what} cannot be empty.`);
  if (value.length > max)
    throw new LibraryError(`${what} is too long (at most ${max.toLocaleString('en-US')} characters).`);
  return value.trim();
}

function noteView(note: Note): LibraryNote {
  return { id: note.id!, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt };
}

function entryView(item: SavedItem, notes: Note[]): LibraryEntry {
  const entry: LibraryEntry = {
    id: item.id!,
    kind: item.kind,
    ref: item.ref,
    title: item.title,
    savedAt: item.savedAt,
    notes: notes.map(noteView).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id),
  };
  if (item.jurisdiction) entry.jurisdiction = item.jurisdiction;
  return entry;
}

/** Saves a record or article; saving one already saved returns it unchanged. */
export async function saveItem(db: FootnoteDatabase, request: SaveRequest, now = new Date()): Promise<LibraryEntry> {
  const { kind, ref } = checkedRef(request?.kind, request?.ref);
  const title = checkedText(request.title, 'A title', MAX_TITLE_LENGTH);
  const jurisdiction =
    typeof request.jurisdiction === 'string' && request.jurisdiction.trim() !== ''
      ? checkedText(request.jurisdiction, 'A jurisdiction', MAX_TITLE_LENGTH)
      : undefined;
  return db.transaction('rw', db.saved, db.notes, async () => {
    const existing = await db.saved.where('[kind+ref]').equals([kind, ref]).first();
    if (existing) return entryView(existing, await db.notes.where('savedId').equals(existing.id!).toArray());
    const item: SavedItem = { kind, ref, title, savedAt: now.toISOString() };
    if (jurisdiction) item.jurisdiction = jurisdiction;
    item.id = await db.saved.add(item);
    return entryView(item, []);
  });
}

/**
 * Removes a saved item. One with notes is kept unless `withNotes` is set, so a toggle pressed in passing
 * cannot throw away what the reader wrote. Resolves to whether something was removed.
 */
export async function unsaveItem(
  db: FootnoteDatabase,
  request: { kind: SavedKind; ref: string; withNotes?: boolean },
): Promise<boolean> {
  const { kind, ref } = checkedRef(request?.kind, request?.ref);
  return db.transaction('rw', db.saved, db.notes, async () => {
    const existing = await db.saved.where('[kind+ref]').equals([kind, ref]).first();
    if (!existing) return false;
    const notes = db.notes.where('savedId').equals(existing.id!);
    if (!request.withNotes && (await notes.count()) > 0)
      throw new LibraryError('This item has notes. Remove it from the library on the options page to delete them too.');
    await notes.delete();
    await db.saved.delete(existing.id!);
    return true;
  });
}

/** Removes a saved item by its id, with its notes (the options page, after the reader confirmed). */
export async function removeEntry(db: FootnoteDatabase, id: unknown): Promise<boolean> {
  if (typeof id !== 'number') throw new LibraryError('Which saved item? An id is needed.');
  return db.transaction('rw', db.saved, db.notes, async () => {
    if (!(await db.saved.get(id))) return false;
    await db.notes.where('savedId').equals(id).delete();
    await db.saved.delete(id);
    return true;
  });
}

/** Whether a record or article is saved. */
export async function savedStatus(db: FootnoteDatabase, kind: unknown, ref: unknown): Promise<SavedStatus> {
  const checked = checkedRef(kind, ref);
  return db.transaction('r', db.saved, db.notes, async () => {
    const existing = await db.saved.where('[kind+ref]').equals([checked.kind, checked.ref]).first();
    if (!existing) return { saved: false, notes: 0 };
    return { saved: true, notes: await db.notes.where('savedId').equals(existing.id!).count() };
  });
}

/** Every saved item with its notes, most recently saved first. */
export async function listLibrary(db: FootnoteDatabase): Promise<LibraryEntry[]> {
  const [items, notes] = await db.transaction('r', db.saved, db.notes, () =>
    Promise.all([db.saved.toArray(), db.notes.toArray()]),
  );
  const bySaved = new Map<number, Note[]>();
  for (const note of notes) bySaved.set(note.savedId, [...(bySaved.get(note.savedId) ?? []), note]);
  return items
    .map((item) => entryView(item, bySaved.get(item.id!) ?? []))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id - a.id);
}

/** Adds a note to a saved item. */
export async function addNote(
  db: FootnoteDatabase,
  savedId: unknown,
  text: unknown,
  now = new Date(),
): Promise<LibraryNote> {
  const body = checkedText(text, 'A note', MAX_NOTE_LENGTH);
  if (typeof savedId !== 'number') throw new LibraryError('Which saved item? An id is needed.');
  return db.transaction('rw', db.saved, db.notes, async () => {
    if (!(await db.saved.get(savedId))) throw new LibraryError('That item is no longer in the library.');
    const stamp = now.toISOString();
    const note: Note = { savedId, text: body, createdAt: stamp, updatedAt: stamp };
    note.id = await db.notes.add(note);
    return noteView(note);
  });
}

/** Replaces a note's text. */
export async function editNote(
  db: FootnoteDatabase,
  id: unknown,
  text: unknown,
  now = new Date(),
): Promise<LibraryNote> {
  const body = checkedText(text, 'A note', MAX_NOTE_LENGTH);
  if (typeof id !== 'number') throw new LibraryError('Which note? An id is needed.');
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new LibraryError('That note no longer exists.');
    const next = { ...note, text: body, updatedAt: now.toISOString() };
    await db.notes.put(next);
    return noteView(next);
  });
}

/** Deletes a note; resolves to whether it existed. */
export async function deleteNote(db: FootnoteDatabase, id: unknown): Promise<boolean> {
  if (typeof id !== 'number') throw new LibraryError('Which note? An id is needed.');
  return db.transaction('rw', db.notes, async () => {
    if (!(await db.notes.get(id))) return false;
    await db.notes.delete(id);
    return true;
  });
}

/**
 * Records that the sidebar was shown on `url`. Resolves to the date of the previous reading when this is
 * a return visit (an earlier reading, not a reload within {@link SAME_READING_MS}), otherwise undefined.
 */
export async function markSeen(db: FootnoteDatabase, url: unknown, now = new Date()): Promise<string | undefined> {
  const address = articleAddress(url);
  if (!address) return undefined;
  const stamp = now.toISOString();
  return db.transaction('rw', db.seen, async () => {
    const previous = await db.seen.get(address);
    await db.seen.put({ url: address, firstSeen: previous?.firstSeen ?? stamp, lastSeen: stamp });
    if (!previous) return undefined;
    const earlier = Date.parse(previous.lastSeen);
    return now.getTime() - earlier >= SAME_READING_MS ? previous.lastSeen : undefined;
  });
}

/** How much the library holds, for the options page. */
export async function libraryCounts(db: FootnoteDatabase): Promise<{ saved: number; notes: number; seen: number }> {
  const [saved, notes, seen] = await db.transaction('r', db.saved, db.notes, db.seen, () =>
    Promise.all([db.saved.count(), db.notes.count(), db.seen.count()]),
  );
  return { saved, notes, seen };
}

/** Empties the reader's tables (saved items, notes, seen articles) in one go; the dataset is untouched. */
export async function clearLibrary(db: FootnoteDatabase): Promise<void> {
  const tables = USER_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}
