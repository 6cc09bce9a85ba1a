/**
 * The sidebar's state per site — folded or open, and its width — in browser.storage.local, so a site
 * keeps the reader's last arrangement across reloads. Small on purpose: the content script imports it.
 */
import { browser } from 'wxt/browser';

/** One site's remembered arrangement. */
export interface SiteUi {
  collapsed?: boolean;
  width?: number;
}

/** The storage key: host name → {@link SiteUi}. */
export const SITE_UI_KEY = 'siteUi';

/** How many sites are remembered; the oldest are dropped beyond this, so the record stays tiny. */
export const SITE_UI_LIMIT = 200;

async function readAll(): Promise<Record<string, SiteUi>> {
  try {
    const stored = (await browser.storage.local.get(SITE_UI_KEY))[SITE_UI_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, SiteUi>) : {};
  } catch {
    return {};
  }
}

/** The arrangement remembered for `host`; nothing stored (or junk) reads as none. */
export async function readSiteUi(host: string): Promise<SiteUi> {
  const ui = (await readAll())[host];
  return {
    collapsed: typeof ui?.collapsed === 'boolean' ? ui.collapsed : undefined,
    width: typeof ui?.width === 'number' && Number.isFinite(ui.width) ? ui.width : undefined,
  };
}

/** Remembers `ui` for `host` (most recent last); a storage failure is a quiet no-op. */
export async function writeSiteUi(host: string, ui: SiteUi): Promise<void> {
  const all = await readAll();
  delete all[host];
  all[host] = ui;
  const hosts = Object.keys(all);
  for (const old of hosts.slice(0, Math.max(0, hosts.length - SITE_UI_LIMIT))) delete all[old];
  await browser.storage.local.set({ [SITE_UI_KEY]: all }).catch(() => undefined);
}
