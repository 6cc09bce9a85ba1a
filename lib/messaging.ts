/**
 * The one message protocol between the content script, the popup and the background. Keys name the
 * request; each entry gives the payload and the reply. Replies that can fail are a Result, because
 * Errors do not cross extension contexts reliably.
 */
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from './detect/article';
import type { DetectionResult } from './detect/detection';
import type { RecordDetail, SearchHit, SidebarModel } from './context/model';
import type { RecordKind } from './dataset/schema';
import { t, type Locale, type Strings } from './i18n/translate';
import type { SearchFilters } from './dataset/search-filters';
import type { ArticleExportRequest, ExportedFile } from './cite/article-export';
import type { SavedKind } from './dataset/db';
import type { LibraryEntry, LibraryNote, SavedStatus, SaveRequest } from './library/library';
import type { ImportSummary, LibraryDocument } from './library/transfer';
import type { SiteMode, Withheld } from './settings/schema';
import { errorMessage } from './format/error';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background answers about an article: the detection, and the sidebar when it is relevant. */
export interface ArticleContext {
  detection: DetectionResult;
  sidebar?: SidebarModel;
  /**
   * How to show the sidebar, decided from the reader's settings: open, or only the edge tab (edge-tab
   * mode, or a page below the confidence gate when the reader wants those). Absent: show nothing.
   */
  display?: 'open' | 'tab';
  /** The sidebar's language (the reader's setting, else the article's) and its words, sent with the sidebar. */
  locale?: Locale;
  strings?: Strings;
  /** Why a page that had a sidebar shows none (the reader's settings). */
  withheld?: Withheld;
  /** The mode on the article's site, for the sidebar's "On this site" menu. */
  siteMode?: SiteMode;
  /** The reader prefers the browser's side panel and this browser can open it from the page. */
  preferSidePanel?: boolean;
}

/** What detectArticle gets: the article, and whether the reader asked for the sidebar (mode and gate ignored). */
export type DetectRequest = ExtractedArticle & { requested?: boolean };

/**
 * Why a tab shows what it shows: `shown`, or why nothing was shown — the page is not an article, has no
 * immigration-enforcement terms, is not about a local decision, is below the confidence gate, is on an
 * excluded site, waits to be asked (only-when-asked mode), was closed by the reader, is not a web page
 * Footnote runs on, or was not recognised as a news article on this topic (nothing was reported).
 */
export type PageReason =
  | 'shown'
  | 'not-article'
  | 'no-terms'
  | 'not-relevant'
  | 'low-confidence'
  | 'excluded'
  | 'on-request'
  | 'dismissed'
  | 'not-web-page'
  | 'not-recognized';

/** A tab's detection status, for the popup's "this page". */
export interface PageStatus {
  reason: PageReason;
  url?: string;
  title?: string;
  /** The jurisdiction's label ("Glendale, California") when one was found. */
  jurisdiction?: string;
  /** What detection matched ("matched: ICE, detainees, city jail"). */
  why?: string[];
  /** 0..1, when the background classified the page. */
  score?: number;
}

export interface DatasetStats {
  version: string;
  asOf: string;
  counts: Record<string, number>;
  /** Percentages of agencies resolved, facts sourced, laws and cases with primary text; states by stance. */
  coverage: Record<string, number | Record<string, number>>;
  /** How the background got the dataset this time (in the extension only). */
  load?: { installed: boolean; ms: number };
}

