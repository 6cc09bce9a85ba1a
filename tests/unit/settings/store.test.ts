import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedSettings, saveSettings } from '../../../lib/settings/store';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../lib/settings/schema';

beforeEach(() => fakeBrowser.reset());

describe('the background’s copy of the settings', () => {
  it('reads storage once, then answers from memory', async () => {
    const settings = cachedSettings();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    const reads = get.mock.calls.length;
    await settings.get();
    await settings.get();
    expect(get.mock.calls.length).toBe(reads);
  });

  it('follows a change made elsewhere, such as the options page', async () => {
    const settings = cachedSettings();
    expect((await settings.get()).language).toBe(DEFAULT_SETTINGS.language);
    await saveSettings({ language: 'es' });
    await vi.waitFor(async () => expect((await settings.get()).language).toBe('es'));
  });

  it('answers its own change at once', async () => {
    const settings = cachedSettings();
    await settings.get();
    await settings.set({ ...DEFAULT_SETTINGS, sidebarMode: 'on-request' });
    expect((await settings.get()).sidebarMode).toBe('on-request');
  });

  it('reads junk in storage as the defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'nonsense' });
    expect(await cachedSettings().get()).toEqual(DEFAULT_SETTINGS);
  });
});
