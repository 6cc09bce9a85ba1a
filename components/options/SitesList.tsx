import { useState } from 'preact/hooks';
import { normalizeHost } from '@/lib/settings/schema';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SitesList}. */
export type SitesListProps = {
  sites: string[];
  onChange(sites: string[]): void;
};

/** Sites where Footnote never runs: add by address or name, remove from the list. */
export default function SitesList({ sites, onChange }: SitesListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setError(t('optionsSiteInvalid'));
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <section class="op-section" aria-labelledby="op-sites-heading">
      <h2 id="op-sites-heading">{t('optionsSitesHeading')}</h2>
      <form class="op-row" onSubmit={add}>
        <label class="op-label" for="op-site-input">
          {t('optionsSiteLabel')}
        </label>
        <input
          id="op-site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="example.com"
          value={draft}
          aria-describedby={error ? 'op-site-error' : undefined}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
      {error && (
        <p id="op-site-error" class="op-error" role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="op-hint">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="op-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('optionsSiteRemoveLabel', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
