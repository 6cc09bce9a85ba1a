/**
 * Which language the interface speaks. The reader's setting wins; under 'auto', extension pages follow
 * the browser's UI language and the sidebar follows the article's language, so a Spanish story gets a
 * Spanish sidebar even in an English browser.
 */
import type { Locale } from './translate';

/** The reader's choice: a language, or 'auto' to follow the browser and the article. */
export type LanguageSetting = 'auto' | Locale;

export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'en', 'es'];

/** "es-419", "es_MX" or "ES" → 'es'; "en-US" → 'en'; a language Footnote does not speak → undefined. */
export function supportedLocale(tag: string | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

/** The language of an extension page (popup, options): the setting, else the browser's UI language, else English. */
export function pageLocale(setting: LanguageSetting, uiLanguage: string | undefined): Locale {
  return setting !== 'auto' ? setting : (supportedLocale(uiLanguage) ?? 'en');
}

/** The sidebar's language: the setting, else the article's language, else the page rule. */
export function sidebarLocale(
  setting: LanguageSetting,
  articleLanguage: string | undefined,
  uiLanguage: string | undefined,
): Locale {
  if (setting !== 'auto') return setting;
  return supportedLocale(articleLanguage) ?? pageLocale(setting, uiLanguage);
}
