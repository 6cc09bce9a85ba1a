import type { LanguageSetting } from '@/lib/i18n/locale';
import { t, type MessageKey } from '@/lib/i18n/translate';
import type { LowConfidence, Settings, SidebarMode } from '@/lib/settings/schema';

/** Props for {@link SettingsForm}. */
export type SettingsFormProps = {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  /** Whether this browser can open its side panel from the page (Chromium; not Firefox). */
  sidePanelAvailable?: boolean;
};

const MODES: [SidebarMode, MessageKey, MessageKey][] = [
  ['auto', 'optionsModeAuto', 'optionsModeAutoHint'],
  ['edge-tab', 'optionsModeEdgeTab', 'optionsModeEdgeTabHint'],
  ['on-request', 'modeOnRequest', 'optionsModeOnRequestHint'],
];

const LOW: [LowConfidence, MessageKey][] = [
  ['hide', 'optionsLowHide'],
  ['edge-tab', 'optionsLowEdgeTab'],
];

/** Each language names itself, so a reader who cannot read the current one can still find theirs. */
const LANGUAGES: [LanguageSetting, MessageKey, lang?: string][] = [
  ['auto', 'optionsLanguageAuto'],
  ['en', 'optionsLanguageEn', 'en'],
  ['es', 'optionsLanguageEs', 'es'],
];

/** When the sidebar opens, what happens when Footnote is unsure, and the interface language. */
export default function SettingsForm({ settings, onChange, sidePanelAvailable = false }: SettingsFormProps) {
  return (
    <>
      <section class="op-section" aria-labelledby="op-sidebar-heading">
        <h2 id="op-sidebar-heading">{t('optionsSidebarHeading')}</h2>
        <fieldset class="op-fieldset">
          <legend>{t('optionsModeLegend')}</legend>
          {MODES.map(([value, label, hint]) => (
            <label class="op-choice" key={value}>
              <input
                type="radio"
                name="sidebarMode"
                value={value}
                checked={settings.sidebarMode === value}
                onChange={() => onChange({ sidebarMode: value })}
              />
              <span>
                <span class="op-choice-label">{t(label)}</span>
                <span class="op-hint">{t(hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset class="op-fieldset">
          <legend>{t('optionsLowLegend')}</legend>
          {LOW.map(([value, label]) => (
            <label class="op-choice" key={value}>
              <input
                type="radio"
                name="lowConfidence"
                value={value}
                checked={settings.lowConfidence === value}
                onChange={() => onChange({ lowConfidence: value })}
              />
              <span class="op-choice-label">{t(label)}</span>
            </label>
          ))}
        </fieldset>
        {sidePanelAvailable && (
          <label class="op-choice">
            <input
              type="checkbox"
              checked={settings.preferSidePanel}
              onChange={(e) => onChange({ preferSidePanel: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>
              <span class="op-choice-label">{t('optionsPreferSidePanel')}</span>
              <span class="op-hint">{t('optionsPreferSidePanelHint')}</span>
            </span>
          </label>
        )}
      </section>
      <section class="op-section" aria-labelledby="op-language-heading">
        <h2 id="op-language-heading">{t('optionsLanguageHeading')}</h2>
        <fieldset class="op-fieldset">
          <legend>{t('optionsLanguageLegend')}</legend>
          {LANGUAGES.map(([value, label, lang]) => (
            <label class="op-choice" key={value}>
              <input
                type="radio"
                name="language"
                value={value}
                checked={settings.language === value}
                onChange={() => onChange({ language: value })}
              />
              <span>
                <span class="op-choice-label" lang={lang}>
                  {t(label)}
                </span>
                {value === 'auto' && <span class="op-hint">{t('optionsLanguageAutoHint')}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
