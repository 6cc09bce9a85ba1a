/**
 * What each tab shows and why, as the background last heard from its content script: the popup's "this
 * page" reads it, and the browser's side panel renders the tab's sidebar from it. Kept in memory only;
 * a tab's record goes when the tab closes or loads another page.
 */
import type { SidebarModel } from '../context/model';
import type { ArticleContext, PageStatus } from '../messaging';

/** One tab's last verdict, and its sidebar when there is one to show. */
export interface TabRecord {
  status: PageStatus;
  sidebar?: SidebarModel;
}

/**
 * The page's status from the background's answer about it (after the reader's settings were applied);
 * `label` names the jurisdiction when the settings held its sidebar back.
 */
export function statusFromAnswer(
  answer: ArticleContext,
  page: { url: string; title: string },
  label?: string,
): PageStatus {
  const top = answer.detection.jurisdictions[0];
  const reason = answer.sidebar ? 'shown' : (answer.withheld ?? 'not-relevant');
  return {
    reason,
    url: page.url,
    title: page.title,
    jurisdiction: answer.sidebar?.jurisdiction.label ?? label ?? top?.name,
    why: answer.detection.why,
    score: answer.detection.score,
  };
}

/** Where records outlive the service worker (browser.storage.session): it stops when idle, tabs do not. */
export interface RecordStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const storeKey = (tabId: number) => `tab:${tabId}`;

/** Tab id → its last record, in memory and, when given a store, kept for the next service-worker start. */
export class TabRecords {
  private readonly records = new Map<number, TabRecord>();
  private readonly listeners = new Set<(tabId: number) => void>();

  constructor(private readonly store?: RecordStore) {}

  /** The tab's record from memory, or from the store after a service-worker restart. */
  async get(tabId: number): Promise<TabRecord | undefined> {
    const known = this.records.get(tabId);
    if (known || !this.store) return known;
    const stored = (await this.store.get(storeKey(tabId)).catch((): Record<string, unknown> => ({})))[
      storeKey(tabId)
    ] as TabRecord | undefined;
    if (stored?.status) this.records.set(tabId, stored);
    return stored?.status ? stored : undefined;
  }

  set(tabId: number, record: TabRecord): void {
    this.records.set(tabId, record);
    // Past the store's quota the record stays in memory only.
    this.store?.set({ [storeKey(tabId)]: record }).catch(() => undefined);
    this.listeners.forEach((listener) => listener(tabId));
  }

  forget(tabId: number): void {
    this.records.delete(tabId);
    this.store?.remove(storeKey(tabId)).catch(() => undefined);
    this.listeners.forEach((listener) => listener(tabId));
  }

  /** Calls `listener` whenever a tab's record changes or goes (the side panel follows its tab). */
  onChange(listener: (tabId: number) => void): void {
    this.listeners.add(listener);
  }
}
