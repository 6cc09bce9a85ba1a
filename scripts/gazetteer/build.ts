/**
 * The generator's pure core: CSV text and the hand-written dataset files in, the two generated dataset
 * files and the resolution statistics out. No file system here, so tests can run it on snippets.
 */
import type { DatasetFile, Jurisdiction, Source } from '../../lib/dataset/schema';
import { resolveAgency, type ResolvedAgency, type StateInfo } from './agencies';
import { agreementRecords, ICE_AS_OF, readAgreementRows, SRC_ICE_LIST, type AgreementRow } from './agreements';
import {
  buildCensusIndex,
  countyRecords,
  placeRecords,
  readCountyRows,
  readPlaceRows,
  type HandWritten,
  type PlaceEntry,
} from './census';
import { addUnique } from './names';
import { CENSUS_COUNTIES_SOURCE, CENSUS_PLACES_SOURCE, ICE_ARCHIVE_SOURCE, ICE_LIST_SOURCE } from './sources';

export interface BuildInput {
  countiesCsv: string;
  placesCsv: string;
  agreementsCsv: string;
  /** The hand-written dataset files (everything the manifest lists except the generated ones). */
  handWritten: DatasetFile[];
}

export interface UnresolvedAgency {
  state: string;
  name: string;
  id: string;
  problem: string;
}

export interface ResolutionStats {
  /** Distinct agencies: state + ICE's cleaned name. */
  agencies: number;
  /** How many of them got a parent, by the parent's level. */
  byLevel: { county: number; city: number; state: number; none: number };
  /** How the parent was found ("exact", "incorporated-preferred", "prefix", "override"…). */
  byMethod: Record<string, number>;
  unresolved: UnresolvedAgency[];
  /** Agency jurisdictions written (several ICE names can be one body). */
  jurisdictions: number;
  /** Ids that stand for more than one ICE name, with the names. */
  merged: { id: string; names: string[] }[];
  /** Hand-written records used for an agency instead of generating one. */
  reused: string[];
  /** Census entities a hand-written record stands for: "county CA San Francisco → us-ca-san-francisco". */
  censusReused: string[];
  agreements: number;
  counties: number;
  places: number;
  placesBelowFloor: number;
}

export interface BuildOutput {
  census: Required<Pick<DatasetFile, 'sources' | 'jurisdictions'>>;
  ice: Required<Pick<DatasetFile, 'sources' | 'jurisdictions' | 'agreements'>>;
  stats: ResolutionStats;
}

/** Collects the hand-written records the generator must reuse rather than duplicate. */
export function handWrittenRecords(files: readonly DatasetFile[]): HandWritten & { sources: Source[] } {
  const jurisdictions: Jurisdiction[] = [];
  const sources: Source[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    jurisdictions.push(...(file.jurisdictions ?? []));
    sources.push(...(file.sources ?? []));
    for (const records of Object.values(file) as { id: string }[][]) for (const r of records) ids.add(r.id);
  }
  return { jurisdictions, sources, ids };
}

/** The state and territory records, with the names an agency's name may begin with ("Florida", "CNMI"). */
export function stateInfos(jurisdictions: readonly Jurisdiction[]): Map<string, StateInfo> {
  const states = new Map<string, StateInfo>();
  for (const j of jurisdictions) {
    if (((j.type as string) !== 'state' && (j.type as string) !== 'territory') || !j.state) continue;
    const names = [j.name, ...j.aliases].filter((n) => n.length > 2 && !n.includes('.'));
    states.set(j.state, { id: j.id, code: j.state, names });
  }
  return states;
}

