/**
 * The reader's settings: when the sidebar opens, what happens below the confidence gate, sites where
 * Footnote never runs, and the interface language. This module is small on purpose: the content script
 * imports it.
 */
import type { LanguageSetting } from '../i18n/locale';

/** Open automatically, only as a small tab on the page edge that opens it, or only when the reader asks. */
export type SidebarMode = 'auto' | 'edge-tab' | 'on-request';
/** A mode for one site: one of the sidebar modes, or never run there at all. */
export type SiteMode = SidebarMode | 'never';
/** Below the confidence gate: show nothing, or only the edge tab. */
export type LowConfidence = 'hide' | 'edge-tab';

export interface Settings {
  sidebarMode: SidebarMode;
  lowConfidence: LowConfidence;
  /** Host names (no scheme, no port) where Footnote does nothing at all. */
  neverOnSites: string[];
  /** The interface language; 'auto' follows the browser (pages) and the article (sidebar). */
  language: LanguageSetting;
  /** Host name → the mode on that site, overriding `sidebarMode`. */
  siteModes: Record<string, SidebarMode>;
  /** Open in the browser's own side panel instead of on the page (where the browser allows it). */
  preferSidePanel: boolean;
}

/** The storage key, in browser.storage.local, that WXT's storage item for settings uses. */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  sidebarMode: 'auto',
  lowConfidence: 'hide',
  neverOnSites: [],
  language: 'auto',
  siteModes: {},
  preferSidePanel: false,
};

const MODES: readonly SidebarMode[] = ['auto', 'edge-tab', 'on-request'];

function isSidebarMode(value: unknown): value is SidebarMode {
  return MODES.includes(value as SidebarMode);
}

/** Whether `value` is a mode a reader can give a site: one of the sidebar modes, or never. */
export function isSiteMode(value: unknown): value is SiteMode {
  return value === 'never' || isSidebarMode(value);
}

/** Whatever is stored (nothing, an older shape, junk) read as valid settings; unknown values fall back. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    sidebarMode: isSidebarMode(value.sidebarMode) ? value.sidebarMode : 'auto',
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
    siteModes: normalizeSiteModes(value.siteModes),
    preferSidePanel: value.preferSidePanel === true,
  };
}

function normalizeSiteModes(raw: unknown): Record<string, SidebarMode> {
  const modes: Record<string, SidebarMode> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return modes;
  for (const [site, mode] of Object.entries(raw)) {
    const host = normalizeHost(site);
    if (host && isSidebarMode(mode)) modes[host] = mode;
  }
  return modes;
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

/** The mode on the site of `url`: never when excluded, else the site's own mode, else the general one. */
export function modeForSite(settings: Settings, url: string): SiteMode {
  if (isSiteExcluded(settings, url)) return 'never';
  return settings.siteModes[normalizeHost(url)] ?? settings.sidebarMode;
}

/** Settings with `mode` chosen for `site` ("never" adds it to the excluded sites; any other mode takes it off). */
export function withSiteMode(settings: Settings, site: string, mode: SiteMode): Settings {
  const host = normalizeHost(site);
  if (!host) return settings;
  const siteModes = { ...settings.siteModes };
  delete siteModes[host];
  const neverOnSites = settings.neverOnSites.filter((s) => s !== host);
  if (mode === 'never') return { ...settings, siteModes, neverOnSites: [...neverOnSites, host].sort() };
  if (mode !== settings.sidebarMode) siteModes[host] = mode;
  return { ...settings, siteModes, neverOnSites };
}

/** Why an answer that had a sidebar shows none: the site is excluded, it is below the gate, or the mode waits. */
export type Withheld = 'excluded' | 'low-confidence' | 'on-request';

/**
 * The reader's settings applied to an answer: nothing on an excluded site, by default nothing below the
 * confidence gate, only the edge tab in edge-tab mode, nothing until asked in on-request mode. When the
 * reader asked (`requested`), the sidebar opens whatever the mode, the gate or the site.
 */
export function applySettings<T extends { sidebar?: unknown; display?: 'open' | 'tab'; withheld?: Withheld }>(
  answer: T,
  settings: Settings,
  url: string,
  requested = false,
): T {
  if (!answer.sidebar || !answer.display) return answer;
  if (requested) return { ...answer, display: 'open' };
  const { sidebar: _sidebar, display: _display, ...rest } = answer;
  const mode = modeForSite(settings, url);
  if (mode === 'never') return { ...rest, withheld: 'excluded' } as T;
  if (answer.display === 'tab' && settings.lowConfidence === 'hide')
    return { ...rest, withheld: 'low-confidence' } as T;
  if (mode === 'on-request') return { ...rest, withheld: 'on-request' } as T;
  if (mode === 'edge-tab') return { ...answer, display: 'tab' };
  return answer;
}
