import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '@/components/sidebar/sidebar.css?inline';
import { runOnPage } from '@/lib/content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const run = await runOnPage(document, location.href, css, () => ctx.isValid);
    ctx.onInvalidated(() => run.host?.remove());
  },
});
