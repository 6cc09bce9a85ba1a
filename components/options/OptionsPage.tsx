import { useEffect, useState } from 'preact/hooks';
import type { DatasetStats, Result } from '@/lib/messaging';
import { withSiteMode, type Settings } from '@/lib/settings/schema';
import type { LibraryApi } from '@/lib/library/client';
import DatasetInfo from './DatasetInfo';
import LibrarySection from './LibrarySection';
import SettingsForm from './SettingsForm';
import SiteModesList from './SiteModesList';
import SitesList from './SitesList';
import { t } from '@/lib/i18n/translate';

/** Props for {@link OptionsPage}. */
export type OptionsPageProps = {
  load(): Promise<Settings>;
  save(change: Partial<Settings>): Promise<Settings>;
  stats(): Promise<Result<DatasetStats>>;
  /** Called after the language setting changes, so the page can speak the new language; resolves when it does. */
  onLanguageChange?(): Promise<void>;
  /** The reader's saved items and notes; without it the page has no library section. */
  library?: LibraryApi;
  /** Whether this browser can open its side panel from the page. */
  sidePanelAvailable?: boolean;
};

/** The options page: sidebar behaviour, language, excluded sites, the library, and the dataset's version and counts. */
export default function OptionsPage({
  load,
  save,
  stats,
  onLanguageChange,
  library,
  sidePanelAvailable = false,
}: OptionsPageProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [dataset, setDataset] = useState<Result<DatasetStats> | undefined>();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    load().then(setSettings, () => setFailed(true));
    stats().then(setDataset);
  }, []);

  const change = (next: Partial<Settings>) => {
    save(next)
      .then(async (saved) => {
        setSettings(saved);
        // Switch language first, so "Saved." is said in the language just chosen.
        if (next.language !== undefined && onLanguageChange) await onLanguageChange();
        setStatus(t('optionsSaved'));
      })
      .catch(() => setStatus(t('optionsSaveFailed')));
  };

  return (
    <main class="op-root">
      <h1>{t('optionsPageTitle')}</h1>
      <p class="op-status" role="status" aria-live="polite">
        {status}
      </p>
      {failed && (
        <p class="op-error" role="alert">
          {t('optionsReadFailed')}
        </p>
      )}
      {settings && (
        <>
          <SettingsForm settings={settings} onChange={change} sidePanelAvailable={sidePanelAvailable} />
          <SiteModesList
            siteModes={settings.siteModes}
            onChange={(site, mode) => {
              const { siteModes, neverOnSites } = withSiteMode(settings, site, mode);
              change({ siteModes, neverOnSites });
            }}
            onForget={(site) => {
              const { [site]: _forgotten, ...siteModes } = settings.siteModes;
              change({ siteModes });
            }}
          />
          <SitesList sites={settings.neverOnSites} onChange={(neverOnSites) => change({ neverOnSites })} />
        </>
      )}
      {library && <LibrarySection library={library} />}
      <DatasetInfo stats={dataset} />
    </main>
  );
}
