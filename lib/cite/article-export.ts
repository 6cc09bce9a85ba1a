/**
 * "The sources behind this article" as one file to download: the laws, cases, 287(g) agreements and
 * sources the sidebar shows, formatted in the background so the content script only sends their ids.
 */
import type { DatasetIndex, RecordRef } from '../dataset/dataset-index';
import { RECORD_KINDS, type RecordKind } from '../dataset/schema';
import type { Result } from '../messaging';
import { exportCitations } from './export';
import { EXPORT_FILE_TYPES, type ExportFormat } from './formats';

/** What the sidebar asks for: records in the order it shows them, a format, and whose sources they are. */
export interface ArticleExportRequest {
  refs: RecordRef[];
  format: ExportFormat;
  /** The sidebar's jurisdiction id, for the file name. */
  subject?: string;
}

/** A file ready to save. */
export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** More records than any sidebar shows: a request beyond this is not from the sidebar. */
export const MAX_EXPORT_REFS = 1000;

const KINDS: ReadonlySet<string> = new Set<RecordKind>(RECORD_KINDS);

/**
 * The file for a request, or a clear failure for a malformed one or one with nothing citable. A law's or
 * a case's own text is cited once, as the law or the case, not again as a source document.
 */
export function exportArticleSources(data: DatasetIndex, request: unknown): Result<ExportedFile> {
  const { refs, format, subject } = (request ?? {}) as Partial<ArticleExportRequest>;
  if (typeof format !== 'string' || !Object.hasOwn(EXPORT_FILE_TYPES, format))
    return { ok: false, error: 'Export needs a format: markdown, csl-json or bibtex.' };
  if (!Array.isArray(refs) || refs.length > MAX_EXPORT_REFS || !refs.every(isRef))
    return { ok: false, error: 'Export needs a list of records, each with a kind and an id.' };
  const ownTexts = new Set<string>();
  for (const ref of refs) {
    const primary =
      ref.kind === 'law'
        ? data.laws.get(ref.id)?.primarySource
        : ref.kind === 'case'
          ? data.cases.get(ref.id)?.primarySource
          : undefined;
    if (primary) ownTexts.add(primary);
  }
  const kept = refs.filter((ref) => ref.kind !== 'source' || !ownTexts.has(ref.id));
  const text = exportCitations(data, kept, format);
  if (format === 'csl-json' ? text === '[]\n' : text === '')
    return { ok: false, error: 'None of these records can be cited.' };
  const { extension, mimeType } = EXPORT_FILE_TYPES[format];
  return { ok: true, value: { filename: `${fileStem(subject)}.${extension}`, mimeType, text } };
}

/** "footnote-sources-us-ca-glendale": the subject as a safe file-name part, or a generic stem. */
function fileStem(subject: unknown): string {
  const slug =
    typeof subject === 'string'
      ? subject
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 80)
      : '';
  return slug ? `footnote-sources-${slug}` : 'footnote-sources';
}

function isRef(ref: unknown): ref is RecordRef {
  return (
    typeof ref === 'object' &&
    ref !== null &&
    typeof (ref as RecordRef).id === 'string' &&
    KINDS.has((ref as RecordRef).kind)
  );
}
