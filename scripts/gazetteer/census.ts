/**
 * The Census gazetteer: reads the counties and places CSV files, gives every county and place its id under
 * the project's convention, and turns them into Jurisdiction records. See build-gazetteer.ts for the
 * convention itself.
 */
import type { Jurisdiction } from '../../lib/dataset/schema';
import { parseCsv } from './csv';
import { slugify, stateId, matchKey } from './names';

/** One row of counties-2021.csv. */
export interface CountyRow {
  state: string;
  /** As the Census writes it: "Harris", "Acadia Parish", "Richmond city". */
  county: string;
  population: number;
}

/** One row of places-2021.csv, or a place the file lacks (see MISSING_PLACES). */
export interface PlaceRow {
  state: string;
  /** The short name: "Glendale". */
  name: string;
  /** The Census NAME: "Glendale city". */
  censusName: string;
  /** city, town, village, township, borough…; blank for a few (Carson City). */
  type: string;
  population?: number;
  /** 162 incorporated place, 061 minor civil division (town, township), 170 consolidated city. */
  sumlev: string;
  /** Filled for 061 rows only. */
  countyFips: string;
}

/** Reads counties-2021.csv. */
export function readCountyRows(text: string): CountyRow[] {
  return parseCsv(text, ['state', 'county', 'population_2021']).map((r) => ({
    state: r.state!,
    county: r.county!,
    population: toPopulation(r.population_2021!),
  }));
}

/** Reads places-2021.csv. */
export function readPlaceRows(text: string): PlaceRow[] {
  return parseCsv(text, ['state', 'name', 'census_name', 'type', 'population', 'sumlev', 'county_fips']).map((r) => ({
    state: r.state!,
    name: r.name!,
    censusName: r.census_name!,
    type: r.type!,
    population: toPopulation(r.population!),
    sumlev: r.sumlev!,
    countyFips: r.county_fips!,
  }));
}

function toPopulation(value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`not a population: ${JSON.stringify(value)}`);
  return Number(value);
}

/** Places at or above this 2021 population are in the gazetteer; smaller ones only as a 287(g) agency's parent. */
export const PLACE_POPULATION_FLOOR = 10_000;

/** County-equivalent kinds the Census keeps in the name, longest first ("City and Borough" before "Borough"). */
const COUNTY_SUFFIXES = ['City and Borough', 'Census Area', 'Municipality', 'Borough', 'Parish'];

/** Independent cities whose Census name carries no " city" suffix. */
const INDEPENDENT_CITIES_WITHOUT_SUFFIX = new Set(['NV|Carson City']);

export type CountyForm = 'county' | 'equivalent' | 'independent-city';

export interface CountyName {
  form: CountyForm;
  /** The record's name: "Harris County", "Acadia Parish", "Richmond" (an independent city). */
  name: string;
  /** The name without its kind: "Harris", "Acadia", "Richmond". */
  short: string;
}

/**
 * How a Census county row is named. Plain counties get " County"; parishes, boroughs, census areas and
 * municipalities keep their suffix; independent cities ("Richmond city", "Baltimore city", "St. Louis
 * city", Carson City) are named as the city. "Charles City" and "James City" are counties, not cities.
 */
export function describeCounty(row: Pick<CountyRow, 'state' | 'county'>): CountyName {
  const independent = /^(.+) city$/.exec(row.county);
  if (independent) return { form: 'independent-city', name: independent[1]!, short: independent[1]! };
  if (INDEPENDENT_CITIES_WITHOUT_SUFFIX.has(`${row.state}|${row.county}`))
    return { form: 'independent-city', name: row.county, short: row.county };
  for (const suffix of COUNTY_SUFFIXES) {
    if (row.county.endsWith(` ${suffix}`))
      return { form: 'equivalent', name: row.county, short: row.county.slice(0, -suffix.length - 1) };
  }
  return { form: 'county', name: `${row.county} County`, short: row.county };
}

/** `us-tx-harris-county`, `us-la-acadia-parish`, `us-ak-juneau-city-and-borough` (not for independent cities). */
export function countyId(state: string, name: CountyName): string {
  return `${stateId(state)}-${slugify(name.name)}`;
}

