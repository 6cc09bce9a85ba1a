import { render } from 'preact';
import Lookup from '@/components/lookup/Lookup';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import { readerTabId } from '@/lib/tabs/reader-tab';
import '@/components/lookup/lookup.css';

// Wiring only: the lookup gets the background's search and record replies through the one protocol,
// and "this page" asks about the reader's tab.
activateStrings('en', stringsFor('en'));
const tab = readerTabId();
const app = document.getElementById('app');
if (app) {
  render(
    <Lookup
      search={(query) => sendMessage('search', { query })}
      getRecord={(kind, id) => sendMessage('getRecord', { kind, id })}
      thisPage={{
        status: async () => {
          const tabId = await tab;
          return tabId === undefined
            ? { ok: true, value: { reason: 'not-web-page' } }
            : sendMessage('getPageStatus', { tabId });
        },
        showHere: async () => {
          const tabId = await tab;
          return tabId === undefined
            ? { ok: true, value: { reason: 'not-web-page' } }
            : sendMessage('showSidebarInTab', { tabId });
        },
      }}
    />,
    app,
  );
}
