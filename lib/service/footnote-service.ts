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
import { buildSearchIndex, type SearchIndex } from '../dataset/search';
import type { Dataset, RecordKind } from '../dataset/schema';

export class FootnoteService {
  readonly detection: DetectionIndex;
  private searchIndex: SearchIndex | undefined;

  constructor(readonly dataset: Dataset) {
    this.detection = buildDetectionIndex(dataset);
  }

  /** Classifies an article; when it is relevant, also builds its sidebar. */
  articleContext(article: ExtractedArticle): ArticleContext {
    const detection = detect(article, this.detection);
    if (!detection.relevant) return { detection };
    const sidebar = buildSidebarModel(detection, this.detection);
    return sidebar ? { detection, sidebar } : { detection };
  }

  /** The lookup's results, best first. The index is built on first use. */
  search(query: string, limit?: number): SearchHit[] {
    this.searchIndex ??= buildSearchIndex(this.dataset);
    return this.searchIndex.search(query, limit);
  }

  record(kind: RecordKind, id: string): RecordDetail | undefined {
    return recordDetail(this.dataset, kind, id);
  }

  stats(): DatasetStats {
    const d = this.dataset;
    const facts =
      d.laws.reduce((n, l) => n + 1 + l.provisions.length + l.exceptions.length + l.misstated.length, 0) +
      d.cases.length +
      d.decisions.reduce((n, x) => n + 1 + x.facts.length, 0) +
      d.jurisdictions.filter((j) => j.posture).length;
    return {
      version: d.manifest.version,
      asOf: d.manifest.asOf,
      counts: {
        jurisdictions: d.jurisdictions.length,
        states: d.jurisdictions.filter((j) => j.type === 'state').length,
        statesWithPosture: d.jurisdictions.filter((j) => j.type === 'state' && j.posture).length,
        laws: d.laws.length,
        cases: d.cases.length,
        decisions: d.decisions.length,
        decisionStates: new Set(
          d.decisions.map((x) => d.jurisdictions.find((j) => j.id === x.jurisdiction)?.state).filter(Boolean),
        ).size,
        sources: d.sources.length,
        primarySources: d.sources.filter((s) => s.primary).length,
        facts,
      },
    };
  }
}
