/**
 * The interface's words. Catalogs use the WebExtensions messages.json shape, so the build ships them as
 * `_locales/<lang>/messages.json`; `t` reads whichever strings were activated, so a page or the content
 * script can follow the reader's language setting rather than only the browser's UI language.
 */
export type Locale = 'en' | 'es';

export const LOCALES: readonly Locale[] = ['en', 'es'];

/** One catalog entry, as in messages.json. */
export interface CatalogEntry {
  message: string;
  description?: string;
}

export type Catalog = Record<string, CatalogEntry>;

/** The key of every message the interface uses; the English catalog is the reference. */
export type MessageKey = keyof typeof import('./messages/en.json');

/** A catalog flattened to key → text, as the content script receives it from the background. */
export type Strings = Partial<Record<MessageKey, string>>;

let active: Strings = {};
let activeLocale: Locale = 'en';

/** Makes `strings` the words `t` returns, in `locale`. */
export function activateStrings(locale: Locale, strings: Strings): void {
  active = strings;
  activeLocale = locale;
}

/** The language `t` currently speaks. */
export function currentLocale(): Locale {
  return activeLocale;
}

/** Runs `work` with `strings` active and restores the previous ones: the background answers each reader in their language. */
export function inLocale<T>(locale: Locale, strings: Strings, work: () => T): T {
  const [previous, previousLocale] = [active, activeLocale];
  activateStrings(locale, strings);
  try {
    return work();
  } finally {
    activateStrings(previousLocale, previous);
  }
}

/** The text for `key`, with `$1`…`$9` replaced by `substitutions`; the key itself when it is missing. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const template = active[key] ?? key;
  return template.replace(/\$([1-9])/g, (_match, index: string) => String(substitutions[Number(index) - 1] ?? ''));
}

/** The text for `key` split where `$1` goes, so a component can put an element (a date, a name) there. */
export function tAround(key: MessageKey, ...rest: Array<string | number>): [before: string, after: string] {
  const [before = '', after = ''] = t(key, '\u0000', ...rest).split('\u0000');
  return [before, after];
}
