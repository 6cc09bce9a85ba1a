import { useId, useState } from 'preact/hooks';
import type { LibraryEntry } from '@/lib/library/library';
import { formatInstant } from '@/lib/library/dates';
import { recordKindLabel } from '@/lib/format/labels';
import { t } from '@/lib/i18n/translate';
import ExternalLink from '@/components/shared/ExternalLink';
import ConfirmButton from './ConfirmButton';
import NoteEditor from './NoteEditor';

/** Props for {@link LibraryItem}. */
export type LibraryItemProps = {
  entry: LibraryEntry;
  /** Each resolves to false when the background refused the change (the page shows why). */
  onAddNote(text: string): Promise<boolean>;
  onEditNote(id: number, text: string): Promise<boolean>;
  onDeleteNote(id: number): void;
  onRemove(): void;
};

/** One saved record or article in the options page: what it is, when it was saved, and its notes. */
export default function LibraryItem({ entry, onAddNote, onEditNote, onDeleteNote, onRemove }: LibraryItemProps) {
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const kind = entry.kind === 'article' ? t('libraryKindArticle') : recordKindLabel(entry.kind);

  const add = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    void onAddNote(draft).then((added) => added && setDraft(''));
  };

  return (
    <li class="op-item">
      <h3 class="op-item-title">
        {entry.kind === 'article' ? <ExternalLink href={entry.ref}>{entry.title}</ExternalLink> : entry.title}
      </h3>
      <p class="op-hint">
        {[kind, entry.jurisdiction, t('librarySavedOn', formatInstant(entry.savedAt))].filter(Boolean).join(' · ')}
      </p>
      {entry.notes.length > 0 && (
        <ul class="op-notes">
          {entry.notes.map((note) => (
            <NoteEditor
              key={note.id}
              note={note}
              onEdit={(text) => onEditNote(note.id, text)}
              onDelete={() => onDeleteNote(note.id)}
            />
          ))}
        </ul>
      )}
      <form class="op-note-form" onSubmit={add}>
        <label class="op-label" for={fieldId}>
          {t('libraryAddNoteLabel')}
        </label>
        <textarea
          id={fieldId}
          class="op-textarea"
          rows={2}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <div class="op-actions">
          <button type="submit">{t('libraryAddNote')}</button>
          <ConfirmButton
            label={t('libraryRemoveItem')}
            ariaLabel={t('libraryRemoveItemLabel', entry.title)}
            question={entry.notes.length > 0 ? t('libraryRemoveQuestionNotes') : t('libraryRemoveQuestion')}
            confirmLabel={t('libraryRemoveConfirm')}
            onConfirm={onRemove}
          />
        </div>
      </form>
    </li>
  );
}
