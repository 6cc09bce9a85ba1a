import { useEffect, useState } from 'preact/hooks';
import type { SavedKind } from '@/lib/dataset/db';
import type { LibraryApi } from '@/lib/library/client';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SaveToggle}. */
export type SaveToggleProps = {
  kind: SavedKind;
  /** The record id. */
  id: string;
  title: string;
  library: Pick<LibraryApi, 'save' | 'unsave' | 'status'>;
};

type State = { phase: 'loading' } | { phase: 'ready'; saved: boolean; error?: string };

/** Save or unsave one record in the reader's library: a pressed/not-pressed button. */
export default function SaveToggle({ kind, id, title, library }: SaveToggleProps) {
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    let current = true;
    void library.status(kind, id).then((reply) => {
      // Without the library's answer the toggle would guess; it stays hidden instead.
      if (current && reply.ok) setState({ phase: 'ready', saved: reply.value.saved });
    });
    return () => {
      current = false;
    };
  }, [kind, id, library]);

  if (state.phase === 'loading') return null;

  const toggle = async () => {
    const reply = state.saved ? await library.unsave(kind, id) : await library.save({ kind, ref: id, title });
    setState(reply.ok ? { phase: 'ready', saved: !state.saved } : { ...state, error: reply.error });
  };

  return (
    <span class="lk-save">
      <button
        type="button"
        class={state.saved ? 'lk-button lk-save-button lk-saved' : 'lk-button lk-save-button'}
        aria-pressed={state.saved}
        title={t('librarySaveLabel')}
        onClick={() => void toggle()}
      >
        {state.saved ? t('librarySaved') : t('librarySave')}
      </button>
      {state.error && (
        <span class="lk-copy-status lk-error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
