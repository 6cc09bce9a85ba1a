/**
 * The citation formats offered for copying and export, with their names for readers and their file
 * types. Plain data with no imports, so the popup can show the choices without bundling the writers.
 */

/** Every format a single record can be copied as, in the order the copy control lists them. */
export const CITATION_FORMATS = ['text', 'markdown', 'csl-json', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Formats a list of records can be exported as, one file each (plain text is for copying one record). */
export type ExportFormat = Exclude<CitationFormat, 'text'>;

/** "csl-json" → "CSL-JSON": the names the copy control shows. */
export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
};

/** File extension and media type for an exported file (CSL-JSON's type is the one CSL registers). */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  'csl-json': { extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: 'bib', mimeType: 'application/x-bibtex' },
};
