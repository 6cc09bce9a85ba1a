import type { RecordKind } from '@/lib/dataset/schema';
import { FEDERAL, type SearchFilters as Filters } from '@/lib/dataset/search-filters';
import { STATES } from '@/lib/detect/states';
import { currentLocale, t, type MessageKey } from '@/lib/i18n/translate';

/** Props for {@link SearchFilters}. */
export type SearchFiltersProps = {
  filters: Filters;
  onChange(filters: Filters): void;
};

/** The kinds a reader can narrow to, in the order the menu lists them, with their plural names. */
const KIND_OPTIONS: readonly [RecordKind, MessageKey][] = [
  ['law', 'lookupKindLaws'],
  ['jurisdiction', 'lookupKindPlaces'],
  ['decision', 'lookupKindDecisions'],
  ['case', 'lookupKindCases'],
  ['agreement', 'lookupKindAgreements'],
  ['claim', 'lookupKindClaims'],
  ['source', 'lookupKindSources'],
];

/**
 * Two native selects under the search box: kind of record and state. Native selects keep the keyboard
 * and screen readers' own handling; an empty value means "all".
 */
export default function SearchFilters({ filters, onChange }: SearchFiltersProps) {
  const kind = filters.kinds?.[0] ?? '';
  const state = filters.state ?? '';
  const spanish = currentLocale() === 'es';
  const states = STATES.map((s) => ({ code: s.code, name: spanish ? s.spanish : s.name })).sort((a, b) =>
    a.name.localeCompare(b.name, currentLocale()),
  );
  const change = (next: { kind?: string; state?: string }) => {
    const nextKind = next.kind ?? kind;
    const nextState = next.state ?? state;
    onChange({
      ...(nextKind ? { kinds: [nextKind as RecordKind] } : {}),
      ...(nextState ? { state: nextState } : {}),
    });
  };
  return (
    <div class="lk-filters">
      <label class="lk-filter">
        <span class="lk-filter-label">{t('lookupFilterKind')}</span>
        <select
          class="lk-select"
          value={kind}
          onChange={(event) => change({ kind: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('lookupFilterAllKinds')}</option>
          {KIND_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label class="lk-filter">
        <span class="lk-filter-label">{t('lookupFilterState')}</span>
        <select
          class="lk-select"
          value={state}
          onChange={(event) => change({ state: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('lookupFilterAllStates')}</option>
          <option value={FEDERAL}>{t('lookupFilterFederal')}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
