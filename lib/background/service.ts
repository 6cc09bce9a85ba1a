/** Starts the background: loads the dataset on install or update, and answers messages. */
import { browser } from 'wxt/browser';
import { registerHandlers } from '../messaging';
import { getService, lastLoadReport, resetService } from './dataset-provider';
import { createHandlers } from './handlers';
import { loadSettings } from '../settings/store';

export function startBackground(): void {
  registerHandlers(createHandlers(() => getService(), lastLoadReport, loadSettings));
  browser.runtime.onInstalled.addListener(() => {
    // Install and update both ship a dataset that may be new: load it now rather than on the first article.
    resetService();
    getService().catch((error: unknown) =>
      console.warn('Footnote: dataset load failed; will retry on next use.', error),
    );
  });
}
