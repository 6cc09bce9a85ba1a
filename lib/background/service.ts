/** Starts the background: loads the dataset on install or update, and answers messages. */
import { browser } from 'wxt/browser';
import { registerHandlers, type TabSidebarChanged } from '../messaging';
import { getService, lastLoadReport, resetService } from './dataset-provider';
import { createCommandHandler } from './commands';
import { createHandlers } from './handlers';
import { TabRecords } from './tab-status';
import { cachedSettings } from '../settings/store';
import { SIDEBAR_UI_FILE } from '../content/sidebar-ui';
import { activateStrings } from '../i18n/translate';
import { stringsFor } from '../i18n/catalog';

/** Chrome's side panel API, which the polyfill does not describe. */
interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

/** Runs the sidebar's script in one frame of a tab: scripting in Manifest V3, tabs in Firefox's V2. */
function injectSidebarUi(tabId: number, frameId: number): Promise<unknown> {
  if (import.meta.env.MANIFEST_VERSION === 2)
    return browser.tabs.executeScript(tabId, { file: SIDEBAR_UI_FILE, frameId, runAt: 'document_idle' });
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SIDEBAR_UI_FILE] });
}

export function startBackground(): void {
  // English until a request names a language; each answer is then worded in the reader's (see handlers).
  activateStrings('en', stringsFor('en'));
  // storage.session: memory the browser keeps while it runs, so a sleeping service worker loses nothing.
  const records = new TabRecords(browser.storage.session);
  const settings = cachedSettings();
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  registerHandlers(
    createHandlers(() => getService(), lastLoadReport, settings.get, {
      uiLanguage: () => browser.i18n.getUILanguage(),
      records,
      tabs: browser.tabs,
      saveSettings: settings.set,
      openSidePanel: sidePanel ? (tabId) => sidePanel.open({ tabId }) : undefined,
      injectSidebarUi,
    }),
  );
  // A tab's verdict belongs to the page it was made on.
  browser.tabs.onRemoved.addListener((tabId) => records.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') records.forget(tabId);
  });
  records.onChange((tabId) => {
    const notice: TabSidebarChanged = { footnote: 1, type: 'tabSidebarChanged', tabId };
    // Nobody listens unless the side panel is open.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  });
  const onCommand = createCommandHandler(browser.tabs);
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.runtime.onInstalled.addListener(() => {
    // Install and update both ship a dataset that may be new: load it now rather than on the first article.
    resetService();
    getService().catch((error: unknown) =>
      console.warn('Footnote: dataset load failed; will retry on next use.', error),
    );
  });
}
