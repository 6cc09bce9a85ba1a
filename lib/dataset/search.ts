/**
 * The toolbar lookup: a MiniSearch index over every kind of record. Names, aliases and citations weigh
 * most; bill numbers are also indexed in compact form so "SB54", "sb 54" and "S.B. 54" all find SB 54.
 */
import MiniSearch from 'minisearch';
import {
  agreementFace,
  caseFace,
  claimFace,
  decisionFace,
  jurisdictionFace,
  lawFace,
  sourceFace,
  stateNameOf,
} from '../context/hits';
import { foldAccents } from '../detect/match';
import { stateByCode } from '../detect/states';
import type { DatasetIndex } from './dataset-index';
import type { SearchHit } from '../context/model';
import type { Jurisdiction, RecordKind } from './schema';
import { FEDERAL, type SearchFilters } from './search-filters';

export { FEDERAL, type SearchFilters };

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
  search(query: string, limit?: number, filters?: SearchFilters): SearchHit[];
}

const TYPE_WEIGHT: Record<Jurisdiction['type'], number> = {
  state: 1.3,
  territory: 1.1,
  city: 1.15,
  county: 1.15,
  federal: 1,
  sheriff: 1,
  police: 1,
  'school-district': 1,
  'state-agency': 1,
};

/** Results that name a record exactly (an alias, a citation, a state's code) come before any partial match. */
const EXACT = 1_000_000;
/** A state named exactly comes before anything else, then its laws, then other exact names (Texas, Michigan). */
const STATE = 3_000_000;
const STATE_LAW = 2_000_000;

/** Lower-case, accents removed: "Ángeles" finds "Angeles" and the reverse. */
export const normalizeTerm = foldAccents;

