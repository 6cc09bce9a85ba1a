import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '@/components/sidebar/sidebar.css?inline';
import { publishSidebarUi } from '@/lib/content/sidebar-ui';
import { mountSidebar } from '@/lib/sidebar/host';
import { markTerms } from '@/lib/sidebar/marks';
import { activateStrings } from '@/lib/i18n/translate';

// Injected by the background into a page that earned a sidebar (see lib/content/sidebar-ui.ts).
export default defineUnlistedScript(() => {
  publishSidebarUi({
    activateStrings,
    mountSidebar: (doc, model, options) => mountSidebar(doc, model, { ...options, css }),
    markTerms,
  });
});
