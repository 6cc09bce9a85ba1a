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
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the reader's settings. The dataset and the library live in the extension's IndexedDB.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    // The shortcut that opens and closes the sidebar on the current page (the reader can change it).
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandToggleSidebar__' },
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