/** "SB 54" → "sb54", "Gov. Code §7284.6" → "govcode72846": the compact form citations are indexed under. */
export function compactForm(text: string): string {
  return normalizeTerm(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Builds the lookup over the whole dataset. Adding thousands of documents takes a good half second, so
 * it is done in chunks that yield to the event loop: a service worker keeps answering articles meanwhile.
 */
export async function buildSearchIndex(data: DatasetIndex): Promise<SearchIndex> {
  const dataset = data.dataset;
  const docs: SearchDocument[] = [];
  /** Compact name → the records it names exactly. */
  const exact = new Map<string, string[]>();
  // The face (kind, id, title, second line) comes from lib/context/hits, so detail views match the results.
  const add = (doc: Omit<SearchDocument, 'key' | 'compact'> & { compactNames: string[]; exactNames?: string[] }) => {
    const { compactNames, exactNames = [], ...rest } = doc;
    const key = `${doc.kind}:${doc.id}`;
    docs.push({ ...rest, key, compact: compactNames.map(compactForm).join(' ') });
    for (const name of new Set(exactNames.map(compactForm))) {
      if (name.length >= 2) exact.set(name, [...(exact.get(name) ?? []), key]);
    }
  };

  for (const law of dataset.laws) {
    const names = [law.shortTitle, ...law.aliases, law.citation];
    const maker = data.jurisdictions.get(law.jurisdiction);
    add({
      ...lawFace(law),
      // Pinpoint cites too, so "Gov Code 7284.6" finds the law as well as the section's own page; and the
      // state's name, so "Texas 287(g)" finds Texas law.
      names: [...names, law.title, ...law.provisions.map((p) => p.cite), maker ? (stateNameOf(maker) ?? '') : ''].join(
        ' · ',
      ),
      compactNames: [...names, law.title],
      exactNames: names,
      text: law.summary.text,
      weight: 1.2,
    });
  }
  for (const j of dataset.jurisdictions) {
    const names = [j.name, ...j.aliases, ...(j.type === 'state' && j.state ? [j.state] : [])];
    const decisions = data.decisionsOf.get(j.id)?.length ?? 0;
    add({
      ...jurisdictionFace(j),
      names: `${names.join(' · ')} ${stateNameOf(j) ?? ''}`,
      compactNames: names,
      exactNames: names,
      text: j.posture?.summary ?? '',
      weight:
        (TYPE_WEIGHT[j.type] ?? 1) +
        0.1 * Math.min(5, decisions) +
        (j.posture ? 0.05 : 0) +
        0.02 * Math.log10((j.population ?? 0) + 1),
    });
  }
  for (const c of dataset.cases) {
    add({
      ...caseFace(c),
      names: c.name,
      compactNames: [c.citation],
      exactNames: [c.name, c.citation],
      text: c.holding.text,
      weight: 1,
    });
  }
  for (const d of dataset.decisions) {
    const j = data.jurisdictions.get(d.jurisdiction);
    add({
      ...decisionFace(d, data.jurisdictions),
      names: j ? `${j.name} ${j.aliases.join(' ')} ${stateNameOf(j) ?? ''}` : '',
      compactNames: [],
      text: d.facts.map((f) => f.text).join(' '),
      weight: 0.9,
    });
  }
  for (const a of dataset.agreements) {
    add({
      ...agreementFace(a),
      // "287g" as a word of its own: the tokenizer splits "287(g)" in two.
      names: `${a.agency} · 287g ${stateByCode(a.state)?.name ?? a.state}`,
      compactNames: [],
      text: a.model,
      weight: 0.75,
    });
  }
  for (const c of dataset.claims) {
    const j = data.jurisdictions.get(c.jurisdiction);
    add({
      ...claimFace(c, data.jurisdictions),
      names: `${c.claimant} · ${j ? `${j.name} ${stateNameOf(j) ?? ''}` : ''}`,
      compactNames: [],
      text: c.statement.text,
      weight: 0.7,
    });
  }
  for (const s of dataset.sources) {
    add({ ...sourceFace(s), names: s.publisher, compactNames: [], text: '', weight: 0.6 });
  }

  const statesOf = recordStates(data);
  const weights = new Map(docs.map((d) => [d.key, d.weight]));
  const stored = new Map(docs.map((d) => [d.key, d]));
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
  await index.addAllAsync(docs, { chunkSize: 400 });

  return {
    search(query: string, limit = 20, filters: SearchFilters = {}): SearchHit[] {
      const q = query.trim().slice(0, 200);
      if (q === '') return [];
      const compact = compactForm(q);
      const admits = admitter(filters, statesOf);
      // MiniSearch drops filtered documents before scoring and sorting them, so narrow searches are cheaper.
      // Stored fields are spread onto results (`id` is the record's own), so the key is rebuilt here too.
      const filter = admits && ((r: { id: unknown; kind?: unknown }) => admits(`${String(r.kind)}:${String(r.id)}`));
      const best = new Map<string, SearchHit>();
      const offer = (key: string, score: number) => {
        const doc = stored.get(key);
        if (!doc || (admits && !admits(key)) || (best.get(key)?.score ?? -1) >= score) return;
        best.set(key, { kind: doc.kind, id: doc.id, title: doc.title, subtitle: doc.subtitle, score });
      };
      // As words, and as one compact citation ("sb54"); each record keeps its best score.
      // Stored fields are spread onto results, so `id` is the record's id and the key is rebuilt.
      for (const r of index.search(q, { filter })) offer(`${r.kind as string}:${r.id as string}`, r.score);
      if (compact.length >= 3 && /\d/.test(compact)) {
        for (const r of index.search(compact, { fields: ['compact'], prefix: true, combineWith: 'OR', filter }))
          offer(`${r.kind as string}:${r.id as string}`, r.score);
      }
      // Exact names first, ordered among themselves by weight; then, for a state, its laws.
      for (const key of exact.get(compact) ?? []) {
        const [kind, id] = key.split(/:(.*)/s) as [string, string];
        const j = kind === 'jurisdiction' ? data.jurisdictions.get(id) : undefined;
        offer(
          key,
          (j?.type === 'state' ? STATE : EXACT) + (weights.get(key) ?? 1) * 1000 + (best.get(key)?.score ?? 0),
        );
        if (j?.type === 'state') {
          for (const law of data.lawsOf.get(j.id) ?? [])
            offer(`law:${law.id}`, STATE_LAW + (best.get(`law:${law.id}`)?.score ?? 0));
        }
      }
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

/** The test a filter puts every record key through; undefined when nothing is filtered. */
function admitter(filters: SearchFilters, statesOf: Map<string, ReadonlySet<string>>) {
  const kinds = Array.isArray(filters.kinds) && filters.kinds.length > 0 ? new Set<string>(filters.kinds) : undefined;
  const state = typeof filters.state === 'string' && filters.state !== '' ? filters.state : undefined;
  if (!kinds && !state) return undefined;
  return (key: string): boolean => {
    if (kinds && !kinds.has(key.slice(0, key.indexOf(':')))) return false;
    return !state || (statesOf.get(key)?.has(state) ?? false);
  };
}

/**
 * The states each record is about, by record key: a place's state, the state of a law's maker, of a
 * decision's or claim's jurisdiction, of the laws a case decided, of the records that cite a source.
 * Records of the federal government are about {@link FEDERAL}.
 */
function recordStates(data: DatasetIndex): Map<string, ReadonlySet<string>> {
  const dataset = data.dataset;
  const states = new Map<string, ReadonlySet<string>>();
  const stateOf = (jurisdictionId: string) => data.jurisdictions.get(jurisdictionId)?.state ?? FEDERAL;
  for (const j of dataset.jurisdictions) states.set(`jurisdiction:${j.id}`, new Set([j.state ?? FEDERAL]));
  for (const law of dataset.laws) states.set(`law:${law.id}`, new Set([stateOf(law.jurisdiction)]));
  for (const d of dataset.decisions) states.set(`decision:${d.id}`, new Set([stateOf(d.jurisdiction)]));
  for (const c of dataset.claims) states.set(`claim:${c.id}`, new Set([stateOf(c.jurisdiction)]));
  for (const a of dataset.agreements) states.set(`agreement:${a.id}`, new Set([a.state]));
  for (const c of dataset.cases) {
    const of = new Set(c.laws.flatMap((id) => [...(states.get(`law:${id}`) ?? [])]));
    states.set(`case:${c.id}`, of.size > 0 ? of : new Set([FEDERAL]));
  }
  for (const s of dataset.sources) {
    const of = new Set(
      (data.citedBy.get(s.id) ?? []).flatMap((ref) => [...(states.get(`${ref.kind}:${ref.id}`) ?? [])]),
    );
    states.set(`source:${s.id}`, of.size > 0 ? of : new Set([FEDERAL]));
  }
  return states;
}
