/** Plain-text citations for copying from the lookup. */
import type { Dataset, RecordKind } from '../dataset/schema';
import { labelOf } from '../detect/engine';

/** A human-readable citation with the URL of its primary text, or "" for an unknown record. */
export function formatCitation(dataset: Dataset, kind: RecordKind, id: string): string {
  const sourceUrl = (sourceId: string) => dataset.sources.find((s) => s.id === sourceId)?.url ?? '';
  switch (kind) {
    case 'law': {
      const law = dataset.laws.find((l) => l.id === id);
      if (!law) return '';
      const date = law.enacted ? ` (${law.enacted.slice(0, 4)})` : '';
      return `${law.title}${law.shortTitle && !law.title.includes(law.shortTitle) ? ` (${law.shortTitle})` : ''}, ${law.citation}${date}. ${sourceUrl(law.primarySource)}`.trim();
    }
    case 'case': {
      const c = dataset.cases.find((x) => x.id === id);
      if (!c) return '';
      return `${c.name}, ${c.citation} (${c.court} ${c.date}). ${sourceUrl(c.primarySource)}`.trim();
    }
    case 'source': {
      const s = dataset.sources.find((x) => x.id === id);
      if (!s) return '';
      return `${s.publisher}, "${s.title}"${s.date ? `, ${s.date}` : ''}. ${s.url}`;
    }
    case 'decision': {
      const d = dataset.decisions.find((x) => x.id === id);
      if (!d) return '';
      const j = dataset.jurisdictions.find((x) => x.id === d.jurisdiction);
      const first = d.sources[0] ? dataset.sources.find((s) => s.id === d.sources[0]) : undefined;
      return `${j ? `${labelOf(j)}: ` : ''}${d.headline.text} (${d.date}).${first ? ` Source: ${first.publisher}, ${first.url}` : ''}`;
    }
    case 'jurisdiction': {
      const j = dataset.jurisdictions.find((x) => x.id === id);
      if (!j) return '';
      return j.posture ? `${labelOf(j)}: ${j.posture.summary} (as of ${j.posture.asOf})` : labelOf(j);
    }
    case 'agreement': {
      const a = dataset.agreements.find((x) => x.id === id);
      if (!a) return '';
      const model = a.model ? ` (${a.model})` : '';
      return `287(g) memorandum of agreement${model}, ${a.agency}, ${a.state}${a.signed ? `, signed ${a.signed}` : ''}. U.S. Immigration and Customs Enforcement. ${a.url}`;
    }
    case 'claim': {
      const c = dataset.claims.find((x) => x.id === id);
      if (!c) return '';
      const first = c.statement.sources[0] ? dataset.sources.find((s) => s.id === c.statement.sources[0]) : undefined;
      return `${c.claimant}, ${c.title} (${c.date}).${first ? ` ${first.url}` : ''}`;
    }
  }
}
