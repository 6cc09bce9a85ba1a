/** The settings as a versioned WXT storage item, for the background and extension pages. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from './schema';

/** browser.storage.local["settings"], with defaults and a schema version. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The stored settings, normalized. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a change; the result is normalized before it is stored. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/**
 * The settings as the background reads them on every message: kept in memory and read again only after
 * they change (from any page, or from this worker), so a search does not wait on storage each time.
 */
export function cachedSettings(): { get: () => Promise<Settings>; set: (next: Settings) => Promise<void> } {
  let current: Promise<Settings> | undefined;
  settingsItem.watch(() => {
    current = undefined;
  });
  return {
    get: () =>
      (current ??= loadSettings().catch((error: unknown) => {
        current = undefined;
        throw error;
      })),
    async set(next) {
      current = undefined;
      await settingsItem.setValue(next);
      current = undefined;
    },
  };
}
