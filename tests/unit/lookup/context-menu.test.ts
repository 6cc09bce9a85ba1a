import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleLookUpClick, LOOK_UP_MENU_ID, type LookUpDeps } from '@/lib/lookup/context-menu';
import { initialLookupQuery, pendingQueryItem, queryFromUrl } from '@/lib/lookup/pending-query';

beforeEach(() => fakeBrowser.reset());

const pageUrl = (path: string) => `chrome-extension://abc${path}`;

function deps(openPopup?: LookUpDeps['openPopup']) {
  return { openPopup, openTab: vi.fn(async () => undefined), pageUrl };
}

describe('"Look up in Footnote" menu click (the handler the menu calls; the native menu itself is not driven)', () => {
  it('opens the popup with the selected text waiting for it', async () => {
    const d = deps(vi.fn(async () => undefined));
    const outcome = await handleLookUpClick(
      { menuItemId: LOOK_UP_MENU_ID, selectionText: ' Senate Bill\n54 ' },
      { id: 3, windowId: 9 },
      d,
    );
    expect(outcome).toBe('popup');
    expect(d.openPopup).toHaveBeenCalledWith(9);
    expect(d.openTab).not.toHaveBeenCalled();
    // What the popup does on start: it finds the selection as its query.
    expect(await initialLookupQuery('')).toBe('Senate Bill 54');
  });

  it('falls back to the lookup in a tab, query in its URL, when the popup cannot open', async () => {
    const d = deps(vi.fn(async () => Promise.reject(new Error('No active browser window'))));
    const outcome = await handleLookUpClick(
      { menuItemId: LOOK_UP_MENU_ID, selectionText: 'Gov Code 7284.6' },
      { id: 3 },
      d,
    );
    expect(outcome).toBe('tab');
    const [url, opener] = d.openTab.mock.calls[0] as unknown as [string, number];
    expect(opener).toBe(3);
    expect(url.startsWith('chrome-extension://abc/popup.html?q=')).toBe(true);
    expect(queryFromUrl(new URL(url).search)).toBe('Gov Code 7284.6');
    // The pending query is withdrawn, so a later toolbar popup does not start with it.
    expect(await pendingQueryItem.getValue()).toBeNull();
  });

  it('uses a tab where the browser has no openPopup, and a popup that throws synchronously', async () => {
    const none = deps();
    expect(await handleLookUpClick({ menuItemId: LOOK_UP_MENU_ID, selectionText: 'detainer' }, undefined, none)).toBe(
      'tab',
    );
    expect(none.openTab).toHaveBeenCalledWith('chrome-extension://abc/popup.html?q=detainer', undefined);
    const throwing = deps(() => {
      throw new Error('not from a user action');
    });
    expect(await handleLookUpClick({ menuItemId: LOOK_UP_MENU_ID, selectionText: '287(g)' }, {}, throwing)).toBe('tab');
    expect(throwing.openTab).toHaveBeenCalledWith('chrome-extension://abc/popup.html?q=287(g)', undefined);
  });

  it('ignores other menu items and empty selections', async () => {
    const d = deps(vi.fn(async () => undefined));
    expect(await handleLookUpClick({ menuItemId: 'other', selectionText: 'SB 54' }, {}, d)).toBe('ignored');
    expect(await handleLookUpClick({ menuItemId: LOOK_UP_MENU_ID, selectionText: '  ' }, {}, d)).toBe('ignored');
    expect(await handleLookUpClick({ menuItemId: LOOK_UP_MENU_ID }, {}, d)).toBe('ignored');
    expect(d.openPopup).not.toHaveBeenCalled();
    expect(d.openTab).not.toHaveBeenCalled();
  });
});
