import { render } from 'preact';
import OptionsPage from '@/components/options/OptionsPage';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import '@/components/options/options.css';

// Wiring only: settings live in browser.storage; the dataset's figures come from the background.
activateStrings('en', stringsFor('en'));
const app = document.getElementById('app');
if (app) {
  render(
    <OptionsPage
      load={loadSettings}
      save={saveSettings}
      stats={() => sendMessage('getDatasetStats', undefined)}
      // Chromium opens its side panel from a click on the page; Firefox only from its own toolbar.
      sidePanelAvailable={!import.meta.env.FIREFOX}
    />,
    app,
  );
}
