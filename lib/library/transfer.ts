/**
 * The library as a file: a versioned JSON document the reader can keep or move to another browser, and
 * its import. Import checks the whole document before writing anything, then merges in one transaction:
 * what the library already holds is kept, and nothing is added twice.
 */
import type { FootnoteDatabase, SavedKind, SeenArticle } from '../dataset/db';
import { USER_TABLES } from '../dataset/db';
import {
  articleAddress,
  isSavedKind,
  listLibrary,
  MAX_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  SAVED_KINDS,
} from './library';

/** Marks a file as a Footnote library, so any other JSON file is refused by name. */
export const LIBRARY_FORMAT = 'footnote-library';
/** Bumped when the document's shape changes; import reads this version and older ones. */
export const LIBRARY_FORMAT_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_IMPORT_CHARACTERS = 20_000_000;
const MAX_ITEMS = 50_000;
const MAX_NOTES_PER_ITEM = 1_000;
const MAX_SEEN = 200_000;

export interface ExportedNote {
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExportedItem {
  kind: SavedKind;
  ref: string;
  title: string;
  savedAt: string;
  jurisdiction?: string;
  notes: ExportedNote[];
}

/** The exported library. Notes sit inside their item, so database ids never appear in the file. */
export interface LibraryDocument {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exportedAt: string;
  saved: ExportedItem[];
  seen: SeenArticle[];
}

/** What an import changed. */
export interface ImportSummary {
  itemsAdded: number;
  /** Items in the file the library already had (their notes may still have been added). */
  itemsAlreadySaved: number;
  notesAdded: number;
  seenAdded: number;
}

export type ParseResult = { ok: true; value: LibraryDocument } | { ok: false; error: string };

/** The whole library as a document. */
export async function exportLibrary(db: FootnoteDatabase, now = new Date()): Promise<LibraryDocument> {
  const [entries, seen] = await Promise.all([listLibrary(db), db.seen.orderBy('lastSeen').toArray()]);
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    saved: entries.map(({ kind, ref, title, savedAt, jurisdiction, notes }) => ({
      kind,
      ref,
      title,
      savedAt,
      ...(jurisdiction ? { jurisdiction } : {}),
      notes: notes.map(({ text, createdAt, updatedAt }) => ({ text, createdAt, updatedAt })),
    })),
    seen: seen.map(({ url, firstSeen, lastSeen }) => ({ url, firstSeen, lastSeen })),
  };
}

/** The file name offered for an export: `footnote-library-2026-11-26.json`. */
export function exportFileName(now = new Date()): string {
  return `footnote-library-${now.toISOString().slice(0, 10)}.json`;
}

