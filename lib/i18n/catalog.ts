/**
 * Both catalogs, for extension pages, the background and the build. The content script does not import
 * this (it would carry both languages); it gets its strings from the background with the sidebar.
 */
import en from './messages/en.json';
import es from './messages/es.json';
import type { Catalog, Locale, Strings } from './translate';

export const CATALOGS: Record<Locale, Catalog> = { en, es };

const flattened = new Map<Locale, Strings>();

/** The catalog for `locale` flattened to key → text, English filling any gap. */
export function stringsFor(locale: Locale): Strings {
  const cached = flattened.get(locale);
  if (cached) return cached;
  const strings: Record<string, string> = {};
  for (const [key, entry] of Object.entries(CATALOGS.en)) strings[key] = entry.message;
  for (const [key, entry] of Object.entries(CATALOGS[locale])) strings[key] = entry.message;
  flattened.set(locale, strings as Strings);
  return strings as Strings;
}

/** Keys only extension pages show (the lookup, the options page, the manifest): not sent to the content script. */
const PAGE_ONLY = /^(lookup|options|ext|action)[A-Z]/;
const forSidebar = new Map<Locale, Strings>();

/** The strings the content script needs for the sidebar: everything but the pages' own. */
export function sidebarStringsFor(locale: Locale): Strings {
  const cached = forSidebar.get(locale);
  if (cached) return cached;
  const strings = Object.fromEntries(Object.entries(stringsFor(locale)).filter(([key]) => !PAGE_ONLY.test(key)));
  forSidebar.set(locale, strings as Strings);
  return strings as Strings;
}
