/** Start-up for extension pages (popup, options, side panel): speak the reader's language before the first render. */
import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import { stringsFor } from './catalog';
import { pageLocale } from './locale';
import { activateStrings, t, type Locale, type MessageKey } from './translate';

/**
 * Activates the page's language (the setting, else the browser's UI language), and sets `<html lang>`
 * and the document title to match. Unreadable settings mean 'auto', never a page that fails to open.
 */
export async function startPageLanguage(doc: Document, titleKey: MessageKey): Promise<Locale> {
  const setting = await loadSettings().then(
    (settings) => settings.language,
    () => 'auto' as const,
  );
  const locale = pageLocale(setting, browser.i18n.getUILanguage());
  activateStrings(locale, stringsFor(locale));
  doc.documentElement.lang = locale;
  doc.title = t(titleKey);
  return locale;
}
