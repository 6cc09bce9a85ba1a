/** Builds the lookup's detail view for one record, with the records it links to. */
import type { Dataset, Decision, RecordId, RecordKind } from '../dataset/schema';
import { ancestry, labelOf } from '../detect/engine';
import { formatCitation } from '../cite/format';
import { formatDate } from '../format/date';
import { lawStatusLine } from '../format/labels';
import { orderSources } from '../format/sources';
import { caseFace, decisionFace, jurisdictionFace, lawFace, sourceFace, type HitFace } from './hits';
import type { RecordDetail, SearchHit } from './model';
import { SourceResolver } from './resolve-sources';

/** The detail view, or undefined when no record has that kind and id. */
export function recordDetail(dataset: Dataset, kind: RecordKind, id: string): RecordDetail | undefined {
  const sources = new SourceResolver(dataset);
  const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const lawsById = new Map(dataset.laws.map((l) => [l.id, l]));
  const hit = (face: HitFace): SearchHit => ({ ...face, score: 0 });
  const decisionHit = (d: Decision) => hit(decisionFace(d, byId));
  const lawHits = (ids: readonly RecordId[]) => present(ids.map((x) => lawsById.get(x))).map((l) => hit(lawFace(l)));
  const jurisdictionHits = (ids: readonly RecordId[]) =>
    present(ids.map((x) => byId.get(x))).map((j) => hit(jurisdictionFace(j)));

  switch (kind) {
    case 'law': {
      const law = lawsById.get(id);
      if (!law) return undefined;
      const all = [law.summary, ...law.exceptions, ...law.misstated];
      return {
        kind,
        id,
        title: law.title,
        subtitle: `${law.citation} · ${lawStatusLine(law.status.value, law.status.asOf)}`,
        citation: formatCitation(dataset, 'law', law.id),
        body: [sources.text(law.summary)],
        provisions: law.provisions.map((p) => ({ cite: p.cite, text: p.text, sources: sources.links(p.sources) })),
        exceptions: law.exceptions.map((f) => sources.text(f)),
        misstated: law.misstated.map((f) => sources.text(f)),
        sources: orderSources(sources.links([law.primarySource, ...law.sources, ...all.flatMap((f) => f.sources)])),
        related: groups(
          [
            'Decisions under this law',
            newestFirst(dataset.decisions.filter((d) => d.laws.includes(law.id))).map(decisionHit),
          ],
          ['Court decisions', dataset.cases.filter((c) => c.laws.includes(law.id)).map((c) => hit(caseFace(c)))],
        ),
      };
    }
    case 'jurisdiction': {
      const j = byId.get(id);
      if (!j) return undefined;
      const chain = new Set(ancestry(j, byId).map((x) => x.id));
      const decisions = newestFirst(
        dataset.decisions.filter((d) => d.jurisdiction === j.id || (d.involves ?? []).includes(j.id)),
      );
      const body = j.posture ? [sources.text({ text: j.posture.summary, sources: j.posture.sources })] : [];
      return {
        kind,
        id,
        title: labelOf(j),
        subtitle: j.posture ? `Posture as of ${formatDate(j.posture.asOf)}` : 'No posture recorded in this dataset',
        citation: formatCitation(dataset, 'jurisdiction', j.id),
        body,
        sources: orderSources([
          ...body.flatMap((b) => b.sources),
          ...decisions.flatMap((d) => sources.links(d.sources)),
        ]),
        related: groups(
          ['Decisions', decisions.map(decisionHit)],
          ['Laws that apply here', dataset.laws.filter((l) => chain.has(l.jurisdiction)).map((l) => hit(lawFace(l)))],
          [
            'Part of / includes',
            dataset.jurisdictions
              .filter((x) => x.id === j.parent || x.parent === j.id)
              .map((x) => hit(jurisdictionFace(x))),
          ],
        ),
      };
    }
    case 'decision': {
      const d = dataset.decisions.find((x) => x.id === id);
      if (!d) return undefined;
      return {
        kind,
        id,
        title: d.headline.text,
        subtitle: decisionFace(d, byId).subtitle,
        citation: formatCitation(dataset, 'decision', d.id),
        body: [sources.text(d.headline), ...d.facts.map((f) => sources.text(f))],
        sources: orderSources(sources.links([...d.sources, ...d.facts.flatMap((f) => f.sources)])),
        related: groups(
          ['Laws', lawHits(d.laws)],
          ['Jurisdictions', jurisdictionHits([d.jurisdiction, ...(d.involves ?? [])])],
        ),
      };
    }
    case 'case': {
      const c = dataset.cases.find((x) => x.id === id);
      if (!c) return undefined;
      return {
        kind,
        id,
        title: c.name,
        subtitle: `${caseFace(c).subtitle} · ${formatDate(c.date)}`,
        citation: formatCitation(dataset, 'case', c.id),
        body: [sources.text(c.holding)],
        sources: orderSources(sources.links([c.primarySource, ...c.holding.sources])),
        related: groups(['Laws', lawHits(c.laws)]),
      };
    }
    case 'source': {
      const s = dataset.sources.find((x) => x.id === id);
      if (!s) return undefined;
      const cites = (record: object) => JSON.stringify(record).includes(`"${s.id}"`);
      return {
        kind,
        id,
        title: s.title,
        subtitle: `${sourceFace(s).subtitle}${s.primary ? ' · Primary source' : ''}`,
        citation: formatCitation(dataset, 'source', s.id),
        body: [],
        sources: sources.links([s.id]),
        related: groups([
          'Cited by',
          [
            ...dataset.laws.filter(cites).map((l) => hit(lawFace(l))),
            ...dataset.decisions.filter(cites).map(decisionHit),
          ],
        ]),
      };
    }
  }
}

/** Related-record groups in the order given, leaving out empty ones. */
function groups(...entries: [label: string, hits: SearchHit[]][]): RecordDetail['related'] {
  return entries.filter(([, hits]) => hits.length > 0).map(([label, hits]) => ({ label, hits }));
}

function newestFirst<T extends { date: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date));
}

function present<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}
