import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSiteUi, SITE_UI_KEY, SITE_UI_LIMIT, writeSiteUi } from '../../../lib/sidebar/site-ui';

beforeEach(() => fakeBrowser.reset());

describe('the sidebar’s arrangement per site', () => {
  it('remembers width and fold per host, each site on its own', async () => {
    await writeSiteUi('a.example', { collapsed: true, width: 440 });
    await writeSiteUi('b.example', { collapsed: false, width: 380 });
    expect(await readSiteUi('a.example')).toEqual({ collapsed: true, width: 440 });
    expect(await readSiteUi('b.example')).toEqual({ collapsed: false, width: 380 });
    expect(await readSiteUi('c.example')).toEqual({ collapsed: undefined, width: undefined });
  });

  it('reads junk as nothing remembered', async () => {
    await fakeBrowser.storage.local.set({ [SITE_UI_KEY]: { 'a.example': { collapsed: 'yes', width: 'wide' } } });
    expect(await readSiteUi('a.example')).toEqual({ collapsed: undefined, width: undefined });
    await fakeBrowser.storage.local.set({ [SITE_UI_KEY]: 'nonsense' });
    expect(await readSiteUi('a.example')).toEqual({ collapsed: undefined, width: undefined });
  });

  it('keeps only the most recent sites', async () => {
    for (let i = 0; i <= SITE_UI_LIMIT; i++) await writeSiteUi(`s${i}.example`, { width: 400 });
    await writeSiteUi('s1.example', { width: 500 });
    const stored = (await fakeBrowser.storage.local.get(SITE_UI_KEY))[SITE_UI_KEY] as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(SITE_UI_LIMIT);
    expect(stored).not.toHaveProperty('s0.example');
    expect(Object.keys(stored).at(-1)).toBe('s1.example');
  });
});
