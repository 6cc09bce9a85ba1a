import { useId } from 'preact/hooks';
import type { LibraryDocument } from '@/lib/library/transfer';
import { exportFileName } from '@/lib/library/transfer';
import { t } from '@/lib/i18n/translate';

/** Props for {@link LibraryTransfer}. */
export type LibraryTransferProps = {
  /** The document to download, or undefined when it could not be made (the page says why). */
  exportDocument(): Promise<LibraryDocument | undefined>;
  importText(text: string): void;
  /** Told the file name once the download was handed to the browser. */
  onExported(fileName: string): void;
};

/**
 * Export and import of the library as a file. The download is a Blob URL on an `<a download>` of this
 * page, so it needs no downloads permission and never touches the network.
 */
export default function LibraryTransfer({ exportDocument, importText, onExported }: LibraryTransferProps) {
  const inputId = useId();

  const download = async () => {
    const doc = await exportDocument();
    if (!doc) return;
    const blob = new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    const fileName = exportFileName(new Date(doc.exportedAt));
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by the time the click returns; the URL only holds memory after that.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    onExported(fileName);
  };

  const pick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // Cleared so choosing the same file again (after fixing it) still fires a change.
    input.value = '';
    importText(text);
  };

  return (
    <div class="op-transfer">
      <button type="button" onClick={() => void download()}>
        {t('libraryExport')}
      </button>
      <span class="op-file">
        <label class="op-label" for={inputId}>
          {t('libraryImportLabel')}
        </label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(event) => void pick(event)} />
      </span>
    </div>
  );
}
