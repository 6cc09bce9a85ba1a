/**
 * A lookup asked for from outside the popup (the "Look up in Footnote" context menu): the query travels
 * in the popup's URL (`popup.html?q=…`) or, when the browser opens the toolbar popup itself, through
 * session storage, which the popup reads once and clears.
 */
import { storage } from 'wxt/utils/storage';

/** Queries are capped like the search's own input, so a whole selected page does not become one query. */
export const MAX_QUERY_LENGTH = 200;

/** A pending query is for the popup opened right after the click, not for one opened much later. */
export const PENDING_QUERY_TTL_MS = 60_000;

interface PendingQuery {
  query: string;
  at: number;
}

/** browser.storage.session["pendingLookup"]: memory only, gone when the browser closes. */
export const pendingQueryItem = storage.defineItem<PendingQuery | null>('session:pendingLookup', { fallback: null });

/** Selected text as a query: whitespace collapsed, trimmed, capped; undefined when nothing is left. */
export function queryFromSelection(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const query = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return query === '' ? undefined : query;
}

/** The `q` parameter of a popup URL's search string, as a query. */
export function queryFromUrl(search: string): string | undefined {
  return queryFromSelection(new URLSearchParams(search).get('q') ?? undefined);
}

/** Leaves a query for the popup the browser is about to open. */
export async function leavePendingQuery(query: string, now = Date.now()): Promise<void> {
  await pendingQueryItem.setValue({ query, at: now });
}

/** The query left for this popup, if it is fresh; clears it either way so it is used once. */
export async function takePendingQuery(now = Date.now()): Promise<string | undefined> {
  const pending = await pendingQueryItem.getValue();
  if (!pending) return undefined;
  await pendingQueryItem.removeValue();
  const fresh = typeof pending.at === 'number' && now - pending.at >= 0 && now - pending.at <= PENDING_QUERY_TTL_MS;
  return fresh ? queryFromSelection(pending.query) : undefined;
}

/** The query the popup should start with: its URL's, else a pending one; a failure to read means none. */
export async function initialLookupQuery(search: string): Promise<string | undefined> {
  const fromUrl = queryFromUrl(search);
  // A pending query is cleared even when the URL wins, so it cannot surface in a later popup.
  const pending = await takePendingQuery().catch(() => undefined);
  return fromUrl ?? pending;
}
