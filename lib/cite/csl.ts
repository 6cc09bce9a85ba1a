/**
 * CSL-JSON items (Citation Style Language 1.0.2 input data): what Zotero, Mendeley, Pandoc and
 * citeproc read. One item per work; `id` is the record id, dates are `date-parts`, `accessed` is the
 * date the record was last checked.
 */
import type { DatasetIndex } from '../dataset/dataset-index';
import type { IsoDate, LawKind, RecordId, RecordKind, SourceKind } from '../dataset/schema';
import { parseIsoDate } from '../format/date';
import type { Work } from './work';
import { workFor, workGenre } from './work';

/** The CSL item types this module writes. */
export type CslType = 'article-newspaper' | 'bill' | 'dataset' | 'document' | 'legal_case' | 'legislation' | 'report';

/** A CSL date: year, month and day as far as they are known. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The subset of CSL-JSON variables Footnote writes. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  'title-short'?: string;
  /** A newspaper's name; a code's ("Cal. Gov. Code") or a reporter's ("F.3d") abbreviation. */
  'container-title'?: string;
  publisher?: string;
  /** The court, for a case. */
  authority?: string;
  genre?: string;
  /** A reporter's or a code's volume ("521" in 521 U.S. 898, "8" in 8 U.S.C. §1373). */
  volume?: string;
  /** A case's first page in its reporter. */
  page?: string;
  /** A docket number, or a law's whole citation when it does not split into code and section. */
  number?: string;
  section?: string;
  /** A law's history ("added by SB 54, ch. 495, Stats. 2017"). */
  references?: string;
  note?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
}

/**
 * Source kinds to CSL types. Where CSL has a type for the thing itself, it is used; otherwise the
 * closest type that citation styles render sensibly and that Zotero's CSL import maps onto a real
 * item type:
 * - regulation, executive-order, ordinance → legislation: each is law, cited by code or register and
 *   section like a statute. CSL 1.0.2 also has "regulation", but Zotero has no regulation item type
 *   (it would import as a generic Document), and most styles predate it; legislation imports as a
 *   Statute and formats like one.
 * - statement → document: press releases and official web statements have no CSL type; "document" is
 *   CSL's type for a standalone document, and `genre` says "Official statement".
 * - minutes → document: agendas, minutes and board resolutions are records of a body, not published
 *   works; `genre` says "Agenda or minutes".
 * - agreement → document: a memorandum of agreement is a contract; CSL's "treaty" is for agreements
 *   between nations, so "document" with `genre` it is.
 * - agency-list → dataset: ICE's 287(g) participating-agencies list and DOJ's sanctuary-jurisdiction
 *   list are published sets of records, which is what CSL's (and Zotero's) dataset type is for.
 */
const SOURCE_TYPES: Record<SourceKind, CslType> = {
  statute: 'legislation',
  bill: 'bill',
  regulation: 'legislation',
  'executive-order': 'legislation',
  opinion: 'legal_case',
  ordinance: 'legislation',
  minutes: 'document',
  statement: 'document',
  'agency-list': 'dataset',
  agreement: 'document',
  report: 'report',
  news: 'article-newspaper',
};

/**
 * Law kinds to CSL types: enacted law is legislation. A directive (an attorney general's directive or
 * opinion, an agency memorandum) is not enacted and has no code or section, so it is a document whose
 * `genre` says "Directive".
 */
const LAW_TYPES: Record<LawKind, CslType> = {
  statute: 'legislation',
  regulation: 'legislation',
  'executive-order': 'legislation',
  ordinance: 'legislation',
  directive: 'document',
};

/** The CSL item for one record, or undefined when the record is unknown or is not a work (a place). */
export function cslItem(data: DatasetIndex, kind: RecordKind, id: RecordId): CslItem | undefined {
  const work = workFor(data, kind, id);
  return work && cslFromWork(work);
}

