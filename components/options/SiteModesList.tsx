import { SITE_MODE_LABELS } from '@/components/sidebar/SiteModeMenu';
import { t } from '@/lib/i18n/translate';
import type { SidebarMode, SiteMode } from '@/lib/settings/schema';

/** Props for {@link SiteModesList}. */
export type SiteModesListProps = {
  /** Host name → its own mode. */
  siteModes: Record<string, SidebarMode>;
  /** The reader changed a site's mode ("never" moves it to the excluded sites). */
  onChange(site: string, mode: SiteMode): void;
  /** The reader wants the general setting back on a site. */
  onForget(site: string): void;
};

/** Sites with their own sidebar mode (chosen from the sidebar's "On this site" menu): change or forget each. */
export default function SiteModesList({ siteModes, onChange, onForget }: SiteModesListProps) {
  const sites = Object.keys(siteModes).sort();
  return (
    <section class="op-section" aria-labelledby="op-site-modes-heading">
      <h2 id="op-site-modes-heading">{t('optionsSiteModesTitle')}</h2>
      {sites.length === 0 ? (
        <p class="op-hint">{t('optionsSiteModesEmpty')}</p>
      ) : (
        <ul class="op-sites">
          {sites.map((site, index) => (
            <li key={site}>
              <label for={`op-site-mode-${index}`}>{site}</label>
              <select
                id={`op-site-mode-${index}`}
                aria-label={t('optionsSiteModeFor', site)}
                value={siteModes[site]}
                onChange={(e) => onChange(site, (e.currentTarget as HTMLSelectElement).value as SiteMode)}
              >
                {SITE_MODE_LABELS.map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(key)}
                  </option>
                ))}
              </select>
              <button type="button" aria-label={t('optionsForgetSiteMode', site)} onClick={() => onForget(site)}>
                {t('optionsForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
