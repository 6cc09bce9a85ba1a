import { render } from 'preact';
import Lookup from '@/components/lookup/Lookup';
import { startPageLanguage } from '@/lib/i18n/page';
import { sendMessage } from '@/lib/messaging';
import '@/components/lookup/lookup.css';

// Wiring only: the lookup gets the background's search and record replies through the one protocol.
const app = document.getElementById('app');
if (app) {
  void startPageLanguage(document, 'lookupPageTitle').then(() =>
    render(
      <Lookup
        search={(query) => sendMessage('search', { query })}
        getRecord={(kind, id) => sendMessage('getRecord', { kind, id })}
      />,
      app,
    ),
  );
}
