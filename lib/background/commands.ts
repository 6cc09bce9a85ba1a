/** The keyboard shortcut: relayed to the active tab's content script, which opens or closes the sidebar. */
import { sendTabMessage, type PageStatus, type TabsApi } from '../messaging';

/** The command name in the manifest's `commands`. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/** The tab calls the background needs: messaging, and finding the active tab when the event names none. */
export interface CommandTabsApi extends TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
}

/** A `commands.onCommand` listener over `tabs`; resolves with the tab's answer (undefined for other commands). */
export function createCommandHandler(tabs: CommandTabsApi) {
  return async (command: string, tab?: { id?: number }): Promise<PageStatus | undefined> => {
    if (command !== TOGGLE_SIDEBAR_COMMAND) return undefined;
    const tabId = tab?.id ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return { reason: 'not-web-page' };
    return sendTabMessage(tabs, tabId, 'toggleSidebar');
  };
}
