/**
 * One record copied in any format, and "the sources behind this article" exported as one file that
 * Zotero (and other reference managers) can import.
 */
import type { DatasetIndex, RecordRef } from '../dataset/dataset-index';
import type { RecordId, RecordKind } from '../dataset/schema';
import { bibtexEntry } from './bibtex';
import { cslFromWork } from './csl';
import { formatCitation } from './format';
import type { CitationFormat, ExportFormat } from './formats';
import { CITATION_FORMATS } from './formats';
import { markdownLine } from './markdown';
import type { Work } from './work';
import { citedRef, workFor } from './work';

/**
 * One record's citation in one format; "" when the record is unknown or cannot be cited that way (a
 * place has a plain-text citation only). CSL-JSON is a one-item array, the same shape as an exported file.
 */
export function citeAs(data: DatasetIndex, kind: RecordKind, id: RecordId, format: CitationFormat): string {
  if (format === 'text') return formatCitation(data, kind, id);
  const work = workFor(data, kind, id);
  if (!work) return '';
  switch (format) {
    case 'markdown':
      return markdownLine(work);
    case 'csl-json':
      return JSON.stringify([cslFromWork(work)], null, 2);
    case 'bibtex':
      return bibtexEntry(work);
  }
}

/** Every format a record can be copied as, leaving out the ones it has no citation in. */
export function citationFormats(
  data: DatasetIndex,
  kind: RecordKind,
  id: RecordId,
): Partial<Record<CitationFormat, string>> {
  const formats: Partial<Record<CitationFormat, string>> = {};
  for (const format of CITATION_FORMATS) {
    const text = citeAs(data, kind, id, format);
    if (text) formats[format] = text;
  }
  return formats;
}

/**
 * The works behind a list of records, as one file's text. Decisions and claims are cited by their
 * first source, so a work reached twice (a decision and the news report it rests on) appears once,
 * under the source's id. Places and unknown records are skipped. The order of `refs` is kept.
 */
export function exportCitations(data: DatasetIndex, refs: readonly RecordRef[], format: ExportFormat): string {
  const seen = new Set<string>();
  const works: Work[] = [];
  for (const ref of refs) {
    const cited = citedRef(data, ref.kind, ref.id);
    if (!cited) continue;
    const key = `${cited.kind}:${cited.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const work = workFor(data, cited.kind, cited.id);
    if (work) works.push(work);
  }
  return serialize(works, format);
}

/** A file's text: a Markdown list, a CSL-JSON array, or BibTeX entries separated by blank lines. */
function serialize(works: Work[], format: ExportFormat): string {
  if (works.length === 0) return format === 'csl-json' ? '[]\n' : '';
  switch (format) {
    case 'markdown':
      return works.map((w) => `- ${markdownLine(w)}\n`).join('');
    case 'csl-json':
      return `${JSON.stringify(works.map(cslFromWork), null, 2)}\n`;
    case 'bibtex':
      return works.map((w) => `${bibtexEntry(w)}\n`).join('\n');
  }
}
