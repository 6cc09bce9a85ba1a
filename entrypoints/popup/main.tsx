import { render } from 'preact';
import Lookup from '@/components/lookup/Lookup';
import { sendMessage } from '@/lib/messaging';
import { messageLibrary } from '@/lib/library/client';
import { activateStrings } from '@/lib/i18n/translate';
import { stringsFor } from '@/lib/i18n/catalog';
import '@/components/lookup/lookup.css';

// Wiring only: the lookup gets the background's search and record replies through the one protocol.
activateStrings('en', stringsFor('en'));
const app = document.getElementById('app');
if (app) {
  render(
    <Lookup
      search={(query) => sendMessage('search', { query })}
      getRecord={(kind, id) => sendMessage('getRecord', { kind, id })}
      library={messageLibrary}
    />,
    app,
  );
}
