import { describe, expect, it } from 'vitest';
import {
  applySettings,
  DEFAULT_SETTINGS,
  isSiteExcluded,
  normalizeHost,
  normalizeSettings,
} from '../../../lib/settings/schema';

describe('settings', () => {
  it('reads junk, nothing or an older shape as valid settings', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ sidebarMode: 'sideways', lowConfidence: 7, neverOnSites: 'x' })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(
      normalizeSettings({
        sidebarMode: 'edge-tab',
        neverOnSites: ['https://www.Example.com/news', 'example.com', 42, ''],
      }),
    ).toEqual({ sidebarMode: 'edge-tab', lowConfidence: 'hide', neverOnSites: ['example.com'], language: 'auto' });
    // Settings stored before the language setting existed keep their values and gain 'auto'.
    expect(normalizeSettings({ sidebarMode: 'edge-tab', lowConfidence: 'edge-tab', neverOnSites: [] }).language).toBe(
      'auto',
    );
    expect(normalizeSettings({ language: 'es' }).language).toBe('es');
    expect(normalizeSettings({ language: 'fr' }).language).toBe('auto');
  });

  it('normalizes site names and matches subdomains, not look-alikes', () => {
    expect(normalizeHost(' HTTPS://News.Example.org:8443/a?b ')).toBe('news.example.org');
    expect(normalizeHost('not a host name at all///')).toBe('');
    const settings = { ...DEFAULT_SETTINGS, neverOnSites: ['example.org'] };
    expect(isSiteExcluded(settings, 'https://news.example.org/story')).toBe(true);
    expect(isSiteExcluded(settings, 'https://example.org/')).toBe(true);
    expect(isSiteExcluded(settings, 'https://notexample.org/')).toBe(false);
  });

  it('applies the reader’s choices to an answer', () => {
    const open = { detection: {}, sidebar: { x: 1 }, display: 'open' as const };
    const tab = { detection: {}, sidebar: { x: 1 }, display: 'tab' as const };
    const url = 'https://news.example.org/a';
    expect(applySettings(open, DEFAULT_SETTINGS, url)).toEqual(open);
    // Below the confidence gate, nothing by default; the edge tab when the reader wants it.
    expect(applySettings(tab, DEFAULT_SETTINGS, url)).toEqual({ detection: {} });
    expect(applySettings(tab, { ...DEFAULT_SETTINGS, lowConfidence: 'edge-tab' }, url)).toEqual(tab);
    expect(applySettings(open, { ...DEFAULT_SETTINGS, sidebarMode: 'edge-tab' }, url)).toEqual({
      ...open,
      display: 'tab',
    });
    expect(applySettings(open, { ...DEFAULT_SETTINGS, neverOnSites: ['example.org'] }, url)).toEqual({ detection: {} });
  });
});
