/**
 * The reader's settings: when the sidebar opens, what happens below the confidence gate, sites where
 * Footnote never runs, and the interface language. This module is small on purpose: the content script
 * imports it.
 */
import type { LanguageSetting } from '../i18n/locale';

/** Open automatically, or only as a small tab on the page edge that opens it. */
export type SidebarMode = 'auto' | 'edge-tab';
/** Below the confidence gate: show nothing, or only the edge tab. */
export type LowConfidence = 'hide' | 'edge-tab';

export interface Settings {
  sidebarMode: SidebarMode;
  lowConfidence: LowConfidence;
  /** Host names (no scheme, no port) where Footnote does nothing at all. */
  neverOnSites: string[];
  /** The interface language; 'auto' follows the browser (pages) and the article (sidebar). */
  language: LanguageSetting;
}

/** The storage key, in browser.storage.local, that WXT's storage item for settings uses. */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  sidebarMode: 'auto',
  lowConfidence: 'hide',
  neverOnSites: [],
  language: 'auto',
};

/** Whatever is stored (nothing, an older shape, junk) read as valid settings; unknown values fall back. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    sidebarMode: value.sidebarMode === 'edge-tab' ? 'edge-tab' : 'auto',
    lowConfidence: value.lowConfidence === 'edge-tab' ? 'edge-tab' : 'hide',
    neverOnSites: Array.isArray(value.neverOnSites)
      ? [
          ...new Set(
            value.neverOnSites
              .filter((s): s is string => typeof s === 'string')
              .map(normalizeHost)
              .filter(Boolean),
          ),
        ]
      : [],
    language: value.language === 'en' || value.language === 'es' ? value.language : 'auto',
  };
}

/** "https://www.Example.com:8080/x" or "Example.com" → "example.com". */
export function normalizeHost(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Whether Footnote should stay off a page at `url` (its host or a parent domain is listed). */
export function isSiteExcluded(settings: Settings, url: string): boolean {
  const host = normalizeHost(url);
  return settings.neverOnSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The reader's settings applied to an answer: nothing on an excluded site or, by default, below the
 * confidence gate; only the edge tab in edge-tab mode.
 */
export function applySettings<T extends { sidebar?: unknown; display?: 'open' | 'tab' }>(
  answer: T,
  settings: Settings,
  url: string,
): T {
  if (!answer.sidebar || !answer.display) return answer;
  const { sidebar: _sidebar, display: _display, ...rest } = answer;
  if (isSiteExcluded(settings, url)) return rest as T;
  if (answer.display === 'tab' && settings.lowConfidence === 'hide') return rest as T;
  if (settings.sidebarMode === 'edge-tab') return { ...answer, display: 'tab' };
  return answer;
}
