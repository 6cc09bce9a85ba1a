/** The background's answers to every message in the protocol. */
import type { Handlers, Result } from '../messaging';
import type { FootnoteService } from '../service/footnote-service';
import { applySettings, DEFAULT_SETTINGS, type Settings } from '../settings/schema';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/** Handlers over a service that may still be loading; bad payloads get a clear failed Result. */
export function createHandlers(
  service: () => Promise<FootnoteService>,
  loadReport: () => { installed: boolean; ms: number } | undefined = () => undefined,
  settings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
): Handlers {
  return {
    async detectArticle(article) {
      if (!article || typeof article.text !== 'string' || typeof article.title !== 'string')
        return fail('detectArticle needs an extracted article.');
      const [answer, prefs] = await Promise.all([service(), settings()]);
      return ok(applySettings(answer.articleContext(article), prefs, article.url));
    },
    async search({ query, limit, kinds, state } = { query: '' }) {
      if (typeof query !== 'string') return fail('search needs a query string.');
      if (kinds !== undefined && !(Array.isArray(kinds) && (kinds as unknown[]).every((k) => typeof k === 'string')))
        return fail('search kinds must be a list of record kinds.');
      if (state !== undefined && typeof state !== 'string') return fail('search state must be a state code.');
      const lookup = await service();
      return ok(await lookup.search(query, typeof limit === 'number' ? limit : undefined, { kinds, state }));
    },
    async getRecord({ kind, id } = { kind: 'law', id: '' }) {
      const detail = (await service()).record(kind, id);
      return detail ? ok(detail) : fail(`No ${kind} with id "${id}" in the dataset.`);
    },
    async exportArticleSources(request) {
      return (await service()).exportSources(request);
    },
    async getDatasetStats() {
      const stats = (await service()).stats();
      const load = loadReport();
      return ok(load ? { ...stats, load: { installed: load.installed, ms: Math.round(load.ms) } } : stats);
    },
  };
}
