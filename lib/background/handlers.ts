/** The background's answers to every message in the protocol. */
import type { Locale, Strings } from '../i18n/translate';
import type { Handlers, Result, TabsApi } from '../messaging';
import { sendTabMessage } from '../messaging';
import type { FootnoteService } from '../service/footnote-service';
import { applySettings, DEFAULT_SETTINGS, modeForSite, withSiteMode, type Settings } from '../settings/schema';
import { statusFromAnswer, TabRecords } from './tab-status';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/** What the handlers use beyond the dataset and the settings; tests pass fakes. */
export interface BackgroundDeps {
  /** Each tab's last verdict. */
  records?: TabRecords;
  /** Messaging into tabs, for the popup's "this page" and "show the sidebar here". */
  tabs?: TabsApi;
  /** Stores changed settings (the sidebar's "On this site" menu). */
  saveSettings?: (next: Settings) => Promise<unknown>;
  /**
   * Opens the browser's side panel on a tab. Called before anything is awaited, so the click that sent the
   * message still counts as the user gesture Chrome requires. Absent where the browser cannot do this.
   */
  openSidePanel?: (tabId: number) => Promise<unknown>;
  /** The interface's words to send with a sidebar. */
  strings?: () => { locale: Locale; strings: Strings };
}

/** Handlers over a service that may still be loading; bad payloads get a clear failed Result. */
export function createHandlers(
  service: () => Promise<FootnoteService>,
  loadReport: () => { installed: boolean; ms: number } | undefined = () => undefined,
  settings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
  deps: BackgroundDeps = {},
): Handlers {
  const records = deps.records ?? new TabRecords();
  const validTab = (data: { tabId?: unknown } | undefined): data is { tabId: number } =>
    typeof data?.tabId === 'number' && Number.isInteger(data.tabId);
  return {
    async detectArticle(article, sender) {
      if (!article || typeof article.text !== 'string' || typeof article.title !== 'string')
        return fail('detectArticle needs an extracted article.');
      const requested = article.requested === true;
      const [answer, prefs] = await Promise.all([service(), settings()]);
      const context = answer.articleContext(article, requested);
      const applied = applySettings(context, prefs, article.url, requested);
      const siteMode = modeForSite(prefs, article.url);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        // The side panel may show a sidebar the page waits to be asked for, but nothing for an excluded site.
        const sidebar = siteMode === 'never' && !requested ? undefined : context.sidebar;
        records.set(tabId, {
          status: statusFromAnswer(applied, article, context.sidebar?.jurisdiction.label),
          sidebar,
        });
      }
      return ok({
        ...applied,
        siteMode,
        ...(prefs.preferSidePanel && deps.openSidePanel ? { preferSidePanel: true } : {}),
        ...(applied.sidebar && deps.strings ? { strings: deps.strings() } : {}),
      });
    },
    async search({ query, limit } = { query: '' }) {
      if (typeof query !== 'string') return fail('search needs a query string.');
      return ok(await (await service()).search(query, typeof limit === 'number' ? limit : undefined));
    },
    async getRecord({ kind, id } = { kind: 'law', id: '' }) {
      const detail = (await service()).record(kind, id);
      return detail ? ok(detail) : fail(`No ${kind} with id "${id}" in the dataset.`);
    },
    async getDatasetStats() {
      const stats = (await service()).stats();
      const load = loadReport();
      return ok(load ? { ...stats, load: { installed: load.installed, ms: Math.round(load.ms) } } : stats);
    },
    async getPageStatus(data) {
      if (!validTab(data)) return fail('getPageStatus needs a tab id.');
      const record = await records.get(data.tabId);
      if (record) return ok(record.status);
      // Nothing reported: the page failed the gate (its content script says why) or has no content script.
      if (!deps.tabs) return ok({ reason: 'not-recognized' });
      return ok(await sendTabMessage(deps.tabs, data.tabId, 'pageStatus'));
    },
    async showSidebarInTab(data) {
      if (!validTab(data)) return fail('showSidebarInTab needs a tab id.');
      if (!deps.tabs) return fail('Footnote cannot reach the page.');
      return ok(await sendTabMessage(deps.tabs, data.tabId, 'showSidebar'));
    },
    async setSiteMode(data, sender) {
      const mode = data?.mode;
      if (mode !== 'auto' && mode !== 'edge-tab' && mode !== 'on-request' && mode !== 'never')
        return fail('setSiteMode needs a mode.');
      const url = sender.url ?? sender.tab?.url;
      if (!url || !deps.saveSettings) return fail('Footnote cannot tell which site this is.');
      const next = withSiteMode(await settings(), url, mode);
      await deps.saveSettings(next);
      return ok(modeForSite(next, url));
    },
    openSidePanel(_data, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !deps.openSidePanel)
        return Promise.resolve(fail<true>('This browser cannot open its side panel from the page.'));
      // No await before this call: the reader's click must still be the gesture that opens the panel.
      return deps.openSidePanel(tabId).then(
        () => ok<true>(true),
        (error: unknown) => fail<true>(error instanceof Error ? error.message : String(error)),
      );
    },
    async getTabSidebar(data) {
      if (!validTab(data)) return fail('getTabSidebar needs a tab id.');
      return ok((await records.get(data.tabId))?.sidebar ?? null);
    },
  };
}
