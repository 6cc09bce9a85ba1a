import { useRef, useState } from 'preact/hooks';
import type { SidebarModel, SourceLink } from '@/lib/context/model';
import type { ArticleExportRequest, ExportedFile } from '@/lib/cite/article-export';
import { CITATION_FORMAT_LABELS, type ExportFormat } from '@/lib/cite/formats';
import { t } from '@/lib/i18n/translate';
import { sendMessage, type Result } from '@/lib/messaging';

/** Props for {@link ExportSources}. */
export type ExportSourcesProps = {
  model: SidebarModel;
  /** The sidebar's sources in the order its list shows them. */
  sources: readonly SourceLink[];
  /** Formats the file; the background does it by default, so the page carries none of the writers. */
  exportFile?: (request: ArticleExportRequest) => Promise<Result<ExportedFile>>;
};

const FORMATS: readonly ExportFormat[] = ['bibtex', 'csl-json', 'markdown'];

const askBackground = (request: ArticleExportRequest) => sendMessage('exportArticleSources', request);

/**
 * "Export these sources": the laws, cases, agreements and sources the sidebar shows, as one file that
 * Zotero and other reference managers import. The file is saved through a Blob URL and a download link.
 */
export default function ExportSources({ model, sources, exportFile = askBackground }: ExportSourcesProps) {
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const [status, setStatus] = useState('');
  const linkHost = useRef<HTMLDivElement>(null);

  const download = async () => {
    const refs = [
      ...model.laws.map((l) => ({ kind: 'law' as const, id: l.id })),
      ...model.cases.map((c) => ({ kind: 'case' as const, id: c.id })),
      ...model.agreements.map((a) => ({ kind: 'agreement' as const, id: a.id })),
      ...sources.map((s) => ({ kind: 'source' as const, id: s.id })),
    ];
    const reply = await exportFile({ refs, format, subject: model.jurisdiction.id }).catch(
      (error: unknown): Result<ExportedFile> => ({ ok: false, error: String(error) }),
    );
    if (!reply.ok) return setStatus(t('exportSourcesFailed', reply.error));
    const { filename, mimeType, text } = reply.value;
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
    // The link lives inside the sidebar's shadow root, so the page never sees it.
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    linkHost.current?.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('exportSourcesDone', filename));
  };

  return (
    <div class="fn-export" ref={linkHost}>
      <label>
        {t('exportSourcesTitle')}{' '}
        <select
          class="fn-export-select"
          value={format}
          onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as ExportFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {CITATION_FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" class="fn-quiet-button" onClick={() => void download()}>
        {t('exportSourcesButton')}
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
