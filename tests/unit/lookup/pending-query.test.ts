import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  initialLookupQuery,
  leavePendingQuery,
  MAX_QUERY_LENGTH,
  PENDING_QUERY_TTL_MS,
  pendingQueryItem,
  queryFromSelection,
  queryFromUrl,
  takePendingQuery,
} from '@/lib/lookup/pending-query';

beforeEach(() => fakeBrowser.reset());

describe('queries from a selection or a URL', () => {
  it('collapses whitespace, trims and caps a selection; nothing usable is undefined', () => {
    expect(queryFromSelection('  Senate\n\tBill   54 ')).toBe('Senate Bill 54');
    expect(queryFromSelection('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    for (const junk of ['', '   \n ', undefined, null, 42, {}]) expect(queryFromSelection(junk)).toBeUndefined();
  });

  it('reads ?q= from a popup URL', () => {
    expect(queryFromUrl('?q=SB%2054')).toBe('SB 54');
    expect(queryFromUrl('?q=Gov+Code+7284.6')).toBe('Gov Code 7284.6');
    expect(queryFromUrl('')).toBeUndefined();
    expect(queryFromUrl('?q=%20%20')).toBeUndefined();
  });
});

describe('pending query', () => {
  it('is taken once: a second popup does not see it again', async () => {
    await leavePendingQuery('Values Act', 1_000);
    expect(await takePendingQuery(2_000)).toBe('Values Act');
    expect(await takePendingQuery(2_000)).toBeUndefined();
  });

  it('is ignored, and cleared, when it is stale', async () => {
    await leavePendingQuery('detainer', 1_000);
    expect(await takePendingQuery(1_000 + PENDING_QUERY_TTL_MS + 1)).toBeUndefined();
    expect(await pendingQueryItem.getValue()).toBeNull();
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.session.set({ pendingLookup: { query: 7, at: 'soon' } });
    expect(await takePendingQuery()).toBeUndefined();
  });

  it('the URL wins over a pending query, and the pending one is cleared anyway', async () => {
    await leavePendingQuery('Glendale');
    expect(await initialLookupQuery('?q=287g')).toBe('287g');
    expect(await pendingQueryItem.getValue()).toBeNull();
    await leavePendingQuery('Glendale');
    expect(await initialLookupQuery('')).toBe('Glendale');
    expect(await initialLookupQuery('')).toBeUndefined();
  });
});
