import { render } from 'preact';
import Lookup from '@/components/lookup/Lookup';
import { startPageLanguage } from '@/lib/i18n/page';
import { initialLookupQuery, queryFromUrl } from '@/lib/lookup/pending-query';
import { sendMessage, type PageStatus, type Result } from '@/lib/messaging';
import { messageLibrary } from '@/lib/library/client';
import { readerTabId } from '@/lib/tabs/reader-tab';
import '@/components/lookup/lookup.css';

// Wiring only: the lookup gets the background's search and record replies through the one protocol, and
// starts with the query a context-menu click left for it (in the URL at once, or from session storage);
// "this page" asks about the reader's tab.
const tab = readerTabId();
/** Asks the background about the reader's tab; without one (not a web page) there is nothing to ask. */
const askAboutTab = (type: 'getPageStatus' | 'showSidebarInTab') => async (): Promise<Result<PageStatus>> => {
  const tabId = await tab;
  return tabId === undefined ? { ok: true, value: { reason: 'not-web-page' } } : sendMessage(type, { tabId });
};
const app = document.getElementById('app');
if (app) {
  const show = (initialQuery: string | undefined, key: string) =>
    render(
      <Lookup
        key={key}
        search={(query, filters) => sendMessage('search', { query, ...filters })}
        getRecord={(kind, id) => sendMessage('getRecord', { kind, id })}
        initialQuery={initialQuery}
        library={messageLibrary}
        thisPage={{ status: askAboutTab('getPageStatus'), showHere: askAboutTab('showSidebarInTab') }}
      />,
      app,
    );
  const fromUrl = queryFromUrl(location.search);
  // The pending query is taken at once, by this opening of the lookup, not whenever the language is ready.
  const pending = initialLookupQuery(location.search);
  // Rendered before session storage answers, so the popup is interactive at once; a pending query then
  // starts a fresh lookup with it.
  void startPageLanguage(document, 'lookupPageTitle').then(() => {
    show(fromUrl, 'url');
    void pending.then((query) => {
      if (query && query !== fromUrl) show(query, 'pending');
    });
  });
}
