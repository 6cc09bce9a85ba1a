import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so every module says where its names come from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description:
      'Background for local immigration-policy news: the laws, decisions and primary sources an article leaves out. Works offline; nothing leaves your browser.',
    // storage: the reader's settings. The dataset and the library live in the extension's IndexedDB.
    permissions: ['storage'],
    action: { default_title: 'Footnote: look up a law, place or source' },
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