/** Runs the whole transformation. */
export function buildGenerated(input: BuildInput): BuildOutput {
  const handWritten = handWrittenRecords(input.handWritten);
  const census = buildCensusIndex(readCountyRows(input.countiesCsv), readPlaceRows(input.placesCsv), handWritten);
  const ctx = { census, states: stateInfos(handWritten.jurisdictions) };
  const rows = readAgreementRows(input.agreementsCsv);

  // One resolution per distinct agency (state + ICE's cleaned name), in order of first appearance.
  const agencies = new Map<string, { resolved: ResolvedAgency; rows: AgreementRow[] }>();
  for (const row of rows) {
    const key = `${row.state}|${row.agency}`;
    const known = agencies.get(key);
    if (known) known.rows.push(row);
    else agencies.set(key, { resolved: resolveAgency(ctx, row.state, row.agency, row.agencyType), rows: [row] });
  }

  // Reuse a hand-written record for the same body: the same id and type, or its name among the aliases.
  const handById = new Map(handWritten.jurisdictions.map((j) => [j.id, j]));
  const reused = new Set<string>();
  for (const { resolved } of agencies.values()) {
    const same = handById.get(resolved.id);
    const named = handWritten.jurisdictions.filter(
      (j) =>
        j.type === resolved.type &&
        j.state === resolved.state &&
        [j.name, ...j.aliases].some((n) => n.toLowerCase() === resolved.name.toLowerCase()),
    );
    if (same && same.type === resolved.type && same.state === resolved.state) reused.add(resolved.id);
    else if (named.length === 1) {
      resolved.id = named[0]!.id;
      reused.add(resolved.id);
    } else if (same) {
      // The conventional id belongs to a different hand-written body: keep ours apart.
      resolved.id = `${resolved.id}-${resolved.type}`;
    }
  }

  // Several ICE names can be one body ("… Sheriff's Office" and "… Sheriff's Department").
  const byId = new Map<string, { resolved: ResolvedAgency; agreements: number }[]>();
  for (const { resolved, rows: its } of agencies.values()) {
    byId.set(resolved.id, [...(byId.get(resolved.id) ?? []), { resolved, agreements: its.length }]);
  }
  const agencyJurisdictions: Jurisdiction[] = [];
  const merged: { id: string; names: string[] }[] = [];
  for (const [id, group] of byId) {
    if (group.length > 1) merged.push({ id, names: group.map((g) => g.resolved.iceName) });
    if (reused.has(id)) continue;
    // The name with most agreements; on a tie, ICE's usual form ("Sheriff's Office" over "…Department").
    const main = [...group].sort(
      (a, b) =>
        b.agreements - a.agreements ||
        Number(/Office$/.test(b.resolved.name)) - Number(/Office$/.test(a.resolved.name)),
    )[0]!.resolved;
    const aliases = [...main.aliases];
    for (const g of group) addUnique(aliases, ...g.resolved.aliases, ...(g.resolved === main ? [] : [g.resolved.name]));
    agencyJurisdictions.push({
      id,
      name: main.name,
      type: main.type,
      state: main.state,
      ...(main.parent ? { parent: main.parent } : {}),
      aliases,
      sources: [SRC_ICE_LIST],
      asOf: ICE_AS_OF,
    });
  }

  const needed = new Set<PlaceEntry>();
  for (const { resolved } of agencies.values()) if (resolved.place) needed.add(resolved.place);
  const counties = countyRecords(census);
  const places = placeRecords(census, needed);
  const censusJurisdictions = [...counties, ...places].sort(byId_);
  agencyJurisdictions.sort(byId_);

  const taken = new Set([
    ...handWritten.ids,
    ...censusJurisdictions.map((j) => j.id),
    ...agencyJurisdictions.map((j) => j.id),
  ]);
  const agreements = agreementRecords(rows, (row) => agencies.get(`${row.state}|${row.agency}`)!.resolved.id, taken);

  assertUnique([...handWritten.ids], censusJurisdictions, agencyJurisdictions, agreements);

  const handSources = new Set(handWritten.sources.map((s) => s.id));
  const fresh = (sources: Source[]) => sources.filter((s) => !handSources.has(s.id));

  const resolvedList = [...agencies.values()].map((a) => a.resolved);
  const byLevel = { county: 0, city: 0, state: 0, none: 0 };
  const byMethod: Record<string, number> = {};
  for (const r of resolvedList) {
    byLevel[r.level ?? 'none']++;
    byMethod[r.method] = (byMethod[r.method] ?? 0) + 1;
  }
  return {
    census: { sources: fresh([CENSUS_COUNTIES_SOURCE, CENSUS_PLACES_SOURCE]), jurisdictions: censusJurisdictions },
    ice: { sources: fresh([ICE_LIST_SOURCE, ICE_ARCHIVE_SOURCE]), jurisdictions: agencyJurisdictions, agreements },
    stats: {
      agencies: agencies.size,
      byLevel,
      byMethod,
      unresolved: resolvedList
        .filter((r) => !r.parent)
        .map((r) => ({ state: r.state, name: r.iceName, id: r.id, problem: r.problem ?? 'no parent found' })),
      jurisdictions: byId.size,
      merged,
      reused: [...reused],
      censusReused: [
        ...census.counties.filter((c) => c.reused).map((c) => `county ${c.row.state} ${c.row.county} → ${c.id}`),
        ...census.places
          .filter((p) => p.reused && !p.county)
          .map((p) => `place ${p.row.state} ${p.row.name} → ${p.id}`),
      ],
      agreements: agreements.length,
      counties: census.counties.length,
      places: places.length,
      placesBelowFloor: places.filter((p) => (p.population ?? Infinity) < 10_000).length,
    },
  };
}

function byId_(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Throws when two records anywhere share an id: the dataset's ids are unique across all files. */
function assertUnique(handWrittenIds: string[], ...tables: { id: string }[][]): void {
  const seen = new Set(handWrittenIds);
  const twice: string[] = [];
  for (const table of tables)
    for (const r of table) {
      if (seen.has(r.id)) twice.push(r.id);
      seen.add(r.id);
    }
  if (twice.length > 0) throw new Error(`ids used twice: ${twice.slice(0, 10).join(', ')}`);
}
