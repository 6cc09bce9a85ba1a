import { render } from 'preact';
import Lookup from '@/components/lookup/Lookup';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import { initialLookupQuery } from '@/lib/lookup/pending-query';
import { sendMessage } from '@/lib/messaging';
import '@/components/lookup/lookup.css';

// Wiring only: the lookup gets the background's search and record replies through the one protocol, and
// starts with the query a context-menu click left for it (in the URL or in session storage).
const app = document.getElementById('app');
if (app) {
  activateStrings('en', stringsFor('en'));
  void initialLookupQuery(location.search).then((initialQuery) =>
    render(
      <Lookup
        search={(query, filters) => sendMessage('search', { query, ...filters })}
        getRecord={(kind, id) => sendMessage('getRecord', { kind, id })}
        initialQuery={initialQuery}
      />,
      app,
    ),
  );
}
