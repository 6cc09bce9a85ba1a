import { render } from 'preact';
import { browser } from 'wxt/browser';
import SidePanelView from '@/components/sidebar/SidePanelView';
import { startPageLanguage } from '@/lib/i18n/page';
import { isTabSidebarChanged, sendMessage } from '@/lib/messaging';
import { readerTabId } from '@/lib/tabs/reader-tab';
import '@/components/sidebar/side-panel.css';

// Wiring only: the side panel shows the sidebar of the reader's tab and follows tab switches and new verdicts,
// in the reader's language like the other extension pages.
const app = document.getElementById('app');
let shownTab: number | undefined;
let ticket = 0;

async function showTab(tabId: number | undefined): Promise<void> {
  const mine = ++ticket;
  shownTab = tabId;
  const reply = tabId === undefined ? undefined : await sendMessage('getTabSidebar', { tabId });
  if (mine !== ticket || !app) return;
  render(<SidePanelView model={reply?.ok ? reply.value : null} />, app);
}

if (app) {
  void startPageLanguage(document, 'extName').then(() => {
    render(<SidePanelView model={undefined} />, app);
    void readerTabId().then(showTab);
    browser.tabs.onActivated.addListener(() => void readerTabId().then(showTab));
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isTabSidebarChanged(message) && message.tabId === shownTab) void showTab(shownTab);
    });
  });
}
