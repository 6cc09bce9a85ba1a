/**
 * The one IndexedDB database, owned by the background. Dataset tables are replaced wholesale on every
 * dataset-version change; user tables (saved items, notes) are never touched by a dataset load.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Case, Decision, Jurisdiction, Law, RecordKind, Source } from './schema';

/** Bookkeeping rows: which dataset version is loaded, and when. */
export interface MetaRow {
  key: string;
  value: string;
}

/** A record or article the user saved. */
export interface SavedItem {
  id?: number;
  kind: RecordKind | 'article';
  /** The record id, or the article URL. */
  ref: string;
  title: string;
  savedAt: string;
}

/** A note the user wrote on a saved item. */
export interface Note {
  id?: number;
  savedId: number;
  text: string;
  updatedAt: string;
}

export class FootnoteDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  sources!: EntityTable<Source, 'id'>;
  jurisdictions!: EntityTable<Jurisdiction, 'id'>;
  laws!: EntityTable<Law, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  saved!: EntityTable<SavedItem, 'id'>;
  notes!: EntityTable<Note, 'id'>;

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
  }
}

/** The dataset tables, which a dataset load replaces; everything else belongs to the user. */
export const DATASET_TABLES = ['sources', 'jurisdictions', 'laws', 'cases', 'decisions'] as const;

let instance: FootnoteDatabase | undefined;

/** The background's database singleton. */
export function getDatabase(): FootnoteDatabase {
  instance ??= new FootnoteDatabase();
  return instance;
}
