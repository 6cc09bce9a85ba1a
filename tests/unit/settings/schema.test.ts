import { describe, expect, it } from 'vitest';
import {
  applySettings,
  DEFAULT_SETTINGS,
  isSiteExcluded,
  modeForSite,
  normalizeHost,
  normalizeSettings,
  withSiteMode,
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
    ).toEqual({ ...DEFAULT_SETTINGS, sidebarMode: 'edge-tab', neverOnSites: ['example.com'] });
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
    expect(applySettings(tab, DEFAULT_SETTINGS, url)).toEqual({ detection: {}, withheld: 'low-confidence' });
    expect(applySettings(tab, { ...DEFAULT_SETTINGS, lowConfidence: 'edge-tab' }, url)).toEqual(tab);
    expect(applySettings(open, { ...DEFAULT_SETTINGS, sidebarMode: 'edge-tab' }, url)).toEqual({
      ...open,
      display: 'tab',
    });
    expect(applySettings(open, { ...DEFAULT_SETTINGS, neverOnSites: ['example.org'] }, url)).toEqual({
      detection: {},
      withheld: 'excluded',
    });
  });

  it('reads the first version’s shape (no site modes, no side panel choice) with the new fields at their defaults', () => {
    const v1 = { sidebarMode: 'edge-tab', lowConfidence: 'edge-tab', neverOnSites: ['example.com'] };
    expect(normalizeSettings(v1)).toEqual({ ...v1, language: 'auto', siteModes: {}, preferSidePanel: false });
    expect(normalizeSettings({ sidebarMode: 'on-request' }).sidebarMode).toBe('on-request');
  });

  it('keeps only valid site modes, under normalized host names', () => {
    const settings = normalizeSettings({
      siteModes: {
        'https://www.News.example/a': 'on-request',
        'b.example': 'sideways',
        '': 'auto',
        'c.example': 'never',
      },
      preferSidePanel: 'yes',
    });
    expect(settings.siteModes).toEqual({ 'news.example': 'on-request' });
    expect(settings.preferSidePanel).toBe(false);
    expect(normalizeSettings({ siteModes: ['auto'] }).siteModes).toEqual({});
  });

  it('resolves the mode per site: excluded, the site’s own, else the general one', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      sidebarMode: 'edge-tab' as const,
      siteModes: { 'a.example': 'on-request' as const },
      neverOnSites: ['c.example'],
    };
    expect(modeForSite(settings, 'https://a.example/story')).toBe('on-request');
    expect(modeForSite(settings, 'https://www.a.example/story')).toBe('on-request');
    expect(modeForSite(settings, 'https://b.example/story')).toBe('edge-tab');
    expect(modeForSite(settings, 'https://news.c.example/story')).toBe('never');
  });

  it('sets a site’s mode: never moves it to the excluded sites, the general mode forgets it', () => {
    let settings = withSiteMode(DEFAULT_SETTINGS, 'https://a.example/x', 'on-request');
    expect(settings.siteModes).toEqual({ 'a.example': 'on-request' });
    settings = withSiteMode(settings, 'a.example', 'never');
    expect(settings).toMatchObject({ siteModes: {}, neverOnSites: ['a.example'] });
    settings = withSiteMode(settings, 'a.example', 'edge-tab');
    expect(settings).toMatchObject({ siteModes: { 'a.example': 'edge-tab' }, neverOnSites: [] });
    settings = withSiteMode(settings, 'a.example', 'auto');
    expect(settings.siteModes).toEqual({});
    expect(withSiteMode(settings, '   ', 'never')).toBe(settings);
  });

  it('holds the sidebar back in only-when-asked mode, and shows it when the reader asks whatever the settings', () => {
    const open = { detection: {}, sidebar: { x: 1 }, display: 'open' as const };
    const tab = { ...open, display: 'tab' as const };
    const url = 'https://a.example/story';
    const onRequest = { ...DEFAULT_SETTINGS, siteModes: { 'a.example': 'on-request' as const } };
    expect(applySettings(open, onRequest, url)).toEqual({ detection: {}, withheld: 'on-request' });
    expect(applySettings(open, { ...DEFAULT_SETTINGS, sidebarMode: 'on-request' }, 'https://b.example/')).toEqual({
      detection: {},
      withheld: 'on-request',
    });
    expect(applySettings(open, onRequest, 'https://b.example/')).toEqual(open);
    expect(applySettings(tab, onRequest, url, true)).toEqual({ ...tab, display: 'open' });
    expect(applySettings(open, { ...DEFAULT_SETTINGS, neverOnSites: ['a.example'] }, url, true)).toEqual(open);
  });
});
