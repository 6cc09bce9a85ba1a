/** Builds the lookup's detail view for one record, with the records it links to. */
import type { Dataset, Decision, Jurisdiction, Law, RecordKind } from '../dataset/schema';
import { ancestry, labelOf } from '../detect/engine';
import { formatCitation } from '../cite/format';
import type { RecordDetail, SearchHit } from './model';
import { orderSources, SourceResolver } from './resolve-sources';

/** The detail view, or undefined when no record has that kind and id. */
export function recordDetail(dataset: Dataset, kind: RecordKind, id: string): RecordDetail | undefined {
  const sources = new SourceResolver(dataset);
  const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const lawHit = (l: Law): SearchHit => ({ kind: 'law', id: l.id, title: l.title, subtitle: l.citation, score: 0 });
  const decisionHit = (d: Decision): SearchHit => ({
    kind: 'decision',
    id: d.id,
    title: d.headline.text,
    subtitle: d.date,
    score: 0,
  });
  const jurisdictionHit = (j: Jurisdiction): SearchHit => ({
    kind: 'jurisdiction',
    id: j.id,
    title: labelOf(j),
    subtitle: j.type,
    score: 0,
  });

  switch (kind) {
    case 'law': {
      const law = dataset.laws.find((l) => l.id === id);
      if (!law) return undefined;
      const all = [law.summary, ...law.exceptions, ...law.misstated];
      const decisions = dataset.decisions
        .filter((d) => d.laws.includes(law.id))
        .sort((a, b) => b.date.localeCompare(a.date));
      const cases = dataset.cases.filter((c) => c.laws.includes(law.id));
      return {
        kind,
        id,
        title: law.title,
        subtitle: `${law.citation} · ${statusLabel(law)}`,
        citation: formatCitation(dataset, 'law', law.id),
        body: [sources.text(law.summary)],
        provisions: law.provisions.map((p) => ({ cite: p.cite, text: p.text, sources: sources.links(p.sources) })),
        exceptions: law.exceptions.map((f) => sources.text(f)),
        misstated: law.misstated.map((f) => sources.text(f)),
        sources: orderSources(sources.links([law.primarySource, ...law.sources, ...all.flatMap((f) => f.sources)])),
        related: [
          { label: 'Decisions under this law', hits: decisions.map(decisionHit) },
          {
            label: 'Court decisions',
            hits: cases.map((c) => ({
              kind: 'case' as const,
              id: c.id,
              title: c.name,
              subtitle: c.citation,
              score: 0,
            })),
          },
        ].filter((r) => r.hits.length > 0),
      };
    }
    case 'jurisdiction': {
      const j = byId.get(id);
      if (!j) return undefined;
      const chain = new Set(ancestry(j, byId).map((x) => x.id));
      const laws = dataset.laws.filter((l) => chain.has(l.jurisdiction));
      const decisions = dataset.decisions
        .filter((d) => d.jurisdiction === j.id || (d.involves ?? []).includes(j.id))
        .sort((a, b) => b.date.localeCompare(a.date));
      const body = j.posture ? [sources.text({ text: j.posture.summary, sources: j.posture.sources })] : [];
      return {
        kind,
        id,
        title: labelOf(j),
        subtitle: j.posture ? `Posture as of ${j.posture.asOf}` : 'No posture recorded in this dataset',
        citation: formatCitation(dataset, 'jurisdiction', j.id),
        body,
        sources: orderSources([
          ...body.flatMap((b) => b.sources),
          ...decisions.flatMap((d) => sources.links(d.sources)),
        ]),
        related: [
          { label: 'Decisions', hits: decisions.map(decisionHit) },
          { label: 'Laws that apply here', hits: laws.map(lawHit) },
          {
            label: 'Part of / includes',
            hits: dataset.jurisdictions.filter((x) => x.id === j.parent || x.parent === j.id).map(jurisdictionHit),
          },
        ].filter((r) => r.hits.length > 0),
      };
    }
    case 'decision': {
      const d = dataset.decisions.find((x) => x.id === id);
      if (!d) return undefined;
      const j = byId.get(d.jurisdiction);
      return {
        kind,
        id,
        title: d.headline.text,
        subtitle: `${d.date}${j ? ` · ${labelOf(j)}` : ''}`,
        citation: formatCitation(dataset, 'decision', d.id),
        body: [sources.text(d.headline), ...d.facts.map((f) => sources.text(f))],
        sources: orderSources(sources.links([...d.sources, ...d.facts.flatMap((f) => f.sources)])),
        related: [
          {
            label: 'Laws',
            hits: d.laws
              .map((lid) => dataset.laws.find((l) => l.id === lid))
              .filter((l): l is Law => !!l)
              .map(lawHit),
          },
          {
            label: 'Jurisdictions',
            hits: [d.jurisdiction, ...(d.involves ?? [])]
              .map((x) => byId.get(x))
              .filter((x): x is Jurisdiction => !!x)
              .map(jurisdictionHit),
          },
        ].filter((r) => r.hits.length > 0),
      };
    }
    case 'case': {
      const c = dataset.cases.find((x) => x.id === id);
      if (!c) return undefined;
      return {
        kind,
        id,
        title: c.name,
        subtitle: `${c.citation} · ${c.court} · ${c.date}`,
        citation: formatCitation(dataset, 'case', c.id),
        body: [sources.text(c.holding)],
        sources: orderSources(sources.links([c.primarySource, ...c.holding.sources])),
        related: [
          {
            label: 'Laws',
            hits: c.laws
              .map((lid) => dataset.laws.find((l) => l.id === lid))
              .filter((l): l is Law => !!l)
              .map(lawHit),
          },
        ].filter((r) => r.hits.length > 0),
      };
    }
    case 'source': {
      const s = dataset.sources.find((x) => x.id === id);
      if (!s) return undefined;
      const citedBy = [
        ...dataset.laws.filter((l) => JSON.stringify(l).includes(`"${s.id}"`)).map(lawHit),
        ...dataset.decisions.filter((d) => JSON.stringify(d).includes(`"${s.id}"`)).map(decisionHit),
      ];
      return {
        kind,
        id,
        title: s.title,
        subtitle: `${s.publisher}${s.date ? ` · ${s.date}` : ''}${s.primary ? ' · Primary source' : ''}`,
        citation: formatCitation(dataset, 'source', s.id),
        body: [],
        sources: sources.links([s.id]),
        related: [{ label: 'Cited by', hits: citedBy }].filter((r) => r.hits.length > 0),
      };
    }
  }
}

function statusLabel(law: Law): string {
  const words: Record<Law['status']['value'], string> = {
    'in-force': 'In force',
    'partly-enjoined': 'Partly enjoined',
    enjoined: 'Enjoined',
    repealed: 'Repealed',
    expired: 'Expired',
  };
  return `${words[law.status.value]} as of ${law.status.asOf}`;
}
