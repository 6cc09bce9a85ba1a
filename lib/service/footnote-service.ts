/**
 * Footnote's answers over one dataset: detection with its sidebar, lookup, record details and counts.
 * The background wraps it in message handlers; the command-line tool calls it directly.
 */
import type { ArticleContext, DatasetStats } from '../messaging';
import type { ExtractedArticle } from '../detect/article';
import { buildDetectionIndex, detect, type DetectionIndex } from '../detect/engine';
import { buildSidebarModel } from '../context/sidebar';
import { recordDetail } from '../context/detail';
import type { RecordDetail, SearchHit } from '../context/model';
import { DatasetIndex } from '../dataset/dataset-index';
import { buildSearchIndex, type SearchIndex } from '../dataset/search';
import type { Dataset, RecordKind } from '../dataset/schema';
import { datasetStats } from '../dataset/stats';

export class FootnoteService {
  readonly data: DatasetIndex;
  readonly detection: DetectionIndex;
  private searchIndex: Promise<SearchIndex> | undefined;

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
  articleContext(article: ExtractedArticle, anyway = false): ArticleContext {
    const detection = detect(article, this.detection);
    if (!anyway && !detection.relevant && !detection.tentative) return { detection };
    const sidebar = buildSidebarModel(detection, this.data);
    if (!sidebar) return { detection };
    return { detection, sidebar, display: detection.relevant ? 'open' : 'tab' };
  }

  /** Starts building the lookup's index, so the first search from the toolbar does not wait for it. */
  warmUp(): void {
    void this.searchReady();
  }

  /** The lookup's results, best first. */
  async search(query: string, limit?: number): Promise<SearchHit[]> {
    return (await this.searchReady()).search(query, limit);
  }

  private searchReady(): Promise<SearchIndex> {
    this.searchIndex ??= buildSearchIndex(this.data);
    return this.searchIndex;
  }

  record(kind: RecordKind, id: string): RecordDetail | undefined {
    return recordDetail(this.data, kind, id);
  }

  stats(): DatasetStats {
    return datasetStats(this.data);
  }
}
