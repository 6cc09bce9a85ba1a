import { render } from 'preact';
import OptionsPage from '@/components/options/OptionsPage';
import { startPageLanguage } from '@/lib/i18n/page';
import { sendMessage } from '@/lib/messaging';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { messageLibrary } from '@/lib/library/client';
import '@/components/options/options.css';

// Wiring only: settings live in browser.storage; the dataset's figures come from the background.
const app = document.getElementById('app');
if (app) {
  const start = () =>
    render(
      <OptionsPage
        load={loadSettings}
        save={saveSettings}
        stats={() => sendMessage('getDatasetStats', undefined)}
        // A new language takes effect at once: the page starts again in it.
        library={messageLibrary}
        // Chromium opens its side panel from a click on the page; Firefox only from its own toolbar.
        sidePanelAvailable={!import.meta.env.FIREFOX}
        onLanguageChange={() => startPageLanguage(document, 'optionsPageTitle').then(start)}
      />,
      app,
    );
  void startPageLanguage(document, 'optionsPageTitle').then(start);
}