/** Collects the problems in a document; stops listing after a few, which is enough to fix a file. */
class Problems {
  readonly list: string[] = [];
  add(path: string, problem: string): void {
    this.list.push(`${path}: ${problem}`);
  }
  get full(): boolean {
    return this.list.length >= 5;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** ISO 8601 timestamps as Footnote writes them (a date, optionally with a time), that a Date can read. */
function isTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.add(path, `unexpected field "${key}"`);
}

function checkText(value: unknown, max: number, path: string, problems: Problems): value is string {
  if (typeof value !== 'string' || value.trim() === '') problems.add(path, 'must be non-empty text');
  else if (value.length > max) problems.add(path, `longer than ${max.toLocaleString('en-US')} characters`);
  else return true;
  return false;
}

function checkItem(raw: unknown, path: string, problems: Problems): void {
  if (!isObject(raw)) return problems.add(path, 'must be an object');
  checkKeys(raw, ['kind', 'ref', 'title', 'savedAt', 'jurisdiction', 'notes'], path, problems);
  if (!isSavedKind(raw.kind)) problems.add(`${path}.kind`, `must be one of ${SAVED_KINDS.join(', ')}`);
  else if (raw.kind === 'article' && articleAddress(raw.ref) !== raw.ref)
    problems.add(`${path}.ref`, 'must be the article’s http(s) address without a #fragment');
  else checkText(raw.ref, MAX_TITLE_LENGTH, `${path}.ref`, problems);
  checkText(raw.title, MAX_TITLE_LENGTH, `${path}.title`, problems);
  if (!isTimestamp(raw.savedAt)) problems.add(`${path}.savedAt`, 'must be an ISO date');
  if (raw.jurisdiction !== undefined) checkText(raw.jurisdiction, MAX_TITLE_LENGTH, `${path}.jurisdiction`, problems);
  if (!Array.isArray(raw.notes)) return problems.add(`${path}.notes`, 'must be a list');
  if (raw.notes.length > MAX_NOTES_PER_ITEM)
    return problems.add(`${path}.notes`, `more than ${MAX_NOTES_PER_ITEM} notes`);
  raw.notes.forEach((note: unknown, i) => {
    const notePath = `${path}.notes[${i}]`;
    if (!isObject(note)) return problems.add(notePath, 'must be an object');
    checkKeys(note, ['text', 'createdAt', 'updatedAt'], notePath, problems);
    checkText(note.text, MAX_NOTE_LENGTH, `${notePath}.text`, problems);
    if (!isTimestamp(note.createdAt)) problems.add(`${notePath}.createdAt`, 'must be an ISO date');
    if (!isTimestamp(note.updatedAt)) problems.add(`${notePath}.updatedAt`, 'must be an ISO date');
  });
}

function checkSeen(raw: unknown, path: string, problems: Problems): void {
  if (!isObject(raw)) return problems.add(path, 'must be an object');
  checkKeys(raw, ['url', 'firstSeen', 'lastSeen'], path, problems);
  if (typeof raw.url !== 'string' || raw.url.length > MAX_URL_LENGTH || articleAddress(raw.url) !== raw.url)
    problems.add(`${path}.url`, 'must be an http(s) address without a #fragment');
  if (!isTimestamp(raw.firstSeen)) problems.add(`${path}.firstSeen`, 'must be an ISO date');
  if (!isTimestamp(raw.lastSeen)) problems.add(`${path}.lastSeen`, 'must be an ISO date');
}

/**
 * Reads an exported file's text. Anything but a complete, well-formed Footnote library is refused with
 * a message saying what is wrong and where; nothing is written by reading.
 */
export function parseLibraryDocument(text: unknown): ParseResult {
  const fail = (error: string): ParseResult => ({ ok: false, error });
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_IMPORT_CHARACTERS) return fail('The file is too large to be a Footnote library.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON.');
  }
  if (!isObject(raw) || raw.format !== LIBRARY_FORMAT) return fail('The file is not a Footnote library export.');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
    return fail('The file does not say which version of the library format it uses.');
  if (raw.version > LIBRARY_FORMAT_VERSION)
    return fail(
      `The file was made by a newer version of Footnote (library format ${raw.version}); this one reads format ${LIBRARY_FORMAT_VERSION}.`,
    );
  const problems = new Problems();
  checkKeys(raw, ['format', 'version', 'exportedAt', 'saved', 'seen'], 'file', problems);
  if (!isTimestamp(raw.exportedAt)) problems.add('exportedAt', 'must be an ISO date');
  if (!Array.isArray(raw.saved)) problems.add('saved', 'must be a list');
  else if (raw.saved.length > MAX_ITEMS) problems.add('saved', `more than ${MAX_ITEMS} items`);
  else for (let i = 0; i < raw.saved.length && !problems.full; i++) checkItem(raw.saved[i], `saved[${i}]`, problems);
  if (!Array.isArray(raw.seen)) problems.add('seen', 'must be a list');
  else if (raw.seen.length > MAX_SEEN) problems.add('seen', `more than ${MAX_SEEN} articles`);
  else for (let i = 0; i < raw.seen.length && !problems.full; i++) checkSeen(raw.seen[i], `seen[${i}]`, problems);
  if (problems.list.length > 0)
    return fail(`The file is not a valid Footnote library: ${problems.list.join('; ')}${problems.full ? '; …' : ''}`);
  return { ok: true, value: raw as unknown as LibraryDocument };
}

/**
 * Merges a parsed document into the library in one transaction. Items already saved are kept as they are
 * and gain only notes they do not have (same text); seen articles keep their earliest and latest dates.
 */
export async function importLibrary(db: FootnoteDatabase, doc: LibraryDocument): Promise<ImportSummary> {
  const summary: ImportSummary = { itemsAdded: 0, itemsAlreadySaved: 0, notesAdded: 0, seenAdded: 0 };
  const tables = USER_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const item of doc.saved) {
      const existing = await db.saved.where('[kind+ref]').equals([item.kind, item.ref]).first();
      let savedId: number;
      if (existing) {
        savedId = existing.id!;
        summary.itemsAlreadySaved++;
      } else {
        const { notes: _notes, ...fields } = item;
        savedId = (await db.saved.add({ ...fields, title: fields.title.trim() }))!;
        summary.itemsAdded++;
      }
      const texts = new Set((await db.notes.where('savedId').equals(savedId).toArray()).map((n) => n.text.trim()));
      for (const note of item.notes) {
        const text = note.text.trim();
        if (texts.has(text)) continue;
        texts.add(text);
        await db.notes.add({ savedId, text, createdAt: note.createdAt, updatedAt: note.updatedAt });
        summary.notesAdded++;
      }
    }
    for (const seen of doc.seen) {
      const existing = await db.seen.get(seen.url);
      if (!existing) summary.seenAdded++;
      await db.seen.put({
        url: seen.url,
        firstSeen: existing && existing.firstSeen < seen.firstSeen ? existing.firstSeen : seen.firstSeen,
        lastSeen: existing && existing.lastSeen > seen.lastSeen ? existing.lastSeen : seen.lastSeen,
      });
    }
  });
  return summary;
}
