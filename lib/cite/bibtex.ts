/**
 * BibTeX entries, in the dialect Zotero's own BibTeX export writes and its BibTeX import reads back:
 * classic entry types only (@article, @techreport, @misc), so every BibTeX and biblatex tool accepts
 * them, plus the fields Zotero and biblatex read beyond classic BibTeX (`url`, `urldate`, `date`).
 *
 * - News → @article with the outlet as `journal` (BibTeX has no newspaper type; Zotero's own export
 *   writes newspaper articles this way). Reports → @techreport with the publisher as `institution`.
 * - Everything else → @misc, the only classic type for statutes, bills, opinions, statements and
 *   lists: `howpublished` carries the legal citation (laws, cases) or the publisher, `note` says what
 *   the document is. Zotero imports @misc as a Document.
 * - Dates are written as `year` + `month` (read by every .bst style) and as an ISO `date` (read by
 *   biblatex and by Zotero, which prefers it and so keeps the day).
 * - Titles keep their published case: every word with a capital is braced ({Glendale} terminates contract
 *   with {HSI}, {ICE}), so a style's or an importer's sentence-casing cannot lowercase proper nouns and
 *   acronyms, while lowercase words stay free for title-casing styles. (Bracing the whole title instead
 *   reads as the old "double braces" habit: Better BibTeX's parser strips them and sentence-cases.)
 * - LaTeX's special characters are escaped; other characters stay UTF-8, which biber, BibTeX 0.99d
 *   with inputenc, Zotero and Better BibTeX all read. URLs are written verbatim, as the url field
 *   is read.
 */
import type { DatasetIndex } from '../dataset/dataset-index';
import type { RecordId, RecordKind } from '../dataset/schema';
import { parseIsoDate } from '../format/date';
import type { Work } from './work';
import { workFor, workGenre } from './work';

/** The BibTeX entry for one record, or "" when the record is unknown or is not a work (a place). */
export function bibtexFor(data: DatasetIndex, kind: RecordKind, id: RecordId): string {
  const work = workFor(data, kind, id);
  return work ? bibtexEntry(work) : '';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** One entry, fields one per line, ending without a newline. */
export function bibtexEntry(work: Work): string {
  const what = work.what;
  // Values are written in braces, except month macros (`jun`), which BibTeX expands itself.
  const fields: [name: string, value: string][] = [];
  const add = (name: string, value: string) => fields.push([name, `{${value}}`]);
  add('title', protectCase(escapeBibtex(work.title)));
  let type: string;
  if (what.of === 'source' && what.kind === 'news') {
    type = 'article';
    if (work.publisher) add('journal', escapeBibtex(work.publisher));
  } else if (what.of === 'source' && what.kind === 'report') {
    type = 'techreport';
    if (work.publisher) add('institution', escapeBibtex(work.publisher));
  } else {
    type = 'misc';
    const howPublished = work.citation ?? work.publisher;
    if (howPublished) add('howpublished', escapeBibtex(howPublished));
  }
  const date = work.date ? parseIsoDate(work.date) : undefined;
  if (date && work.date) {
    add('year', String(date.year));
    if (date.month) fields.push(['month', MONTHS[date.month - 1] ?? '']);
    add('date', work.date.trim());
  }
  if (type === 'misc') {
    add('note', escapeBibtex(what.of === 'case' && work.court ? `${workGenre(what)}, ${work.court}` : workGenre(what)));
  }
  if (work.url) add('url', bibtexUrl(work.url));
  if (parseIsoDate(work.accessed)) add('urldate', work.accessed.trim());
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@${type}{${bibtexKey(work.id)},\n${body}\n}`;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters LaTeX treats specially; everything else, non-ASCII included, is left as is. */
export function escapeBibtex(text: string): string {
  // One pass, so the braces written for \textbackslash{} are not escaped again.
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c] ?? c);
}

// A word, for case protection: letters, digits and the punctuation inside names (U.S., Trump’s, Miranda-Olivares).
const CAPITALISED_WORD = /[\p{L}\p{N}.'’-]*\p{Lu}[\p{L}\p{N}.'’-]*/gu;

/**
 * Braces every word holding a capital letter, in text already escaped. The words never include a
 * backslash or a brace, so a LaTeX command (\&, \textasciitilde{}) is never split or swallowed.
 */
export function protectCase(escaped: string): string {
  return escaped.replace(CAPITALISED_WORD, (word) => `{${word}}`);
}

/** A citation key from a record id: ids are slugs already; anything a key cannot hold becomes "-". */
export function bibtexKey(id: RecordId): string {
  return id.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

/** URLs are read verbatim, so only the braces that would end the field (and backslashes) are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
