/**
 * The one IndexedDB database, owned by the background. Dataset tables are replaced wholesale on every
 * dataset-version change; user tables (saved items, notes) are never touched by a dataset load.
 */
import { Dexie, type EntityTable } from 'dexie';
import { DATASET_TABLE_NAMES } from './schema';
import type { Agreement287g, Case, Claim, Decision, Jurisdiction, Law, RecordKind, Source } from './schema';

/** Bookkeeping rows: which dataset version is loaded, and when. */
export interface MetaRow {
  key: string;
  value: string;
}

/** What can be saved: any dataset record, or a news article. */
export type SavedKind = RecordKind | 'article';

/** A record or article the user saved. */
export interface SavedItem {
  id?: number;
  kind: SavedKind;
  /** The record id, or the article URL. */
  ref: string;
  title: string;
  savedAt: string;
  /** For articles: the jurisdiction the sidebar named ("Glendale, California"), when there was one. */
  jurisdiction?: string;
}

/** A note the user wrote on a saved item. */
export interface Note {
  id?: number;
  savedId: number;
  text: string;
  /** Filled from `updatedAt` for notes written before schema v4. */
  createdAt: string;
  updatedAt: string;
}

/** An article the sidebar was shown on, so a later visit can say "seen before". Kept on this device only. */
export interface SeenArticle {
  url: string;
  firstSeen: string;
  lastSeen: string;
}

export class FootnoteDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  sources!: EntityTable<Source, 'id'>;
  jurisdictions!: EntityTable<Jurisdiction, 'id'>;
  laws!: EntityTable<Law, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  agreements!: EntityTable<Agreement287g, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  saved!: EntityTable<SavedItem, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  seen!: EntityTable<SeenArticle, 'url'>;

  constructor(name = 'footnote') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      sources: 'id',
      jurisdictions: 'id, state, type',
      laws: 'id, jurisdiction',
      cases: 'id',
      decisions: 'id, jurisdiction, date',
      saved: '++id, &[kind+ref], savedAt',
      notes: '++id, savedId',
    });
    // v2: 287(g) agreements and who-says-what claims. New dataset tables only; the next dataset load fills them.
    this.version(2).stores({
      agreements: 'id, jurisdiction, state',
      claims: 'id, jurisdiction',
    });
    // v3: dataset tables keep their primary key only. They are read whole into memory, so secondary
    // indexes only slowed the load of thousands of records.
    this.version(3).stores({
      jurisdictions: 'id',
      laws: 'id',
      decisions: 'id',
      agreements: 'id',
      claims: 'id',
    });
    // v4: the library. Articles the sidebar was shown on (by URL, newest first for clearing old ones),
    // and a creation date on notes, which older notes take from their last edit.
    this.version(4)
      .stores({ seen: 'url, lastSeen' })
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((note: Partial<Note>) => {
            note.createdAt ??= note.updatedAt ?? new Date().toISOString();
          }),
      );
  }
}

/** The user's own tables: never written by a dataset load, emptied only when the reader asks. */
export const USER_TABLES = ['saved', 'notes', 'seen'] as const;

/** The dataset tables, which a dataset load replaces; everything else belongs to the user. */
export const DATASET_TABLES = DATASET_TABLE_NAMES;

let instance: FootnoteDatabase | undefined;

/** The background's database singleton. */
export function getDatabase(): FootnoteDatabase {
  instance ??= new FootnoteDatabase();
  return instance;
}