/** The CSL item for a work. */
export function cslFromWork(work: Work): CslItem {
  const what = work.what;
  const type =
    what.of === 'source'
      ? SOURCE_TYPES[what.kind]
      : what.of === 'law'
        ? LAW_TYPES[what.kind]
        : what.of === 'case'
          ? 'legal_case'
          : 'document';
  const item: CslItem = { id: work.id, type, title: work.title };
  if (work.shortTitle && work.shortTitle !== work.title) item['title-short'] = work.shortTitle;
  if (work.publisher) {
    // A newspaper is the container of its articles, not their publisher (Zotero: Publication).
    if (type === 'article-newspaper') item['container-title'] = work.publisher;
    else item.publisher = work.publisher;
  }
  if (type === 'document' || type === 'dataset') item.genre = workGenre(what);
  if (work.citation !== undefined) {
    if (what.of === 'case') Object.assign(item, caseCitation(work.citation));
    else if (type === 'legislation') Object.assign(item, legislationCitation(work.citation));
    else item.number = work.citation;
  }
  if (work.court) item.authority = work.court;
  const issued = work.date && cslDate(work.date);
  if (issued) item.issued = issued;
  if (work.url) item.URL = work.url;
  const accessed = cslDate(work.accessed);
  if (accessed) item.accessed = accessed;
  return item;
}

/** "2025-06-09" → { "date-parts": [[2025, 6, 9]] }; undefined for anything that is not an ISO date. */
export function cslDate(iso: IsoDate): CslDate | undefined {
  const parts = parseIsoDate(iso);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  if (month === undefined) return { 'date-parts': [[year]] };
  return { 'date-parts': [day === undefined ? [year, month] : [year, month, day]] };
}

// "521 U.S. 898 (1997)", "44 F.4th 581 (7th Cir. 2022)": volume, reporter, first page.
const REPORTER = /^(\d+)\s+([A-Z][\w.' ]*?)\s+(\d+)(?:\s*\([^)]*\))?$/;
// "No. 3:12-cv-02317-ST (D. Or. Apr. 11, 2014)": an unreported decision's docket number.
const DOCKET = /^Nos?\.\s+([^\s(]+(?:\s*&\s*[^\s(]+)*)/;

/**
 * A case citation split into the variables Zotero's Case fields map to (reporter volume, reporter,
 * first page; or docket number, the court and date being in `authority` and `issued`). One that does
 * not split (a slip opinion described in words) is kept whole in `note`, so nothing is lost.
 */
export function caseCitation(
  citation: string,
): Pick<CslItem, 'volume' | 'container-title' | 'page' | 'number' | 'note'> {
  const reporter = REPORTER.exec(citation.trim());
  if (reporter) return { volume: reporter[1], 'container-title': reporter[2], page: reporter[3] };
  const docket = DOCKET.exec(citation.trim());
  if (docket) return { number: docket[1] };
  return { note: citation };
}

// "8 U.S.C. §1373", "Cal. Gov. Code §§7284–7284.12 (added by ...)", "Mont. Code Ann. §§2-1-601 to 2-1-605":
// an optional title number, the code, then one section or a range, then (optionally) history.
const SECTION = String.raw`[\w.:-]+(?:\([\w.]+\))*`;
const CODIFIED = new RegExp(
  String.raw`^(?:(\d+)\s+)?([A-Z][^§;()]*?)\s*§§?\s*(${SECTION}(?:\s*(?:–|-|to)\s*${SECTION})?)(?:\s+(\(.*))?$`,
);

/**
 * A law's citation split into code (`container-title`), title number (`volume`), `section` and
 * history (`references`) when it is one codified section or range, optionally followed by one
 * parenthetical of history ("Cal. Gov. Code §§7284–7284.12 (added by SB 54, ...)"). Anything else
 * (session laws, public acts, bill numbers, several codes at once) goes whole in `number`, so that no
 * part of it lands in a variable a style might leave out.
 */
export function legislationCitation(
  citation: string,
): Pick<CslItem, 'container-title' | 'volume' | 'section' | 'references' | 'number'> {
  const match = CODIFIED.exec(citation.trim());
  const history = match?.[4] === undefined ? '' : unwrap(match[4]);
  if (!match || history === undefined) return { number: citation };
  const [, volume, code, section] = match;
  const split: Pick<CslItem, 'container-title' | 'volume' | 'section' | 'references'> = {
    'container-title': code,
    section,
  };
  if (volume) split.volume = volume;
  if (history) split.references = history;
  return split;
}

/** "(added by SB 54, 2017)" → "added by SB 54, 2017"; undefined when the text is not one parenthesis. */
function unwrap(text: string): string | undefined {
  if (!text.startsWith('(') || !text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    // The first parenthesis closes before the end: "(a); b (c)" is not one group.
    if (depth === 0 && i < text.length - 1) return undefined;
  }
  return text.slice(1, -1);
}