export interface ProtocolMap {
  /** Content script → background: classify this article and build its context (and how to show it). */
  detectArticle: { data: DetectRequest; reply: Result<ArticleContext> };
  /** Popup → background: the toolbar lookup, optionally narrowed to some kinds of record and one state. */
  search: { data: { query: string; limit?: number } & SearchFilters; reply: Result<SearchHit[]> };
  /** Popup → background: one record's detail view. */
  getRecord: { data: { kind: RecordKind; id: string }; reply: Result<RecordDetail> };
  /** Sidebar → background: the sources behind this article as one file (Markdown, CSL-JSON or BibTeX). */
  exportArticleSources: { data: ArticleExportRequest; reply: Result<ExportedFile> };
  /** Popup/options → background: dataset version and counts. */
  getDatasetStats: { data: undefined; reply: Result<DatasetStats> };
  /** Popup/sidebar → background: save a record or article (saving one already saved is a no-op). */
  librarySave: { data: SaveRequest; reply: Result<LibraryEntry> };
  /** Popup/sidebar → background: unsave; refused with a message while the item carries notes. */
  libraryUnsave: { data: { kind: SavedKind; ref: string }; reply: Result<boolean> };
  /** Popup → background: whether a record is saved. */
  libraryStatus: { data: { kind: SavedKind; ref: string }; reply: Result<SavedStatus> };
  /** Options → background: every saved item with its notes. */
  libraryList: { data: undefined; reply: Result<LibraryEntry[]> };
  /** Options → background: remove a saved item and its notes (the reader confirmed). */
  libraryRemove: { data: { id: number }; reply: Result<boolean> };
  libraryAddNote: { data: { savedId: number; text: string }; reply: Result<LibraryNote> };
  libraryEditNote: { data: { id: number; text: string }; reply: Result<LibraryNote> };
  libraryDeleteNote: { data: { id: number }; reply: Result<boolean> };
  /** Options → background: the library as a versioned document to download. */
  libraryExport: { data: undefined; reply: Result<LibraryDocument> };
  /** Options → background: validate a file's text and merge it into the library. */
  libraryImport: { data: { text: string }; reply: Result<ImportSummary> };
  /** Options → background: empty the reader's tables (saved, notes, seen); the dataset stays. */
  libraryClear: { data: undefined; reply: Result<true> };
  /** Popup → background: what the tab shows and why. */
  getPageStatus: { data: { tabId: number }; reply: Result<PageStatus> };
  /** Popup → background: show the sidebar in the tab, whatever the mode and the confidence gate. */
  showSidebarInTab: { data: { tabId: number }; reply: Result<PageStatus> };
  /** Sidebar (content script) → background: the reader chose a mode for the page's site. */
  setSiteMode: { data: { mode: SiteMode }; reply: Result<SiteMode> };
  /** Content script → background: load the sidebar's script into the sending frame (a page that earned one). */
  loadSidebarUi: { data: undefined; reply: Result<true> };
  /** Sidebar (content script) → background: open the browser's side panel for this tab (a click's gesture). */
  openSidePanel: { data: undefined; reply: Result<true> };
  /** Side panel → background: the sidebar of a tab, if it has one. */
  getTabSidebar: { data: { tabId: number }; reply: Result<SidebarModel | null> };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageReply<K extends MessageType> = ProtocolMap[K]['reply'];

/** The envelope on the wire; `footnote` marks our messages so others' are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  footnote: 1;
  type: K;
  data: MessageData<K>;
}

/** Who sent a message: the tab, for content scripts; absent for extension pages. */
export interface MessageSender {
  tab?: { id?: number; url?: string; title?: string };
  /** The sending frame's address (content scripts). */
  url?: string;
  /** The sending frame within its tab (content scripts); 0 is the top frame. */
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (data: MessageData<K>, sender: MessageSender) => Promise<MessageReply<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).footnote === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

/** Sends a request to the background and resolves with its reply; transport failures become a failed Result. */
export async function sendMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageReply<K>> {
  const envelope: Envelope<K> = { footnote: 1, type, data };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as MessageReply<K> | undefined;
    if (reply === undefined) return { ok: false, error: t('lookupErrorNoAnswer') } as MessageReply<K>;
    return reply;
  } catch (error) {
    return { ok: false, error: errorMessage(error) } as MessageReply<K>;
  }
}

/**
 * Routes an incoming message to its handler. Returns undefined for messages that are not ours, so other
 * listeners can answer them; a handler that throws is turned into a failed Result.
 */
export function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: MessageSender = {},
): Promise<unknown> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
  const handler = handlers[message.type] as (data: unknown, sender: MessageSender) => Promise<unknown>;
  return handler(message.data, sender).catch((error: unknown) => ({
    ok: false,
    error: errorMessage(error),
  }));
}

/** Registers the background's handlers on runtime.onMessage. */
export function registerHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    dispatchMessage(handlers, message, sender),
  );
}

/**
 * The background → tab protocol, answered by the content script: show the sidebar (from the popup),
 * toggle it (the keyboard shortcut), and say what the page shows and why.
 */
export interface TabProtocolMap {
  showSidebar: { data: undefined; reply: PageStatus };
  toggleSidebar: { data: undefined; reply: PageStatus };
  pageStatus: { data: undefined; reply: PageStatus };
}

export type TabMessageType = keyof TabProtocolMap;

/** A tab message in the same envelope as the runtime protocol. */
export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  footnote: 1;
  type: K;
  data: TabProtocolMap[K]['data'];
}

export type TabHandlers = { [K in TabMessageType]: () => Promise<TabProtocolMap[K]['reply']> };

/** The tab messaging the background needs, so tests can pass a fake `browser.tabs`. */
export interface TabsApi {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Sends a request to the content script in `tabId`. A tab without one (a browser page, a page opened
 * before Footnote was installed) answers nothing: that is `not-web-page`.
 */
export async function sendTabMessage<K extends TabMessageType>(
  tabs: TabsApi,
  tabId: number,
  type: K,
): Promise<TabProtocolMap[K]['reply']> {
  const envelope: TabEnvelope<K> = { footnote: 1, type, data: undefined };
  try {
    const reply = (await tabs.sendMessage(tabId, envelope)) as TabProtocolMap[K]['reply'] | undefined;
    return reply && typeof reply.reason === 'string' ? reply : { reason: 'not-web-page' };
  } catch {
    return { reason: 'not-web-page' };
  }
}

/** The content script's listener for tab messages; returns a function that removes it. */
export function listenForTabMessages(handlers: TabHandlers): () => void {
  const listener = (message: unknown) =>
    isEnvelope(message) && Object.hasOwn(handlers, message.type)
      ? handlers[message.type as TabMessageType]()
      : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background → extension pages: a tab's sidebar changed or went (the side panel follows its tab). */
export interface TabSidebarChanged {
  footnote: 1;
  type: 'tabSidebarChanged';
  tabId: number;
}

/** Whether `message` is a {@link TabSidebarChanged} notice. */
export function isTabSidebarChanged(message: unknown): message is TabSidebarChanged {
  return isEnvelope(message) && message.type === ('tabSidebarChanged' as MessageType);
}
