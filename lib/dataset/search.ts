/**
 * The toolbar lookup: a MiniSearch index over every kind of record. Names, aliases and citations weigh
 * most; bill numbers are also indexed in compact form so "SB54", "sb 54" and "S.B. 54" all find SB 54.
 */
import MiniSearch from 'minisearch';
import { caseFace, decisionFace, jurisdictionFace, lawFace, sourceFace, stateNameOf } from '../context/hits';
import type { SearchHit } from '../context/model';
import type { Dataset, Jurisdiction, RecordKind } from './schema';

interface SearchDocument {
  key: string;
  kind: RecordKind;
  id: string;
  title: string;
  subtitle: string;
  names: string;
  compact: string;
  text: string;
  weight: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

const TYPE_WEIGHT: Record<Jurisdiction['type'], number> = {
  state: 1.3,
  city: 1.2,
  county: 1.2,
  federal: 1,
  sheriff: 1,
  police: 1,
  'school-district': 1,
  'state-agency': 1,
};

/** Lower-case, accents removed: "Ángeles" finds "Angeles" and the reverse. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "SB 54" → "sb54", "Gov. Code §7284.6" → "govcode72846": the compact form citations are indexed under. */
export function compactForm(text: string): string {
  return normalizeTerm(text).replace(/[^a-z0-9]/g, '');
}

/** Builds the lookup over the whole dataset. */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const decisionCount = new Map<string, number>();
  for (const d of dataset.decisions) decisionCount.set(d.jurisdiction, (decisionCount.get(d.jurisdiction) ?? 0) + 1);
  const docs: SearchDocument[] = [];
  // The face (kind, id, title, second line) comes from lib/context/hits, so detail views match the results.
  const add = (doc: Omit<SearchDocument, 'key' | 'compact'> & { compactNames: string[] }) => {
    const { compactNames, ...rest } = doc;
    docs.push({ ...rest, key: `${doc.kind}:${doc.id}`, compact: compactNames.map(compactForm).join(' ') });
  };

  for (const law of dataset.laws) {
    const names = [law.shortTitle, law.title, ...law.aliases, law.citation];
    add({
      ...lawFace(law),
      // Pinpoint cites too, so "Gov Code 7284.6" finds the law as well as the section's own page.
      names: [...names, ...law.provisions.map((p) => p.cite)].join(' · '),
      compactNames: names,
      text: law.summary.text,
      weight: 1.2,
    });
  }
  for (const j of dataset.jurisdictions) {
    const names = [j.name, ...j.aliases, ...(j.type === 'state' && j.state ? [j.state] : [])];
    add({
      ...jurisdictionFace(j),
      names: `${names.join(' · ')} ${stateNameOf(j) ?? ''}`,
      compactNames: names,
      text: j.posture?.summary ?? '',
      weight: (TYPE_WEIGHT[j.type] ?? 1) + 0.1 * Math.min(5, decisionCount.get(j.id) ?? 0) + (j.posture ? 0.05 : 0),
    });
  }
  for (const c of dataset.cases) {
    add({
      ...caseFace(c),
      names: c.name,
      compactNames: [c.citation],
      text: c.holding.text,
      weight: 1,
    });
  }
  for (const d of dataset.decisions) {
    const j = byId.get(d.jurisdiction);
    add({
      ...decisionFace(d, byId),
      names: j ? `${j.name} ${j.aliases.join(' ')}` : '',
      compactNames: [],
      text: d.facts.map((f) => f.text).join(' '),
      weight: 0.9,
    });
  }
  for (const s of dataset.sources) {
    add({
      ...sourceFace(s),
      names: s.publisher,
      compactNames: [],
      text: '',
      weight: 0.6,
    });
  }

  const weights = new Map(docs.map((d) => [d.key, d.weight]));
  const index = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['title', 'names', 'compact', 'text'],
    storeFields: ['kind', 'id', 'title', 'subtitle'],
    processTerm: (term) => normalizeTerm(term),
    searchOptions: {
      boost: { title: 3, names: 3, compact: 4, text: 0.5 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
      boostDocument: (key) => weights.get(String(key)) ?? 1,
    },
  });
  index.addAll(docs);

  return {
    search(query: string, limit = 20): SearchHit[] {
      const q = query.trim().slice(0, 200);
      if (q === '') return [];
      const compact = compactForm(q);
      // Query twice: as words, and as one compact citation ("sb54"), then keep each record's best score.
      const best = new Map<string, SearchHit>();
      const collect = (results: ReturnType<typeof index.search>) => {
        for (const r of results) {
          const hit: SearchHit = {
            kind: r.kind as RecordKind,
            id: r.id as string,
            title: r.title as string,
            subtitle: r.subtitle as string,
            score: r.score,
          };
          const key = `${hit.kind}:${hit.id}`;
          if ((best.get(key)?.score ?? -1) < hit.score) best.set(key, hit);
        }
      };
      collect(index.search(q));
      if (compact.length >= 3 && /\d/.test(compact))
        collect(index.search(compact, { fields: ['compact'], prefix: true, combineWith: 'OR' }));
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
