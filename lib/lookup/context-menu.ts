/**
 * "Look up in Footnote" on selected text. Browsers do not reliably let an extension open its toolbar
 * popup: Chrome's action.openPopup() needs a focused normal window, and Firefox's browserAction.openPopup()
 * needs a user action. So the click leaves the query for the popup and tries to open it; when that fails,
 * the lookup opens in a new tab as popup.html?q=…, which reads the same query from its URL.
 */
import { browser } from 'wxt/browser';
import { leavePendingQuery, pendingQueryItem, queryFromSelection } from './pending-query';

export const LOOK_UP_MENU_ID = 'footnote-look-up';

/** What the click handler needs from the browser, passed in so tests can watch it. */
export interface LookUpDeps {
  /** Opens the toolbar popup in a window; rejects (or is absent) where the browser does not allow it. */
  openPopup?: (windowId?: number) => Promise<unknown>;
  /** Opens an extension page in a new tab next to the current one. */
  openTab(url: string, openerTabId?: number): Promise<unknown>;
  /** The extension URL of a page, as runtime.getURL gives it. */
  pageUrl(path: string): string;
  leavePending?: (query: string) => Promise<void>;
  clearPending?: () => Promise<void>;
}

/** How a click was answered, for tests and debugging. */
export type LookUpOutcome = 'ignored' | 'popup' | 'tab';

/** The popup page's URL with the query in it. */
export function lookupPageUrl(pageUrl: (path: string) => string, query: string): string {
  return pageUrl(`/popup.html?q=${encodeURIComponent(query)}`);
}

/**
 * Answers a click on the menu item: the selection becomes a query in the popup, or in a tab when the
 * popup cannot be opened. Clicks on other menu items and empty selections are ignored.
 */
export async function handleLookUpClick(
  info: { menuItemId: string | number; selectionText?: string },
  tab: { id?: number; windowId?: number } | undefined,
  deps: LookUpDeps,
): Promise<LookUpOutcome> {
  if (info.menuItemId !== LOOK_UP_MENU_ID) return 'ignored';
  const query = queryFromSelection(info.selectionText);
  if (!query) return 'ignored';
  const leave = deps.leavePending ?? leavePendingQuery;
  const clear = deps.clearPending ?? (() => pendingQueryItem.removeValue());
  if (deps.openPopup) {
    // The query is written first and the popup opened in the same turn, not after an await: Firefox only
    // opens a popup while the click is still being handled, and the popup reads the query after it loads.
    const left = leave(query);
    let opened: Promise<unknown>;
    try {
      opened = deps.openPopup(tab?.windowId);
    } catch (error) {
      opened = Promise.reject(error);
    }
    try {
      await Promise.all([left, opened]);
      return 'popup';
    } catch {
      // Not allowed here (no focused window, no user gesture, or no storage.session): fall back to a tab.
      await clear().catch(() => undefined);
    }
  }
  await deps.openTab(lookupPageUrl(deps.pageUrl, query), tab?.id);
  return 'tab';
}

/**
 * Adds the menu item on install and update, and answers its clicks: wiring for the background. The
 * title comes from the shipped catalog; `%s` is where the browser writes the selected text.
 */
export function registerLookUpMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    // An update keeps the old item in some browsers: replace it rather than fail on a duplicate id.
    menus
      .removeAll()
      .then(() =>
        menus.create({
          id: LOOK_UP_MENU_ID,
          // WXT types getMessage by the files in public/_locales; the catalogs are added to the build by a hook.
          title:
            (browser.i18n.getMessage as (key: string) => string)('contextMenuLookUp') || 'Look up “%s” in Footnote',
          contexts: ['selection'],
        }),
      )
      .catch((error: unknown) => console.warn('Footnote: could not add the context menu item.', error));
  });
  const action = browser.action ?? browser.browserAction;
  menus.onClicked.addListener((info, tab) => {
    void handleLookUpClick(info, tab, {
      openPopup: action?.openPopup ? (windowId) => action.openPopup(windowId ? { windowId } : undefined) : undefined,
      openTab: (url, openerTabId) => browser.tabs.create({ url, ...(openerTabId ? { openerTabId } : {}) }),
      pageUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
    }).catch((error: unknown) => console.warn('Footnote: could not open the lookup.', error));
  });
}
