import { describe, expect, it } from 'vitest';
import { readerTabId } from '../../../lib/tabs/reader-tab';

/** A fake browser.tabs: `own` is the calling page's tab (undefined in a real popup or side panel). */
function tabs(own: number | undefined, all: { id: number; active?: boolean; lastAccessed?: number }[]) {
  return {
    getCurrent: async () => (own === undefined ? undefined : { id: own }),
    query: async (q: { active?: boolean }) => all.filter((tab) => !q.active || tab.active),
  };
}

describe('the reader’s tab', () => {
  it('is the active tab when the popup or side panel is not a tab itself', async () => {
    expect(await readerTabId(tabs(undefined, [{ id: 1 }, { id: 2, active: true }]))).toBe(2);
  });

  it('is the most recently used other tab when the page is the active tab itself', async () => {
    const all = [
      { id: 1, lastAccessed: 100 },
      { id: 2, lastAccessed: 300 },
      { id: 3, active: true, lastAccessed: 400 },
    ];
    expect(await readerTabId(tabs(3, all))).toBe(2);
    expect(await readerTabId(tabs(3, [{ id: 1 }, { id: 2 }, { id: 3, active: true }]))).toBe(2);
    expect(await readerTabId(tabs(3, [{ id: 3, active: true }]))).toBeUndefined();
  });
});
