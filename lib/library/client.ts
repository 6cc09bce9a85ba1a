/** The library as extension pages reach it: every call is a message to the background, which owns the database. */
import type { SavedKind } from '../dataset/db';
import { sendMessage, type Result } from '../messaging';
import type { LibraryEntry, LibraryNote, SavedStatus, SaveRequest } from './library';
import type { ImportSummary, LibraryDocument } from './transfer';

/** What the popup and the options page can ask of the library; components take it as a prop. */
export interface LibraryApi {
  save(request: SaveRequest): Promise<Result<LibraryEntry>>;
  unsave(kind: SavedKind, ref: string): Promise<Result<boolean>>;
  status(kind: SavedKind, ref: string): Promise<Result<SavedStatus>>;
  list(): Promise<Result<LibraryEntry[]>>;
  remove(id: number): Promise<Result<boolean>>;
  addNote(savedId: number, text: string): Promise<Result<LibraryNote>>;
  editNote(id: number, text: string): Promise<Result<LibraryNote>>;
  deleteNote(id: number): Promise<Result<boolean>>;
  exportDocument(): Promise<Result<LibraryDocument>>;
  importText(text: string): Promise<Result<ImportSummary>>;
  clear(): Promise<Result<true>>;
}

/** The library through the message protocol. */
export const messageLibrary: LibraryApi = {
  save: (request) => sendMessage('librarySave', request),
  unsave: (kind, ref) => sendMessage('libraryUnsave', { kind, ref }),
  status: (kind, ref) => sendMessage('libraryStatus', { kind, ref }),
  list: () => sendMessage('libraryList', undefined),
  remove: (id) => sendMessage('libraryRemove', { id }),
  addNote: (savedId, text) => sendMessage('libraryAddNote', { savedId, text }),
  editNote: (id, text) => sendMessage('libraryEditNote', { id, text }),
  deleteNote: (id) => sendMessage('libraryDeleteNote', { id }),
  exportDocument: () => sendMessage('libraryExport', undefined),
  importText: (text) => sendMessage('libraryImport', { text }),
  clear: () => sendMessage('libraryClear', undefined),
};
