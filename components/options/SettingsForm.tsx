import { t } from '@/lib/i18n/translate';
import type { LowConfidence, Settings, SidebarMode } from '@/lib/settings/schema';

/** Props for {@link SettingsForm}. */
export type SettingsFormProps = {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  /** Whether this browser can open its side panel from the page (Chromium; not Firefox). */
  sidePanelAvailable?: boolean;
};

const MODES: [SidebarMode, string, string][] = [
  ['auto', 'Open automatically', 'The sidebar opens beside a relevant article.'],
  ['edge-tab', 'Edge tab only', 'A small tab on the page edge; the sidebar opens when you choose it.'],
];

const LOW: [LowConfidence, string][] = [
  ['hide', 'Show nothing'],
  ['edge-tab', 'Show only the edge tab'],
];

/** When the sidebar opens, and what happens when Footnote is unsure. */
export default function SettingsForm({ settings, onChange, sidePanelAvailable = false }: SettingsFormProps) {
  return (
    <section class="op-section" aria-labelledby="op-sidebar-heading">
      <h2 id="op-sidebar-heading">Sidebar</h2>
      <fieldset class="op-fieldset">
        <legend>When Footnote recognises an article</legend>
        {[...MODES, ['on-request', t('modeOnRequest'), t('optionsModeOnRequestHint')] as const].map(
          ([value, label, hint]) => (
            <label class="op-choice" key={value}>
              <input
                type="radio"
                name="sidebarMode"
                value={value}
                checked={settings.sidebarMode === value}
                onChange={() => onChange({ sidebarMode: value })}
              />
              <span>
                <span class="op-choice-label">{label}</span>
                <span class="op-hint">{hint}</span>
              </span>
            </label>
          ),
        )}
      </fieldset>
      <fieldset class="op-fieldset">
        <legend>When it is less sure the article is about a local decision</legend>
        {LOW.map(([value, label]) => (
          <label class="op-choice" key={value}>
            <input
              type="radio"
              name="lowConfidence"
              value={value}
              checked={settings.lowConfidence === value}
              onChange={() => onChange({ lowConfidence: value })}
            />
            <span class="op-choice-label">{label}</span>
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
  );
}
