import { useEffect, useState } from 'preact/hooks';
import type { DatasetStats, Result } from '@/lib/messaging';
import { withSiteMode, type Settings } from '@/lib/settings/schema';
import DatasetInfo from './DatasetInfo';
import SettingsForm from './SettingsForm';
import SiteModesList from './SiteModesList';
import SitesList from './SitesList';

/** Props for {@link OptionsPage}. */
export type OptionsPageProps = {
  load(): Promise<Settings>;
  save(change: Partial<Settings>): Promise<Settings>;
  stats(): Promise<Result<DatasetStats>>;
  /** Whether this browser can open its side panel from the page. */
  sidePanelAvailable?: boolean;
};

/** The options page: sidebar behaviour, excluded sites, and the dataset's version and counts. */
export default function OptionsPage({ load, save, stats, sidePanelAvailable = false }: OptionsPageProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [dataset, setDataset] = useState<Result<DatasetStats> | undefined>();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    load().then(setSettings, () => setFailed(true));
    stats().then(setDataset);
  }, []);

  const change = (next: Partial<Settings>) => {
    save(next).then(
      (saved) => {
        setSettings(saved);
        setStatus('Saved.');
      },
      () => setStatus('Could not save the change; please try again.'),
    );
  };

  return (
    <main class="op-root">
      <h1>Footnote settings</h1>
      <p class="op-status" role="status" aria-live="polite">
        {status}
      </p>
      {failed && (
        <p class="op-error" role="alert">
          Your settings could not be read.
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
      <DatasetInfo stats={dataset} />
    </main>
  );
}
