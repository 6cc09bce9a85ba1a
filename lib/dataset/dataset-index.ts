/**
 * The dataset with its cross-references worked out once: records by id, a jurisdiction's children,
 * decisions, laws, 287(g) agreements and claims, and what cites each source. Everything that reads
 * the dataset (detection, the sidebar, the lookup, citations) goes through one of these, so no view
 * scans thousands of records to answer a question about one.
 */
import type {
  Agreement287g,
  Case,
  Claim,
  Dataset,
  Decision,
  Jurisdiction,
  Law,
  RecordId,
  RecordKind,
  Source,
} from './schema';

/** A reference from a record to a source, for "cited by". */
export interface RecordRef {
  kind: RecordKind;
  id: RecordId;
}

export class DatasetIndex {
  readonly jurisdictions: Map<RecordId, Jurisdiction>;
  readonly laws: Map<RecordId, Law>;
  readonly cases: Map<RecordId, Case>;
  readonly decisions: Map<RecordId, Decision>;
  readonly sources: Map<RecordId, Source>;
  readonly agreements: Map<RecordId, Agreement287g>;
  readonly claims: Map<RecordId, Claim>;
  /** A city's police department, a county's sheriff, a state's counties. */
  readonly childrenOf = new Map<RecordId, Jurisdiction[]>();
  /** Decisions a jurisdiction made or is involved in. */
  readonly decisionsOf = new Map<RecordId, Decision[]>();
  readonly decisionsUnderLaw = new Map<RecordId, Decision[]>();
  readonly casesUnderLaw = new Map<RecordId, Case[]>();
  /** Laws a jurisdiction made. */
  readonly lawsOf = new Map<RecordId, Law[]>();
  readonly agreementsOf = new Map<RecordId, Agreement287g[]>();
  readonly claimsAbout = new Map<RecordId, Claim[]>();
  readonly citedBy = new Map<RecordId, RecordRef[]>();

  constructor(readonly dataset: Dataset) {
    this.jurisdictions = byId(dataset.jurisdictions);
    this.laws = byId(dataset.laws);
    this.cases = byId(dataset.cases);
    this.decisions = byId(dataset.decisions);
    this.sources = byId(dataset.sources);
    this.agreements = byId(dataset.agreements);
    this.claims = byId(dataset.claims);
    for (const j of dataset.jurisdictions) if (j.parent) push(this.childrenOf, j.parent, j);
    for (const d of dataset.decisions) {
      for (const id of new Set([d.jurisdiction, ...(d.involves ?? [])])) push(this.decisionsOf, id, d);
      for (const id of d.laws) push(this.decisionsUnderLaw, id, d);
    }
    for (const c of dataset.cases) for (const id of c.laws) push(this.casesUnderLaw, id, c);
    for (const l of dataset.laws) push(this.lawsOf, l.jurisdiction, l);
    for (const a of dataset.agreements) push(this.agreementsOf, a.jurisdiction, a);
    for (const c of dataset.claims) push(this.claimsAbout, c.jurisdiction, c);
    const cite = (kind: RecordKind, id: RecordId, sourceIds: Iterable<RecordId>) => {
      for (const sourceId of new Set(sourceIds)) push(this.citedBy, sourceId, { kind, id });
    };
    for (const l of dataset.laws) {
      cite('law', l.id, [
        l.primarySource,
        ...l.sources,
        ...l.summary.sources,
        ...l.status.sources,
        ...l.provisions.flatMap((p) => p.sources),
        ...[...l.exceptions, ...l.misstated].flatMap((f) => f.sources),
      ]);
    }
    for (const c of dataset.cases) cite('case', c.id, [c.primarySource, ...c.holding.sources]);
    for (const d of dataset.decisions) {
      cite('decision', d.id, [...d.sources, ...d.headline.sources, ...d.facts.flatMap((f) => f.sources)]);
    }
    for (const c of dataset.claims) cite('claim', c.id, [...c.statement.sources, ...c.criteria.sources]);
    for (const j of dataset.jurisdictions) {
      if (j.posture) cite('jurisdiction', j.id, j.posture.sources);
    }
  }

  /** The jurisdiction, then its parents up to the state, then the federal government. */
  ancestry(j: Jurisdiction): Jurisdiction[] {
    const chain: Jurisdiction[] = [];
    let current: Jurisdiction | undefined = j;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = current.parent ? this.jurisdictions.get(current.parent) : undefined;
    }
    // State records follow the `us-xx` id convention.
    const state = j.state ? this.jurisdictions.get(`us-${j.state.toLowerCase()}`) : undefined;
    if (state && !chain.includes(state)) chain.push(state);
    const federal = this.jurisdictions.get('us');
    if (federal && !chain.includes(federal)) chain.push(federal);
    return chain;
  }

  /** The jurisdiction and its children (a city and its police department), for timelines and agreements. */
  family(j: Jurisdiction): Jurisdiction[] {
    return [j, ...(this.childrenOf.get(j.id) ?? []).filter((c) => c.type !== 'county' && c.type !== 'city')];
  }
}

function byId<T extends { id: RecordId }>(records: T[]): Map<RecordId, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function push<T>(map: Map<RecordId, T[]>, key: RecordId, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
