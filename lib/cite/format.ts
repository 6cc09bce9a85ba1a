/** Plain-text citations for copying from the lookup. */
import type { DatasetIndex } from '../dataset/dataset-index';
import type { RecordKind } from '../dataset/schema';
import { formatDate } from '../format/date';
import { labelOf } from '../format/labels';

/** A human-readable citation with the URL of its primary text, or "" for an unknown record. */
export function formatCitation(data: DatasetIndex, kind: RecordKind, id: string): string {
  const sourceUrl = (sourceId: string | undefined) => (sourceId ? (data.sources.get(sourceId)?.url ?? '') : '');
  switch (kind) {
    case 'law': {
      const law = data.laws.get(id);
      if (!law) return '';
      const year = law.enacted ? ` (${law.enacted.slice(0, 4)})` : '';
      const short = law.shortTitle && !law.title.includes(law.shortTitle) ? ` (${law.shortTitle})` : '';
      return `${law.title}${short}, ${law.citation}${year}. ${sourceUrl(law.primarySource)}`.trim();
    }
    case 'case': {
      const c = data.cases.get(id);
      if (!c) return '';
      return `${c.name}, ${c.citation} (${c.court} ${formatDate(c.date, 'en')}). ${sourceUrl(c.primarySource)}`.trim();
    }
    case 'source': {
      const s = data.sources.get(id);
      if (!s) return '';
      return `${s.publisher}, "${s.title}"${s.date ? `, ${formatDate(s.date, 'en')}` : ''}. ${s.url}`;
    }
    case 'decision': {
      const d = data.decisions.get(id);
      if (!d) return '';
      const j = data.jurisdictions.get(d.jurisdiction);
      const first = data.sources.get(d.sources[0] ?? '');
      const source = first ? ` Source: ${first.publisher}, ${first.url}` : '';
      return `${j ? `${labelOf(j)}: ` : ''}${d.headline.text} (${formatDate(d.date, 'en')}).${source}`;
    }
    case 'jurisdiction': {
      const j = data.jurisdictions.get(id);
      if (!j) return '';
      return j.posture ? `${labelOf(j)}: ${j.posture.summary} (as of ${formatDate(j.posture.asOf, 'en')})` : labelOf(j);
    }
    case 'agreement': {
      const a = data.agreements.get(id);
      if (!a) return '';
      const model = a.model ? ` (${a.model})` : '';
      const signed = a.signed ? `, signed ${formatDate(a.signed, 'en')}` : '';
      return `U.S. Immigration and Customs Enforcement, 287(g) memorandum of agreement${model} with ${a.agency}${signed}. ${a.url}`;
    }
    case 'claim': {
      const c = data.claims.get(id);
      if (!c) return '';
      const j = data.jurisdictions.get(c.jurisdiction);
      const url = sourceUrl(c.statement.sources[0]);
      return `${c.claimant}, ${c.title} (${formatDate(c.date, 'en')})${j ? `, naming ${labelOf(j)}` : ''}.${url ? ` ${url}` : ''}`;
    }
  }
}
