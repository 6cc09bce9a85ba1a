import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSidebarUi, publishedSidebarUi, publishSidebarUi, type SidebarUi } from '../../../lib/content/sidebar-ui';

const fakeUi = { activateStrings: vi.fn(), mountSidebar: vi.fn(), markTerms: vi.fn() } as unknown as SidebarUi;

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__footnoteSidebarUi;
});

describe('loading the sidebar into a page', () => {
  it('asks for the script once, then uses what it published', async () => {
    const inject = vi.fn(async () => {
      publishSidebarUi(fakeUi);
      return true;
    });
    expect(publishedSidebarUi()).toBeUndefined();
    expect(await loadSidebarUi(inject)).toBe(fakeUi);
    expect(await loadSidebarUi(inject)).toBe(fakeUi);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('gives nothing when the script could not be loaded, so the page stays as it was', async () => {
    expect(await loadSidebarUi(async () => false)).toBeUndefined();
    expect(await loadSidebarUi(() => Promise.reject(new Error('tab closed')))).toBeUndefined();
    // Injected but never published (a page that broke the script): still nothing, and no throw.
    expect(await loadSidebarUi(async () => true)).toBeUndefined();
  });
});
