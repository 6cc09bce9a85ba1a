/** The background's answers to every message in the protocol. */
import { completeArticle } from '../detect/readable';
import type { ArticleContext, Handlers, Result, TabsApi } from '../messaging';
import { sendTabMessage } from '../messaging';
import type { FootnoteService } from '../service/footnote-service';
import {
  applySettings,
  DEFAULT_SETTINGS,
  isSiteMode,
  modeForSite,
  withSiteMode,
  type Settings,
} from '../settings/schema';
import { statusFromAnswer, TabRecords } from './tab-status';
import { sidebarStringsFor, stringsFor } from '../i18n/catalog';
import { pageLocale, sidebarLocale } from '../i18n/locale';
import { inLocale, t } from '../i18n/translate';
import { recordKindLabel } from '../format/labels';
import { getDatabase, type FootnoteDatabase } from '../dataset/db';
import type { ExtractedArticle } from '../detect/article';
import {
  addNote,
  clearLibrary,
  deleteNote,
  editNote,
  listLibrary,
  markSeen,
  removeEntry,
  saveItem,
  savedStatus,
  unsaveItem,
} from '../library/library';
import { exportLibrary, importLibrary, parseLibraryDocument } from '../library/transfer';
import { errorMessage } from '../format/error';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });
/** A browser action's outcome as a Result: true once it is done, else what went wrong. */
const done = (work: Promise<unknown>): Promise<Result<true>> =>
  work.then(
    () => ok<true>(true),
    (error: unknown) => fail<true>(errorMessage(error)),
  );

/** What the handlers use beyond the dataset and the settings; tests pass fakes. */
export interface BackgroundDeps {
  /** The browser's interface language (e.g. "es-MX"), for pages and sidebars under the 'auto' setting. */
  uiLanguage?: () => string;
  /** The reader's library; the extension's one database unless a test passes its own. */
  database?: () => FootnoteDatabase;
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
  /** Runs the sidebar's script in one frame of a tab (see lib/content/sidebar-ui). */
  injectSidebarUi?: (tabId: number, frameId: number) => Promise<unknown>;
}

/**
 * Handlers over a service that may still be loading; bad payloads get a clear failed Result. Answers are
 * worded in the reader's language: the setting, else the article's (sidebar) or the browser's (pages).
 */
