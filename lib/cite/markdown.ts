/** Markdown citations: "[Title](url) — Publisher, Month D, YYYY", one line per work. */
import type { DatasetIndex } from '../dataset/dataset-index';
import type { RecordId, RecordKind } from '../dataset/schema';
import { formatDate } from '../format/date';
import type { Work } from './work';
import { workFor } from './work';

/** The Markdown line for one record, or "" when the record is unknown or is not a work (a place). */
export function markdownFor(data: DatasetIndex, kind: RecordKind, id: RecordId): string {
  const work = workFor(data, kind, id);
  return work ? markdownLine(work) : '';
}

/**
 * "[Title](url) — who, when". "Who" is the publisher; for a law, its citation; for a case, its
 * citation and court: what a reader needs to find the text beyond the link.
 */
export function markdownLine(work: Work): string {
  const title = escapeMarkdown(work.title);
  const link = work.url ? `[${title}](${markdownUrl(work.url)})` : title;
  const who = work.what.of === 'case' ? [work.citation, work.court] : [work.citation ?? work.publisher];
  const tail = [...who, work.date && formatDate(work.date, 'en')].filter((part): part is string => Boolean(part));
  return tail.length > 0 ? `${link} — ${escapeMarkdown(tail.join(', '))}` : link;
}

/**
 * Backslash-escapes the ASCII punctuation Markdown could read as markup: brackets that would end the
 * link text, emphasis, code, HTML and entity starts. CommonMark allows a backslash before any ASCII
 * punctuation, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|]/g, (c) => `\\${c}`);
}

/** Spaces and parentheses would end or break the link destination, so they are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
