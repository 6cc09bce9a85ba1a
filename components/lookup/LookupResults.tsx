import type { SearchHit } from '@/lib/context/model';
import type { Result } from '@/lib/messaging';
import HitSummary from './HitSummary';
import { t } from '@/lib/i18n/translate';

/** The reply for one query, kept with its query so a list never shows under a different search. */
export type Answer = { query: string; result: Result<SearchHit[]> };

/** Props for {@link LookupResults}. */
export type LookupResultsProps = {
  query: string;
  answer: Answer | undefined;
  /** The highlighted option; the input owns focus and points here with aria-activedescendant. */
  active: number;
  listId: string;
  optionId(index: number): string;
  onActive(index: number): void;
  onOpen(hit: SearchHit): void;
  onHint(hint: string): void;
};

const HINTS = ['SB 54', 'Glendale', 'detainer'] as const;

/** The lookup's results side: hints for an empty query, the listbox of hits, or why there are none. */
export default function LookupResults({
  query,
  answer,
  active,
  listId,
  optionId,
  onActive,
  onOpen,
  onHint,
}: LookupResultsProps) {
  if (!query.trim()) {
    return (
      <div class="lk-hints">
        <p>{t('lookupTry')}</p>
        <ul class="lk-hint-list">
          {HINTS.map((hint) => (
            <li key={hint}>
              <button type="button" class="fn-quiet-button lk-hint" onClick={() => onHint(hint)}>
                {hint}
              </button>
            </li>
          ))}
        </ul>
        <p class="fn-muted">{t('lookupOffline')}</p>
      </div>
    );
  }
  if (!answer) return <p class="fn-muted lk-message">{t('lookupSearching')}</p>;
  if (!answer.result.ok) {
    return (
      <p class="lk-error lk-message" role="alert">
        {answer.result.error}
      </p>
    );
  }
  const hits = answer.result.value;
  if (hits.length === 0) {
    return <p class="lk-message">{t('lookupNoMatchesFor', answer.query)}</p>;
  }
  return (
    <ul id={listId} role="listbox" aria-label={t('lookupResultsLabel')} class="lk-results">
      {hits.map((hit, index) => (
        // Options are clickable for the mouse; the keyboard works through the combobox input.
        <li
          key={`${hit.kind}:${hit.id}`}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          class={index === active ? 'lk-hit lk-hit-active' : 'lk-hit'}
          onMouseMove={() => index !== active && onActive(index)}
          onClick={() => onOpen(hit)}
        >
          <HitSummary hit={hit} />
        </li>
      ))}
    </ul>
  );
}
