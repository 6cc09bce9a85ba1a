/** The background's answers to every message in the protocol. */
import { completeArticle } from '../detect/readable';
import type { ArticleContext, Handlers, Result } from '../messaging';
import type { FootnoteService } from '../service/footnote-service';
import { applySettings, DEFAULT_SETTINGS, type Settings } from '../settings/schema';
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

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/**
 * Handlers over a service that may still be loading; bad payloads get a clear failed Result. Answers are
 * worded in the reader's language: the setting, else the article's (sidebar) or the browser's (pages).
 */
export function createHandlers(
  service: () => Promise<FootnoteService>,
  loadReport: () => { installed: boolean; ms: number } | undefined = () => undefined,
  settings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
  uiLanguage: () => string = () => 'en',
  database: () => FootnoteDatabase = getDatabase,
): Handlers {
  const pageLanguage = async () => {
    const locale = pageLocale((await settings()).language, uiLanguage());
    return { locale, strings: stringsFor(locale) };
  };
  return {
    async detectArticle(page) {
      if (!page || typeof page.text !== 'string' || typeof page.title !== 'string')
        return fail('detectArticle needs an extracted article.');
      // Read a page that came as HTML once, here, rather than in each step below.
      const article = completeArticle(page);
      const [answer, prefs] = await Promise.all([service(), settings()]);
      const detection = answer.detect(article);
      const locale = sidebarLocale(prefs.language, detection.language, uiLanguage());
      const context = await withLibrary(
        applySettings(
          inLocale(locale, stringsFor(locale), () => answer.articleContext(article, detection)),
          prefs,
          article.url,
        ),
        article,
        database,
      );
      return ok(context.sidebar ? { ...context, locale, strings: sidebarStringsFor(locale) } : context);
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
