import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CATALOGS } from './lib/i18n/catalog';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so every module says where its names come from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The catalogs live in lib/i18n so pages can bundle them; the browser reads the same files from _locales.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, catalog] of Object.entries(CATALOGS)) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(catalog, null, 2) });
      }
    },
    // WXT takes the toolbar tooltip from the popup's <title>, which cannot be localized; the manifest's can.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) {
        if (action) action.default_title = '__MSG_actionTitle__';
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the reader's settings. The dataset and the library live in the extension's IndexedDB.
    // contextMenus: "Look up in Footnote" on selected text.
    // scripting (and, in Firefox's V2, the host patterns): the sidebar's script is injected only into pages
    // that earn a sidebar, on the same pages the content script already runs on.
    permissions: ['storage', 'contextMenus', ...(manifestVersion === 2 ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Keyboard shortcuts: Alt+Shift+F opens the lookup, Alt+Shift+S the sidebar. WXT renames action to browser_action for MV2 but not
    // the command, so Firefox's MV2 build gets _execute_browser_action here.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
      },
      // Opens and closes the sidebar on the current page (the reader can change it in the browser).
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggleSidebar__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'footnote@footnote.example',
              // data_collection_permissions is read from Firefox 140 (142 on Android) on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