/** "Doña Ana County" → "Dona Ana County": the spelling of text typed without accents. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Names news text uses for a county: "Harris County", "Harris Co.", "Saint Clair County", "Dona Ana
 * County"; never the bare name ("Harris"), which names too many other things.
 */
export function countyAliases(name: CountyName): string[] {
  if (name.form === 'independent-city') return accentless(name.name);
  const aliases = name.form === 'equivalent' ? [name.name] : [name.name, `${name.short} Co.`];
  const saint = /^(St\.|Ste\.) (.+)$/.exec(name.short);
  if (saint && name.form === 'county') aliases.push(`${saint[1] === 'St.' ? 'Saint' : 'Sainte'} ${saint[2]} County`);
  return [...aliases, ...accentless(name.name)];
}

/** The accent-free spelling of a name that has accents, as a one-item list; else nothing. */
export function accentless(name: string): string[] {
  const plain = withoutAccents(name);
  return plain === name ? [] : [plain];
}

/** A place the compiled Census file lacks (its README lists them), added by hand without a population. */
export interface MissingPlace {
  state: string;
  name: string;
  /** Official names of the consolidated government, as news text uses them. */
  aliases: string[];
  /** The county row whose population is the place's own (DC only, per the census README). */
  populationFromCounty?: string;
}

/**
 * The README's list of places the-pudding's filters dropped. Only DC gets a population: the README states
 * the place's population (in the Census places file) equals its county figure, which is in our counties file.
 */
export const MISSING_PLACES: MissingPlace[] = [
  { state: 'TN', name: 'Nashville', aliases: ['Nashville-Davidson'] },
  { state: 'KY', name: 'Louisville', aliases: ['Louisville/Jefferson County', 'Louisville Metro'] },
  { state: 'KY', name: 'Lexington', aliases: ['Lexington-Fayette'] },
  { state: 'GA', name: 'Athens', aliases: ['Athens-Clarke County'] },
  { state: 'GA', name: 'Augusta', aliases: ['Augusta-Richmond County'] },
  { state: 'DC', name: 'Washington', aliases: [], populationFromCounty: 'District of Columbia' },
  { state: 'HI', name: 'Honolulu', aliases: ['Urban Honolulu'] },
];

/** True for rows that are incorporated places or consolidated cities rather than towns or townships. */
export function isIncorporated(row: PlaceRow): boolean {
  return row.sumlev !== '061';
}

/**
 * Gives every place its id: `us-xx-<slug of short name>`. When several places of a state share the slug,
 * the incorporated place keeps the bare id (the most populous, if there are several) and the others append
 * their type (`us-ct-groton-town`); towns or townships that still collide, such as New Jersey's Washington
 * townships, append their three-digit county FIPS code (`us-nj-washington-township-027`), the only thing the
 * Census file gives to tell them apart. Decided over the whole file, so an id does not depend on which
 * places the population floor lets in.
 */
