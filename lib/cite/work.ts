/**
 * The citable work behind a record, in one neutral shape that the Markdown, CSL-JSON and BibTeX writers
 * all start from, so the three formats never disagree about a title, a date or a link.
 */
import type { DatasetIndex, RecordRef } from '../dataset/dataset-index';
import type { IsoDate, LawKind, RecordId, RecordKind, SourceKind } from '../dataset/schema';
import { sourceKindLabel } from '../format/labels';

/** What a work is, which decides its CSL type and BibTeX entry type. */
export type WorkKind =
  { of: 'source'; kind: SourceKind } | { of: 'law'; kind: LawKind } | { of: 'case' } | { of: 'agreement' };

/** One citable work: a source document, a law, a court decision or a 287(g) agreement. */
export interface Work {
  /** The id of the record cited (a decision's own id when it is cited through its first source). */
  id: RecordId;
  what: WorkKind;
  title: string;
  /** The name readers know a law by ("SB 54"). */
  shortTitle?: string;
  /** Who published the document, or the outlet for news. Absent for laws and cases. */
  publisher?: string;
  /** A law's or case's legal citation, as the dataset records it. */
  citation?: string;
  court?: string;
  /** Published, enacted, decided or signed. */
  date?: IsoDate;
  url: string;
  /** When the record was last checked: the access date a citation needs for a web copy. */
  accessed: IsoDate;
}

/** ICE publishes the 287(g) agreements it lists. */
const ICE = 'U.S. Immigration and Customs Enforcement';

const AGREEMENT_MODELS: Record<string, string> = {
  JEM: 'Jail Enforcement Model',
  TFM: 'Task Force Model',
  WSO: 'Warrant Service Officer',
  'TFM+WSO': 'Task Force Model and Warrant Service Officer',
};

/**
 * The record a citation points at: a decision or a claim is cited by its first source (the document
 * that reports it), every other citable kind by itself. Undefined for places, which are not works.
 */
export function citedRef(data: DatasetIndex, kind: RecordKind, id: RecordId): RecordRef | undefined {
  switch (kind) {
    case 'source':
    case 'law':
    case 'case':
    case 'agreement':
      return { kind, id };
    case 'decision': {
      const first = data.decisions.get(id)?.sources[0];
      return first ? { kind: 'source', id: first } : undefined;
    }
    case 'claim': {
      const first = data.claims.get(id)?.statement.sources[0];
      return first ? { kind: 'source', id: first } : undefined;
    }
    case 'jurisdiction':
      return undefined;
  }
}

/** The work a record is cited as, keeping the record's own id; undefined for unknown or uncitable records. */
export function workFor(data: DatasetIndex, kind: RecordKind, id: RecordId): Work | undefined {
  const ref = citedRef(data, kind, id);
  if (!ref) return undefined;
  const work = ownWork(data, ref);
  return work && { ...work, id };
}

function ownWork(data: DatasetIndex, ref: RecordRef): Work | undefined {
  switch (ref.kind) {
    case 'source': {
      const s = data.sources.get(ref.id);
      if (!s) return undefined;
      return {
        id: s.id,
        what: { of: 'source', kind: s.kind },
        title: s.title,
        publisher: s.publisher,
        date: s.date,
        url: s.url,
        accessed: s.asOf,
      };
    }
    case 'law': {
      const law = data.laws.get(ref.id);
      if (!law) return undefined;
      return {
        id: law.id,
        what: { of: 'law', kind: law.kind },
        title: law.title,
        shortTitle: law.shortTitle,
        citation: law.citation,
        // A law without a known enactment date is still dated by when it took effect.
        date: law.enacted ?? law.effective,
        url: data.sources.get(law.primarySource)?.url ?? '',
        accessed: law.asOf,
      };
    }
    case 'case': {
      const c = data.cases.get(ref.id);
      if (!c) return undefined;
      return {
        id: c.id,
        what: { of: 'case' },
        title: c.name,
        citation: c.citation,
        court: c.court,
        date: c.date,
        url: data.sources.get(c.primarySource)?.url ?? '',
        accessed: c.asOf,
      };
    }
    case 'agreement': {
      const a = data.agreements.get(ref.id);
      if (!a) return undefined;
      const model = AGREEMENT_MODELS[a.model];
      return {
        id: a.id,
        what: { of: 'agreement' },
        title: `287(g) memorandum of agreement with ${a.agency}${model ? ` (${model})` : ''}`,
        publisher: ICE,
        date: a.signed,
        url: a.url,
        accessed: a.asOf,
      };
    }
    default:
      return undefined;
  }
}

const LAW_KINDS: Record<LawKind, string> = {
  statute: 'Statute',
  regulation: 'Regulation',
  'executive-order': 'Executive order',
  ordinance: 'Ordinance',
  directive: 'Directive',
};

/** "Statute", "Official statement", "Court decision": what kind of document a work is, in words. */
export function workGenre(what: WorkKind): string {
  switch (what.of) {
    case 'source':
      return sourceKindLabel(what.kind);
    case 'law':
      return LAW_KINDS[what.kind];
    case 'case':
      return 'Court decision';
    case 'agreement':
      return '287(g) memorandum of agreement';
  }
}
