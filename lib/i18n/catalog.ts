/**
 * Both catalogs, for extension pages, the background and the build. The content script does not import
 * this (it would carry both languages); it gets its strings from the background with the sidebar.
 */
import en from './messages/en.json';
import es from './messages/es.json';
import type { Catalog, Locale, Strings } from './translate';

export const CATALOGS: Record<Locale, Catalog> = { en, es };

/** The catalog for `locale` flattened to key → text, English filling any gap. */
export function stringsFor(locale: Locale): Strings {
  const strings: Record<string, string> = {};
  for (const [key, entry] of Object.entries(CATALOGS.en)) strings[key] = entry.message;
  for (const [key, entry] of Object.entries(CATALOGS[locale])) strings[key] = entry.message;
  return strings as Strings;
}
