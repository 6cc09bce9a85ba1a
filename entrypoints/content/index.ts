import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnPage } from '@/lib/content/run';
import { loadSidebarUi } from '@/lib/content/sidebar-ui';
import { sendMessage } from '@/lib/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The sidebar itself is injected by the background only on pages that earn one.
    startOnPage(ctx, document, () => loadSidebarUi(() => sendMessage('loadSidebarUi', undefined).then((r) => r.ok)));
  },
});
