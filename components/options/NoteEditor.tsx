import { useId, useState } from 'preact/hooks';
import type { LibraryNote } from '@/lib/library/library';
import { formatInstant } from '@/lib/library/dates';
import { t } from '@/lib/i18n/translate';

/** Props for {@link NoteEditor}. */
export type NoteEditorProps = {
  note: LibraryNote;
  /** Resolves to false when the change was refused (the page shows why). */
  onEdit(text: string): Promise<boolean>;
  onDelete(): void;
};

/** One note on a saved item: its text and date, edited in place, or deleted. */
export default function NoteEditor({ note, onEdit, onDelete }: NoteEditorProps) {
  const [draft, setDraft] = useState<string | undefined>();
  const fieldId = useId();
  const edited = note.updatedAt !== note.createdAt;

  if (draft !== undefined)
    return (
      <li class="op-note">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onEdit(draft).then((saved) => saved && setDraft(undefined));
          }}
        >
          <label class="op-label" for={fieldId}>
            {t('libraryEditNoteLabel')}
          </label>
          <textarea
            id={fieldId}
            class="op-textarea"
            value={draft}
            rows={3}
            // The reader asked to edit this note; the field it opens is where they expect to be.
            autoFocus
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <div class="op-actions">
            <button type="submit">{t('librarySaveNote')}</button>
            <button type="button" onClick={() => setDraft(undefined)}>
              {t('libraryCancel')}
            </button>
          </div>
        </form>
      </li>
    );
  return (
    <li class="op-note">
      <p class="op-note-text">{note.text}</p>
      <p class="op-hint">
        {formatInstant(note.createdAt)}
        {edited && ` · ${t('libraryNoteEdited', formatInstant(note.updatedAt))}`}
      </p>
      <div class="op-actions">
        <button type="button" onClick={() => setDraft(note.text)}>
          {t('libraryEditNote')}
        </button>
        <button type="button" onClick={onDelete}>
          {t('libraryDeleteNote')}
        </button>
      </div>
    </li>
  );
}
