/** Starts the background: loads the dataset on install or update, and answers messages. */
import { browser } from 'wxt/browser';
import { registerHandlers } from '../messaging';
import { getService, lastLoadReport, resetService } from './dataset-provider';
import { createHandlers } from './handlers';
import { loadSettings } from '../settings/store';
import { activateStrings } from '../i18n/translate';
import { stringsFor } from '../i18n/catalog';

export function startBackground(): void {
  // English until a request names a language; each answer is then worded in the reader's (see handlers).
  activateStrings('en', stringsFor('en'));
  registerHandlers(
    createHandlers(
      () => getService(),
      lastLoadReport,
      loadSettings,
      () => browser.i18n.getUILanguage(),
    ),
  );
  browser.runtime.onInstalled.addListener(() => {
    // Install and update both ship a dataset that may be new: load it now rather than on the first article.
    resetService();
    getService().catch((error: unknown) =>
      console.warn('Footnote: dataset load failed; will retry on next use.', error),
    );
  });
}
