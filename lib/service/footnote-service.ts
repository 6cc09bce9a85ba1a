/**
 * Footnote's answers over one dataset: detection with its sidebar, lookup, record details and counts.
 * The background wraps it in message handlers; the command-line tool calls it directly.
 */
import type { ArticleContext, DatasetStats } from '../messaging';
import { MAX_TEXT_CHARS, type ExtractedArticle } from '../detect/article';
import { buildDetectionIndex, detect, type Detection, type DetectionIndex } from '../detect/engine';
import { completeArticle } from '../detect/readable';
import { buildSidebarModel } from '../context/sidebar';
import { articleTerms } from '../context/terms';
import { recordDetail } from '../context/detail';
import { faceOf } from '../context/hits';
import type { RecordDetail, SearchHit } from '../context/model';
import { DatasetIndex } from '../dataset/dataset-index';
import { buildSearchIndex, type SearchFilters, type SearchIndex } from '../dataset/search';
import type { Dataset, RecordKind } from '../dataset/schema';
import { datasetStats } from '../dataset/stats';
import { exportArticleSources, type ExportedFile } from '../cite/article-export';
import type { Result } from '../messaging';
import { currentLocale, type Locale } from '../i18n/translate';

export class FootnoteService {
  readonly data: DatasetIndex;
  readonly detection: DetectionIndex;
  private searchIndex: Promise<SearchIndex> | undefined;
  /** The language the index's titles and second lines were worded in. */
  private indexLocale: Locale | undefined;

  constructor(readonly dataset: Dataset) {
    this.data = new DatasetIndex(dataset);
    this.detection = buildDetectionIndex(this.data);
  }

  /**
   * Classifies an article; when it is relevant (or tentatively so), also builds its sidebar, to be shown
   * open or, below the confidence gate, as the edge tab. The reader's settings refine this: see
   * applySettings. When the reader asked for the sidebar (`anyway`), it is built whenever a jurisdiction
   * was found, whatever the score; the sidebar's "why" and confidence still say how sure Footnote is.
   */
  articleContext(page: ExtractedArticle, detection?: Detection, anyway = false): ArticleContext {
    const article = completeArticle(page);
    detection ??= this.detect(article);
    if (!anyway && !detection.relevant && !detection.tentative) return { detection };
    const sidebar = buildSidebarModel(detection, this.data);
    if (!sidebar) return { detection };
    sidebar.terms = articleTerms(
      String(article.text ?? '').slice(0, MAX_TEXT_CHARS),
      sidebar.laws,
      this.detection.lawPatterns,
      this.data.laws,
    );
    return { detection, sidebar, display: detection.relevant ? 'open' : 'tab' };
  }

  /** Classifies an article: relevance, language, jurisdictions and laws. */
  detect(page: ExtractedArticle): Detection {
    // A page that marks no story body arrives as HTML; Readability reads it here, off the page's thread.
    return detect(completeArticle(page), this.detection);
  }

  /**
   * Hits with their second lines worded again in the active language: the search index stores them once,
   * in whatever language was active when it was built.
   */
  localizeHits(hits: SearchHit[]): SearchHit[] {
    // Most lookups are in the language the index was built in: nothing to word again.
    if (currentLocale() === this.indexLocale) return hits;
    return hits.map((hit) => {
      const face = faceOf(this.data, { kind: hit.kind, id: hit.id });
      return face ? { ...hit, title: face.title, subtitle: face.subtitle } : hit;
    });
  }

  /** Starts building the lookup's index, so the first search from the toolbar does not wait for it. */
  warmUp(): void {
    void this.searchReady();
  }

  /** The lookup's results, best first, narrowed by `filters`. */
  async search(query: string, limit?: number, filters?: SearchFilters): Promise<SearchHit[]> {
    return (await this.searchReady()).search(query, limit, filters);
  }

  private searchReady(): Promise<SearchIndex> {
    if (!this.searchIndex) {
      this.indexLocale = currentLocale();
      this.searchIndex = buildSearchIndex(this.data);
    }
    return this.searchIndex;
  }

  record(kind: RecordKind, id: string): RecordDetail | undefined {
    return recordDetail(this.data, kind, id);
  }

  /** The sources behind an article as one file; see exportArticleSources. */
  exportSources(request: unknown): Result<ExportedFile> {
    return exportArticleSources(this.data, request);
  }

  stats(): DatasetStats {
    return datasetStats(this.data);
  }
}
