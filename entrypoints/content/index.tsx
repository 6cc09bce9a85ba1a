import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '@/components/sidebar/sidebar.css?inline';
import { startOnPage } from '@/lib/content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startOnPage(ctx, document, css);
  },
});
