import { useState } from 'preact/hooks';
import Icon from '@/components/shared/Icon';
import { t, type MessageKey } from '@/lib/i18n/translate';
import type { SiteMode } from '@/lib/settings/schema';

/** Props for {@link SiteModeMenu}. */
export type SiteModeMenuProps = {
  mode: SiteMode;
  onChange(mode: SiteMode): void;
};

/** The choices, in the order the menu lists them, with their labels' keys. */
export const SITE_MODE_LABELS: [SiteMode, MessageKey][] = [
  ['auto', 'modeAuto'],
  ['edge-tab', 'modeEdgeTab'],
  ['on-request', 'modeOnRequest'],
  ['never', 'modeNever'],
];

/** The header's compact "On this site" menu: when the sidebar opens on the page's site. */
export default function SiteModeMenu({ mode, onChange }: SiteModeMenuProps) {
  const [open, setOpen] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Esc closes the menu first; the panel's own Esc (collapse) waits for the next press.
    event.preventDefault();
    setOpen(false);
  };
  return (
    <div class="fn-menu" onKeyDown={onKeyDown}>
      <button
        type="button"
        class="fn-icon-button"
        aria-label={t('siteMenuButton')}
        title={t('siteMenuButton')}
        aria-expanded={open}
        aria-controls="fn-site-menu"
        onClick={() => setOpen(!open)}
      >
        <Icon d="M3 4h10M3 8h10M3 12h10" />
      </button>
      {open && (
        <fieldset id="fn-site-menu" class="fn-menu-list">
          <legend>{t('siteMenuLegend')}</legend>
          {SITE_MODE_LABELS.map(([value, key]) => (
            <label key={value} class="fn-menu-choice">
              <input
                type="radio"
                name="fn-site-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setOpen(false);
                  onChange(value);
                }}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
