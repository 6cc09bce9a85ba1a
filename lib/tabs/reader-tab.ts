/**
 * Which tab the popup and the side panel speak about: the active tab of their window. Opened as a tab
 * themselves (a pinned lookup, or a test), they speak about the tab the reader was on just before.
 * Tab ids, `active` and `lastAccessed` need no permission; addresses would, so none are read here.
 */
import { browser } from 'wxt/browser';

/** The tab calls this needs, so tests can pass a fake. */
export interface ReaderTabsApi {
  getCurrent(): Promise<{ id?: number } | undefined>;
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number; lastAccessed?: number }[]>;
}

/** The id of the reader's tab, or undefined when there is none. */
export async function readerTabId(tabs: ReaderTabsApi = browser.tabs): Promise<number | undefined> {
  const own = (await tabs.getCurrent().catch(() => undefined))?.id;
  const [active] = await tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== own) return active.id;
  const others = (await tabs.query({})).filter((tab) => tab.id !== undefined && tab.id !== own);
  // Most recently used first; newer tabs (higher ids) break ties where the browser does not say.
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || b.id! - a.id!);
  return others[0]?.id;
}
