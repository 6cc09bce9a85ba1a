import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordDetail, SearchHit } from '@/lib/context/model';
import type { RecordKind } from '@/lib/dataset/schema';
import type { SearchFilters as Filters } from '@/lib/dataset/search-filters';
import type { Result } from '@/lib/messaging';
import type { LibraryApi } from '@/lib/library/client';
import BackButton from './BackButton';
import type { Answer } from './LookupResults';
import LookupResults from './LookupResults';
import RecordDetailView from './RecordDetailView';
import { t } from '@/lib/i18n/translate';
import SearchFilters from './SearchFilters';
import ThisPage, { type ThisPageProps } from './ThisPage';
import { errorMessage } from '@/lib/format/error';

/** Props for {@link Lookup}. */
export type LookupProps = {
  /** `filters` is passed only when the reader has narrowed the search. */
  search(query: string, filters?: Filters): Promise<Result<SearchHit[]>>;
  getRecord(kind: RecordKind, id: string): Promise<Result<RecordDetail>>;
  initialQuery?: string;
  /** The reader's library, for the detail view's Save toggle. */
  library?: Pick<LibraryApi, 'save' | 'unsave' | 'status'>;
  /** The current tab's status and "show the sidebar here" (the toolbar popup only). */
  thisPage?: ThisPageProps;
};

/** Long enough to skip a request per keystroke of fast typing, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 60;

const LIST_ID = 'lk-results';
const INPUT_ID = 'lk-query';
const optionId = (index: number) => `lk-result-${index}`;

/** One opened record. `key` tells replies for a record the reader has since left from current ones. */
type Opened = { key: number; hit: Pick<SearchHit, 'kind' | 'id' | 'title'>; result?: Result<RecordDetail> };

/** The toolbar popup's source lookup: instant search over the offline dataset, and a detail view per record. */
export default function Lookup({ search, getRecord, initialQuery = '', library, thisPage }: LookupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<Filters>({});
  const [answer, setAnswer] = useState<Answer>();
  const [active, setActive] = useState(0);
  // A stack, so a related record opened from a detail view comes back to that view.
  const [opened, setOpened] = useState<Opened[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);

  // Callbacks live in refs so a parent passing fresh arrow functions does not re-run the search.
  const searchRef = useRef(search);
  searchRef.current = search;
  const getRecordRef = useRef(getRecord);
  getRecordRef.current = getRecord;

  const latestSearch = useRef(0);
  const openCounter = useRef(0);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    // Every change of query makes earlier replies stale, including ones already in flight.
    const ticket = ++latestSearch.current;
    const q = query.trim();
    if (!q) {
      setAnswer(undefined);
      return;
    }
    const narrowed = filters.kinds || filters.state ? filters : undefined;
    const timer = setTimeout(() => {
      const accept = (result: Result<SearchHit[]>) => {
        if (ticket !== latestSearch.current) return;
        setAnswer({ query: q, result });
        setActive(0);
      };
      (narrowed ? searchRef.current(q, narrowed) : searchRef.current(q)).then(accept, (error: unknown) =>
        accept({ ok: false, error: errorMessage(error) }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters]);

  const hits = answer?.result.ok ? answer.result.value : [];
  const current = opened.at(-1);
  const showingList = !current && query.trim() !== '' && hits.length > 0;

  useEffect(() => {
    if (showingList) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, showingList]);

  const open = (hit: Pick<SearchHit, 'kind' | 'id' | 'title'>) => {
    const key = ++openCounter.current;
    setOpened((stack) => [...stack, { key, hit }]);
    const settle = (result: Result<RecordDetail>) =>
      // A reply for a record no longer on the stack (the reader went back or searched again) is dropped.
      setOpened((stack) => stack.map((entry) => (entry.key === key ? { ...entry, result } : entry)));
    getRecordRef
      .current(hit.kind, hit.id)
      .then(settle, (error: unknown) => settle({ ok: false, error: errorMessage(error) }));
  };

  const back = () => {
    const wasLast = opened.length <= 1;
    setOpened((stack) => stack.slice(0, -1));
    // The input never unmounts, so focus can go back to it at once; `active` still marks the opened hit.
    if (wasLast) inputRef.current?.focus();
  };

  const onInput = (event: Event) => {
    setQuery((event.currentTarget as HTMLInputElement).value);
    setOpened([]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!showingList) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        open(hit);
      }
    }
  };

  const pickHint = (hint: string) => {
    setQuery(hint);
    inputRef.current?.focus();
  };

  return (
    <main class="lk">
      <header class="lk-header">
        <h1 class="lk-wordmark">Footnote</h1>
        <span class="lk-tagline">{t('lookupTagline')}</span>
      </header>
      {thisPage && <ThisPage {...thisPage} />}
      <div role="search" class="lk-search">
        <label for={INPUT_ID} class="lk-label">
          {t('lookupSearchLabel')}
        </label>
        <input
          ref={inputRef}
          id={INPUT_ID}
          class="lk-input"
          type="search"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={onInput}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-controls={LIST_ID}
          aria-expanded={showingList}
          aria-activedescendant={showingList ? optionId(active) : undefined}
        />
        <SearchFilters
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setOpened([]);
          }}
        />
      </div>
      <p class="fn-sr-only lk-results-status" role="status">
        {current ? '' : statusText(query, answer)}
      </p>
      {current ? (
        detailPane(current, back, open, library)
      ) : (
        <LookupResults
          query={query}
          answer={answer}
          active={active}
          listId={LIST_ID}
          optionId={optionId}
          onActive={setActive}
          onOpen={open}
          onHint={pickHint}
        />
      )}
    </main>
  );
}

// The detail side while a record loads or fails; a plain helper (not a component): one component per file.
function detailPane(
  entry: Opened,
  onBack: () => void,
  onOpen: (hit: SearchHit) => void,
  library?: LookupProps['library'],
) {
  if (entry.result?.ok)
    return (
      <RecordDetailView
        key={entry.key}
        detail={entry.result.value}
        formats={entry.result.value.citations}
        onBack={onBack}
        onOpen={onOpen}
        library={library}
      />
    );
  return (
    <div class="lk-detail">
      <BackButton onBack={onBack} />
      {entry.result ? (
        <p class="lk-error lk-message" role="alert">
          {entry.result.error}
        </p>
      ) : (
        <p class="fn-muted lk-message">{t('lookupOpening', entry.hit.title)}</p>
      )}
    </div>
  );
}

function statusText(query: string, answer: Answer | undefined): string {
  if (!query.trim() || !answer || !answer.result.ok) return '';
  const n = answer.result.value.length;
  return n === 0 ? t('lookupNoMatches') : n === 1 ? t('lookupOneResult') : t('lookupResults', n);
}
