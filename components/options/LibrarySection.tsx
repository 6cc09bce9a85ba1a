import { useEffect, useState } from 'preact/hooks';
import type { LibraryApi } from '@/lib/library/client';
import type { LibraryEntry } from '@/lib/library/library';
import type { Result } from '@/lib/messaging';
import { t } from '@/lib/i18n/translate';
import ConfirmButton from './ConfirmButton';
import LibraryItem from './LibraryItem';
import LibraryTransfer from './LibraryTransfer';

/** Props for {@link LibrarySection}. */
export type LibrarySectionProps = {
  library: LibraryApi;
};

type Status = { text: string; error: boolean };

/** The options page's library: saved items with their notes, export and import, and clearing it all. */
export default function LibrarySection({ library }: LibrarySectionProps) {
  const [entries, setEntries] = useState<Result<LibraryEntry[]> | undefined>();
  const [status, setStatus] = useState<Status>({ text: '', error: false });

  const refresh = () => library.list().then(setEntries);
  useEffect(() => {
    void refresh();
  }, [library]);

  /** Runs a change, then reloads the list; a refusal is shown and reported as false. */
  const change = async <T,>(request: Promise<Result<T>>, done: (value: T) => string): Promise<boolean> => {
    const reply = await request;
    setStatus(reply.ok ? { text: done(reply.value), error: false } : { text: reply.error, error: true });
    await refresh();
    return reply.ok;
  };

  const exportDocument = async () => {
    const reply = await library.exportDocument();
    if (reply.ok) return reply.value;
    setStatus({ text: reply.error, error: true });
    return undefined;
  };

  const importText = (text: string) =>
    void library.importText(text).then((reply) => {
      if (!reply.ok) return setStatus({ text: t('libraryImportFailed', reply.error), error: true });
      const { itemsAdded, itemsAlreadySaved, notesAdded } = reply.value;
      setStatus({ text: t('libraryImported', itemsAdded, itemsAlreadySaved, notesAdded), error: false });
      void refresh();
    });

  return (
    <section class="op-section" aria-labelledby="op-library-heading">
      <h2 id="op-library-heading">{t('libraryHeading')}</h2>
      <p class="op-hint">{t('libraryIntro')}</p>
      <LibraryTransfer
        exportDocument={exportDocument}
        importText={importText}
        onExported={(fileName) => setStatus({ text: t('libraryExported', fileName), error: false })}
      />
      {/* Always in the page, so each outcome is announced; not role=status, which the settings already use. */}
      <p class={status.error ? 'op-status op-error' : 'op-status'} aria-live="polite">
        {status.text}
      </p>
      {!entries && <p class="op-hint">{t('libraryLoading')}</p>}
      {entries && !entries.ok && (
        <p class="op-error" role="alert">
          {t('libraryLoadFailed', entries.error)}
        </p>
      )}
      {entries?.ok && entries.value.length === 0 && <p>{t('libraryEmpty')}</p>}
      {entries?.ok && entries.value.length > 0 && (
        <ul class="op-library" aria-label={t('libraryListLabel')}>
          {entries.value.map((entry) => (
            <LibraryItem
              key={entry.id}
              entry={entry}
              onAddNote={(text) => change(library.addNote(entry.id, text), () => t('libraryNoteAdded'))}
              onEditNote={(id, text) => change(library.editNote(id, text), () => t('libraryNoteSaved'))}
              onDeleteNote={(id) => void change(library.deleteNote(id), () => t('libraryNoteDeleted'))}
              onRemove={() => void change(library.remove(entry.id), () => t('libraryItemRemoved'))}
            />
          ))}
        </ul>
      )}
      <div class="op-danger-zone">
        <ConfirmButton
          label={t('libraryClear')}
          question={t('libraryClearQuestion')}
          confirmLabel={t('libraryClearConfirm')}
          onConfirm={() => void change(library.clear(), () => t('libraryCleared'))}
        />
      </div>
    </section>
  );
}