export function assignPlaceIds(rows: readonly PlaceRow[]): Map<PlaceRow, string> {
  const groups = new Map<string, PlaceRow[]>();
  for (const row of rows) {
    const key = `${row.state}|${slugify(row.name)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const ids = new Map<PlaceRow, string>();
  for (const group of groups.values()) {
    const base = `${stateId(group[0]!.state)}-${slugify(group[0]!.name)}`;
    if (group.length === 1) {
      ids.set(group[0]!, base);
      continue;
    }
    const typed = (row: PlaceRow) => `${base}-${slugify(row.type || 'place')}`;
    const incorporated = group.filter(isIncorporated).sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    incorporated.forEach((row, i) => ids.set(row, i === 0 ? base : typed(row)));
    const towns = group.filter((row) => !isIncorporated(row));
    for (const row of towns) {
      const sameType = towns.filter((other) => other.type === row.type).length;
      ids.set(
        row,
        sameType > 1 || incorporated.some((r) => typed(r) === typed(row))
          ? `${typed(row)}-${row.countyFips}`
          : typed(row),
      );
    }
    // A last guard for rows the rules above cannot tell apart (two towns of one type in one county).
    const seen = new Map<string, number>();
    for (const row of group) {
      const id = ids.get(row)!;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      if (n > 1) ids.set(row, `${id}-${n}`);
    }
  }
  return ids;
}

/** The hand-written records the generator must not duplicate, from the dataset files it does not write. */
export interface HandWritten {
  jurisdictions: Jurisdiction[];
  /** Every id in every table of the hand-written files. */
  ids: Set<string>;
}

/**
 * Census entities that a hand-written record already stands for although their conventional id differs:
 * San Francisco's county is the City and County of San Francisco; the District of Columbia's county
 * equivalent is the District itself; the Census place "New York" is `us-ny-new-york-city`.
 */
export const SAME_ENTITY: Record<string, string> = {
  'county|CA|San Francisco': 'us-ca-san-francisco',
  'county|DC|District of Columbia': 'us-dc',
  'place|NY|New York': 'us-ny-new-york-city',
};

export interface CountyEntry {
  row: CountyRow;
  name: CountyName;
  id: string;
  /** True when a hand-written record stands for it (nothing is generated). */
  reused: boolean;
  /** For an independent city: its row in the places file, merged into this one record. */
  place?: PlaceEntry;
}

export interface PlaceEntry {
  row: PlaceRow;
  id: string;
  reused: boolean;
  /** Set when the place is an independent city, generated once, as a county equivalent. */
  county?: CountyEntry;
  missing?: MissingPlace;
}

/** Every county and place with its id, indexed for matching agency names. */
export interface CensusIndex {
  counties: CountyEntry[];
  places: PlaceEntry[];
  /** By state, then by matchKey of the full name ("harriscounty", "acadiaparish", "richmondcity"). */
  countiesByKey: Map<string, Map<string, CountyEntry[]>>;
  /** By state, then by matchKey of the name without its kind ("harris", "miamidade"). */
  countiesByShortKey: Map<string, Map<string, CountyEntry[]>>;
  /** By state, then by matchKey of the short name. */
  placesByKey: Map<string, Map<string, PlaceEntry[]>>;
}

function push<T>(index: Map<string, Map<string, T[]>>, state: string, key: string, value: T): void {
  let byKey = index.get(state);
  if (!byKey) index.set(state, (byKey = new Map()));
  const list = byKey.get(key);
  if (!list) byKey.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Finds the hand-written record standing for a Census entity, if there is one. */
function handWrittenLookup(handWritten: HandWritten) {
  const byId = new Map(handWritten.jurisdictions.map((j) => [j.id, j]));
  const cityNames = new Map<string, Jurisdiction[]>();
  for (const j of handWritten.jurisdictions) {
    if (j.type !== 'city' || !j.state) continue;
    for (const n of new Set([j.name, ...j.aliases].map((x) => `${j.state}|${x.toLowerCase()}`))) {
      cityNames.set(n, [...(cityNames.get(n) ?? []), j]);
    }
  }
  return (kind: 'county' | 'place', state: string, name: string, conventionalId: string): string | undefined => {
    const explicit = SAME_ENTITY[`${kind}|${state}|${name}`];
    if (explicit && byId.has(explicit)) return explicit;
    const same = byId.get(conventionalId);
    if (same && same.type === (kind === 'county' ? 'county' : 'city') && same.state === state) return same.id;
    if (kind === 'place') {
      // A hand-written city of the same state known by this name ("New York" for us-ny-new-york-city).
      const named = cityNames.get(`${state}|${name.toLowerCase()}`) ?? [];
      if (named.length === 1) return named[0]!.id;
    }
    return undefined;
  };
}

/** Builds the index: ids per the convention, hand-written records reused, independent cities merged. */
export function buildCensusIndex(
  countyRows: readonly CountyRow[],
  placeRows: readonly PlaceRow[],
  handWritten: HandWritten,
): CensusIndex {
  const missing = new Map<PlaceRow, MissingPlace>();
  const allPlaceRows = [...placeRows];
  for (const m of MISSING_PLACES) {
    if (placeRows.some((p) => p.state === m.state && matchKey(p.name) === matchKey(m.name))) continue;
    const population = m.populationFromCounty
      ? countyRows.find((c) => c.state === m.state && c.county === m.populationFromCounty)?.population
      : undefined;
    const row: PlaceRow = {
      state: m.state,
      name: m.name,
      censusName: m.name,
      type: 'city',
      sumlev: '162',
      countyFips: '',
    };
    if (population !== undefined) row.population = population;
    missing.set(row, m);
    allPlaceRows.push(row);
  }

  const counties: CountyEntry[] = countyRows.map((row) => {
    const name = describeCounty(row);
    return { row, name, id: countyId(row.state, name), reused: false };
  });

  // An independent city is also a place (same name and population): merge the two into one record.
  for (const county of counties) {
    if (county.name.form !== 'independent-city') continue;
    const row = allPlaceRows.find(
      (p) => p.state === county.row.state && p.name === county.name.short && p.population === county.row.population,
    );
    if (!row) {
      allPlaceRows.push({
        state: county.row.state,
        name: county.name.short,
        censusName: county.row.county,
        type: 'city',
        population: county.row.population,
        sumlev: '162',
        countyFips: '',
      });
    }
  }

  const handWrittenFor = handWrittenLookup(handWritten);
  const placeIds = assignPlaceIds(allPlaceRows);
  const places: PlaceEntry[] = allPlaceRows.map((row) => {
    const conventional = placeIds.get(row)!;
    const reusedId = handWrittenFor('place', row.state, row.name, conventional);
    const entry: PlaceEntry = { row, id: reusedId ?? conventional, reused: reusedId !== undefined };
    const m = missing.get(row);
    if (m) entry.missing = m;
    return entry;
  });

  for (const county of counties) {
    if (county.name.form === 'independent-city') {
      const place = places.find(
        (p) =>
          p.row.state === county.row.state &&
          p.row.name === county.name.short &&
          p.row.population === county.row.population,
      )!;
      place.county = county;
      county.place = place;
      county.id = place.id;
      county.reused = place.reused;
    } else {
      const reusedId = handWrittenFor('county', county.row.state, county.row.county, county.id);
      if (reusedId) {
        county.id = reusedId;
        county.reused = true;
      }
    }
  }

  const index: CensusIndex = {
    counties,
    places,
    countiesByKey: new Map(),
    countiesByShortKey: new Map(),
    placesByKey: new Map(),
  };
  for (const c of counties) {
    push(index.countiesByKey, c.row.state, matchKey(c.name.name), c);
    push(index.countiesByKey, c.row.state, matchKey(c.row.county), c);
    push(index.countiesByShortKey, c.row.state, matchKey(c.name.short), c);
  }
  for (const p of places) push(index.placesByKey, p.row.state, matchKey(p.row.name), p);
  return index;
}

export const CENSUS_AS_OF = '2026-11-26';
export const SRC_COUNTIES = 'src-census-2021-counties';
export const SRC_PLACES = 'src-census-2021-places';

/** The county records (and independent cities) to generate, in file order. */
export function countyRecords(index: CensusIndex): Jurisdiction[] {
  const records: Jurisdiction[] = [];
  for (const c of index.counties) {
    if (c.reused) continue;
    records.push({
      id: c.id,
      name: c.name.name,
      type: c.name.form === 'independent-city' ? 'city' : 'county',
      state: c.row.state,
      parent: stateId(c.row.state),
      aliases: countyAliases(c.name),
      population: c.row.population,
      sources: c.name.form === 'independent-city' ? [SRC_COUNTIES, SRC_PLACES] : [SRC_COUNTIES],
      asOf: CENSUS_AS_OF,
    });
  }
  return records;
}

/** The place records to generate: the places at or above the floor, the missing ones, and `needed` (parents). */
export function placeRecords(index: CensusIndex, needed: ReadonlySet<PlaceEntry>): Jurisdiction[] {
  const records: Jurisdiction[] = [];
  for (const p of index.places) {
    if (p.reused || p.county) continue;
    if (!(p.missing || needed.has(p) || (p.row.population ?? 0) >= PLACE_POPULATION_FLOOR)) continue;
    const record: Jurisdiction = {
      id: p.id,
      name: p.row.name,
      type: 'city',
      state: p.row.state,
      parent: stateId(p.row.state),
      aliases: p.missing ? [...p.missing.aliases] : accentless(p.row.name),
      ...(p.row.population !== undefined ? { population: p.row.population } : {}),
      sources: [SRC_PLACES],
      asOf: CENSUS_AS_OF,
    };
    records.push(record);
  }
  return records;
}