export function createHandlers(
  service: () => Promise<FootnoteService>,
  loadReport: () => { installed: boolean; ms: number } | undefined = () => undefined,
  settings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
  deps: BackgroundDeps = {},
): Handlers {
  const uiLanguage = deps.uiLanguage ?? (() => 'en');
  const database = deps.database ?? getDatabase;
  const records = deps.records ?? new TabRecords();
  const validTab = (data: { tabId?: unknown } | undefined): data is { tabId: number } =>
    typeof data?.tabId === 'number' && Number.isInteger(data.tabId);
  const pageLanguage = async () => {
    const locale = pageLocale((await settings()).language, uiLanguage());
    return { locale, strings: stringsFor(locale) };
  };
  return {
    async detectArticle(page, sender) {
      if (!page || typeof page.text !== 'string' || typeof page.title !== 'string')
        return fail('detectArticle needs an extracted article.');
      // Read a page that came as HTML once, here, rather than in each step below.
      const article = completeArticle(page);
      const requested = page.requested === true;
      const [answer, prefs] = await Promise.all([service(), settings()]);
      const detection = answer.detect(article);
      const locale = sidebarLocale(prefs.language, detection.language, uiLanguage());
      const context = inLocale(locale, stringsFor(locale), () => answer.articleContext(article, detection, requested));
      const applied = await withLibrary(applySettings(context, prefs, article.url, requested), article, database);
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
        ...(applied.sidebar ? { locale, strings: sidebarStringsFor(locale) } : {}),
      });
    },
    async search({ query, limit, kinds, state } = { query: '' }) {
      if (typeof query !== 'string') return fail('search needs a query string.');
      if (kinds !== undefined && !(Array.isArray(kinds) && (kinds as unknown[]).every((k) => typeof k === 'string')))
        return fail('search kinds must be a list of record kinds.');
      if (state !== undefined && typeof state !== 'string') return fail('search state must be a state code.');
      const [ready, language] = await Promise.all([service(), pageLanguage()]);
      const hits = await ready.search(query, typeof limit === 'number' ? limit : undefined, { kinds, state });
      return ok(inLocale(language.locale, language.strings, () => ready.localizeHits(hits)));
    },
    async getRecord({ kind, id } = { kind: 'law', id: '' }) {
      const [ready, language] = await Promise.all([service(), pageLanguage()]);
      return inLocale(language.locale, language.strings, () => {
        const detail = ready.record(kind, id);
        return detail ? ok(detail) : fail(t('lookupErrorNoRecord', recordKindLabel(kind).toLowerCase(), id));
      });
    },
    async exportArticleSources(request) {
      return (await service()).exportSources(request);
    },
    async getDatasetStats() {
      const stats = (await service()).stats();
      const load = loadReport();
      return ok(load ? { ...stats, load: { installed: load.installed, ms: Math.round(load.ms) } } : stats);
    },
    librarySave: async (request) => ok(await saveItem(database(), request)),
    // Only kind and ref: dropping an item's notes too is for the options page, after the reader confirms.
    libraryUnsave: async (request) => ok(await unsaveItem(database(), { kind: request?.kind, ref: request?.ref })),
    libraryStatus: async (request) => ok(await savedStatus(database(), request?.kind, request?.ref)),
    libraryList: async () => ok(await listLibrary(database())),
    libraryRemove: async (request) => ok(await removeEntry(database(), request?.id)),
    libraryAddNote: async (request) => ok(await addNote(database(), request?.savedId, request?.text)),
    libraryEditNote: async (request) => ok(await editNote(database(), request?.id, request?.text)),
    libraryDeleteNote: async (request) => ok(await deleteNote(database(), request?.id)),
    libraryExport: async () => ok(await exportLibrary(database())),
    async libraryImport(request) {
      const parsed = parseLibraryDocument(request?.text);
      return parsed.ok ? ok(await importLibrary(database(), parsed.value)) : fail(parsed.error);
    },
    async libraryClear() {
      await clearLibrary(database());
      return ok(true as const);
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
      if (!isSiteMode(mode)) return fail('setSiteMode needs a mode.');
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
      return done(deps.openSidePanel(tabId));
    },
    async loadSidebarUi(_data, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !deps.injectSidebarUi) return fail('Only a page in a tab can show the sidebar.');
      return done(deps.injectSidebarUi(tabId, sender.frameId ?? 0));
    },
    async getTabSidebar(data) {
      if (!validTab(data)) return fail('getTabSidebar needs a tab id.');
      return ok((await records.get(data.tabId))?.sidebar ?? null);
    },
  };
}

/**
 * When the sidebar will show, remembers the article as seen and tells the sidebar whether it is saved
 * and when the reader saw it before. The library is an extra: if it cannot be read, the sidebar shows
 * without it rather than not at all.
 */
async function withLibrary(
  context: ArticleContext,
  article: ExtractedArticle,
  database: () => FootnoteDatabase,
): Promise<ArticleContext> {
  if (!context.sidebar || !context.display) return context;
  try {
    const db = database();
    const seenBefore = await markSeen(db, article.url);
    const { saved } = await savedStatus(db, 'article', article.url);
    const title = article.title.trim() || context.sidebar.jurisdiction.label;
    const url = new URL(article.url);
    url.hash = '';
    return {
      ...context,
      sidebar: { ...context.sidebar, article: { url: url.href, title, saved, ...(seenBefore ? { seenBefore } : {}) } },
    };
  } catch (error) {
    console.warn('Footnote: the library could not be read for this article.', error);
    return context;
  }
}
