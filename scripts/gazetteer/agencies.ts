/**
 * 287(g) agencies → jurisdiction records: what kind of body each is, which county, city or state encloses
 * it (found by matching its name against the Census gazetteer of the same state), and its id.
 */
import type { JurisdictionType } from '../../lib/dataset/schema';
import type { CensusIndex, CountyEntry, PlaceEntry } from './census';
import { isIncorporated } from './census';
import { addUnique, censusSpelling, matchKey, repairAgencyName, slugify, stateId } from './names';

/**
 * What a body is, which decides its JurisdictionType (the schema has no "local agency" type):
 * - sheriff: a sheriff's office → "sheriff", parented to its county;
 * - police: police departments, city marshals, municipal public-safety departments, county, regional,
 *   university and airport police, and constables (peace officers) → "police";
 * - county-body: other bodies of one county (county corrections, jails, district and county attorneys,
 *   prosecutors, boards of county commissioners), and regional jail authorities of several counties →
 *   "county", the level of government they belong to;
 * - state-body: state departments, state police and patrols, the National Guard, attorneys general,
 *   state universities' boards, judicial-district bodies → "state-agency", parented to the state.
 */
export type AgencyKind = 'sheriff' | 'police' | 'county-body' | 'state-body';

const TYPE_OF_KIND: Record<AgencyKind, JurisdictionType> = {
  sheriff: 'sheriff',
  police: 'police',
  'county-body': 'county',
  'state-body': 'state-agency',
};

export type ParentLevel = 'county' | 'city' | 'state';

/** One agency as ICE lists it, resolved to a jurisdiction. */
export interface ResolvedAgency {
  state: string;
  /** The name as in the CSV. */
  iceName: string;
  /** The name with ICE's misspellings repaired. */
  name: string;
  kind: AgencyKind;
  type: JurisdictionType;
  id: string;
  parent?: string;
  level?: ParentLevel;
  /** The parent place, so the census file includes it even below the population floor. */
  place?: PlaceEntry;
  /** The parent county, when it is one. */
  county?: CountyEntry;
  aliases: string[];
  /** How the parent was found, for the statistics. */
  method: string;
  /** Why no parent was found. */
  problem?: string;
}

/** The state and territory records (hand-written): their id and the names an agency may start with. */
export interface StateInfo {
  id: string;
  code: string;
  /** "Florida", "CNMI", "Northern Mariana Islands"… */
  names: string[];
}

export interface ResolveContext {
  census: CensusIndex;
  states: Map<string, StateInfo>;
}

/** A parent fixed by hand for agencies no rule can place, each with the reason. */
export interface AgencyOverride {
  kind?: AgencyKind;
  county?: string;
  place?: string;
  state?: true;
  why: string;
}

/** Keyed by `STATE|repaired name`. Every entry was checked; the reason says how. */
export const AGENCY_OVERRIDES: Record<string, AgencyOverride> = {
  "FL|Jacksonville Sheriff's Office": {
    county: 'Duval',
    why: 'Jacksonville and Duval County are one consolidated government; its sheriff is the county sheriff.',
  },
  'MO|North County Police Cooperative': {
    county: 'St. Louis',
    why: 'Based in Vinita Park, it polices several small cities in north St. Louis County (St. Louis Public Radio, 2016-05-23).',
  },
  'FL|Sarasota Manatee Airport Authority Police Department': {
    state: true,
    why: 'The airport authority belongs to two counties, Sarasota and Manatee; the state is the smallest enclosing record.',
  },
};

function findCounties(ctx: ResolveContext, state: string, phrase: string): CountyEntry[] {
  return ctx.census.countiesByKey.get(state)?.get(matchKey(phrase)) ?? [];
}

/**
 * The county a body's name names: "Harris County …", "Acadia Parish …", "County of Franklin …",
 * "Northern York County Regional …" (the longest run of words before "County" that is a county).
 */
export function countyInName(ctx: ResolveContext, state: string, name: string): CountyEntry | undefined {
  const words = name.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'County' && words[i + 1] === 'of') {
      for (let k = Math.min(4, words.length - i - 2); k >= 1; k--) {
        const found = findCounties(ctx, state, `${words.slice(i + 2, i + 2 + k).join(' ')} County`);
        if (found.length === 1) return found[0];
      }
    }
    if (w === 'County' || w === 'Parish' || w === 'City') {
      for (let k = Math.min(4, i); k >= 1; k--) {
        const found = findCounties(ctx, state, words.slice(i - k, i + 1).join(' '));
        if (found.length === 1) return found[0];
      }
    }
  }
  return undefined;
}

/** A county named at the start without "County" ("Miami-Dade Corrections and Rehabilitation"). */
function countyAtStart(ctx: ResolveContext, state: string, name: string): CountyEntry | undefined {
  const words = name.split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const found = ctx.census.countiesByShortKey.get(state)?.get(matchKey(words.slice(0, k).join(' '))) ?? [];
    if (found.length === 1 && found[0]!.name.form !== 'independent-city') return found[0];
  }
  return undefined;
}

export type PlaceTypeHint = 'city' | 'town' | 'village' | 'borough' | 'township';

function typeMatches(censusType: string, hint: PlaceTypeHint): boolean {
  return hint === 'township' ? censusType === 'township' || censusType === 'charter township' : censusType === hint;
}

export interface PlaceMatch {
  place?: PlaceEntry;
  /** exact, incorporated-preferred, prefix; or ambiguous / none. */
  method: string;
  candidates: PlaceEntry[];
}

/**
 * The place of `state` called `name`. A type word from the agency name ("Township", "Borough") narrows
 * the candidates; when several remain and exactly one is an incorporated place, it wins over same-named
 * towns and townships (a "Camden Police Department" is the village's); failing an exact match, a single
 * place whose name starts with `name` ("Sunny Isles" → "Sunny Isles Beach").
 */
export function findPlace(
  ctx: ResolveContext,
  state: string,
  name: string,
  hint?: PlaceTypeHint,
  preferIncorporated = true,
): PlaceMatch {
  const wanted = censusSpelling(state, name);
  let candidates = ctx.census.placesByKey.get(state)?.get(matchKey(wanted)) ?? [];
  if (hint) candidates = candidates.filter((p) => typeMatches(p.row.type, hint));
  if (candidates.length === 1) return { place: candidates[0]!, method: 'exact', candidates };
  if (candidates.length > 1) {
    const incorporated = candidates.filter((p) => isIncorporated(p.row));
    if (preferIncorporated && incorporated.length === 1)
      return { place: incorporated[0]!, method: 'incorporated-preferred', candidates };
    return { method: 'ambiguous', candidates };
  }
  const prefix = `${wanted.toLowerCase()} `;
  const longer = [...(ctx.census.placesByKey.get(state)?.values() ?? [])]
    .flat()
    .filter((p) => p.row.name.toLowerCase().startsWith(prefix) && (!hint || typeMatches(p.row.type, hint)));
  if (longer.length === 1) return { place: longer[0]!, method: 'prefix', candidates: longer };
  return { method: 'none', candidates: [] };
}

/** One reading of an agency name as "<place> <type word>?". */
interface PlaceReading {
  name: string;
  hint?: PlaceTypeHint;
}

const TYPE_WORDS: [RegExp, PlaceTypeHint][] = [
  [/ (Township|Twp\.?)$/, 'township'],
  [/ Borough$/, 'borough'],
  [/ Village$/, 'village'],
  [/ City$/, 'city'],
  [/ Town$/, 'town'],
];

/**
 * The readings of a place phrase, most literal first: "Oak Grove Village" is first tried as a name, then
 * as the village of Oak Grove; "Mahanoy City Borough" is the borough of Mahanoy City.
 */
export function placeReadings(phrase: string): PlaceReading[] {
  let s = phrase.trim();
  let hint: PlaceTypeHint | undefined;
  const of = /^(City|Village|Town|Borough|Township) of (.+)$/.exec(s);
  if (of) {
    hint = of[1]!.toLowerCase() as PlaceTypeHint;
    s = of[2]!;
  }
  const readings: PlaceReading[] = [hint ? { name: s, hint } : { name: s }];
  for (const [pattern, typeHint] of TYPE_WORDS) {
    if (pattern.test(s)) {
      const stripped = s.replace(pattern, '');
      // "Borough" and "Township" are never part of a place's name; "City" and "Village" may be.
      if (typeHint === 'township' || typeHint === 'borough') readings.splice(0, 1);
      readings.push({ name: stripped, hint: typeHint });
      break;
    }
  }
  return readings;
}

/** Tries each reading of `phrase`; exact matches of any reading beat a prefix match of the first. */
function placeFromPhrase(ctx: ResolveContext, state: string, phrase: string, preferIncorporated = true): PlaceMatch {
  const results = placeReadings(phrase).map((r) => findPlace(ctx, state, r.name, r.hint, preferIncorporated));
  return (
    results.find((r) => r.place && r.method !== 'prefix') ??
    results.find((r) => r.place) ??
    results.find((r) => r.method === 'ambiguous') ??
    results[0]!
  );
}

const POLICE_SUFFIXES = [
  / Police Services Department$/,
  / Police Department$/,
  / Police Dept\.?$/,
  / Police$/,
  / Department of Public Safety$/,
  / Public Safety$/,
  / Marshal's Office$/,
];

/** "Harris County Sheriff's Office" → "Harris County"; undefined when the name is not a sheriff's. */
export function sheriffPrefix(name: string): string | undefined {
  return /^(.+?)\s+Sheriff(?:'s|s)?(?:\s+(?:Office|Department))?$/i.exec(name)?.[1];
}

/** The place phrase of a police department's name, or undefined when it is not "<place> Police …". */
export function policePlacePhrase(name: string): string | undefined {
  for (const suffix of POLICE_SUFFIXES) {
    if (suffix.test(name)) return name.replace(suffix, '').replace(/ Metropolitan$/, '');
  }
  return undefined;
}

function stateInfo(ctx: ResolveContext, state: string): StateInfo | undefined {
  return ctx.states.get(state);
}

function startsWithStateName(ctx: ResolveContext, state: string, name: string): boolean {
  return (stateInfo(ctx, state)?.names ?? []).some((n) => name.startsWith(`${n} `));
}

const STATE_LEVEL =
  /\b(State Attorney|Attorney General|Judicial (Circuit|District)|University|College|National Guard)\b/;

/** Resolves one agency (state + name as ICE lists it, and ICE's agency_type). */
export function resolveAgency(ctx: ResolveContext, state: string, iceName: string, iceType: string): ResolvedAgency {
  const name = repairAgencyName(iceName);
  const base = { state, iceName, name, aliases: [] as string[] };
  const stateRecord = stateInfo(ctx, state);
  const slugId = `${stateId(state)}-${slugify(name)}`;

  const result = (
    kind: AgencyKind,
    parent: { county: CountyEntry } | { place: PlaceEntry } | { state: true } | undefined,
    method: string,
    id: string = slugId,
    problem?: string,
  ): ResolvedAgency => {
    const r: ResolvedAgency = { ...base, kind, type: TYPE_OF_KIND[kind], id, method };
    if (parent && 'county' in parent) {
      r.parent = parent.county.id;
      r.county = parent.county;
      r.level = parent.county.name.form === 'independent-city' ? 'city' : 'county';
    } else if (parent && 'place' in parent) {
      r.parent = parent.place.id;
      r.level = 'city';
      r.place = parent.place;
    } else if (parent && stateRecord) {
      r.parent = stateRecord.id;
      r.level = 'state';
    }
    if (!r.parent) r.problem = problem ?? (parent ? `no state record for ${state}` : 'no parent found');
    return r;
  };

  const override = AGENCY_OVERRIDES[`${state}|${name}`];
  const isSheriff = iceType === 'sheriff' || sheriffPrefix(name) !== undefined;
  const isPolice = iceType === 'police' || /\bConstable/.test(name);
  if (override) {
    const kind: AgencyKind = override.kind ?? (isSheriff ? 'sheriff' : isPolice ? 'police' : 'county-body');
    if (override.state) return withAliases(ctx, result(kind, { state: true }, 'override'));
    if (override.county) {
      const county =
        findCounties(ctx, state, override.county)[0] ?? findCounties(ctx, state, `${override.county} County`)[0];
      if (county)
        return withAliases(
          ctx,
          result(kind, { county }, 'override', kind === 'sheriff' ? `${county.id}-sheriff` : slugId),
        );
    }
    if (override.place) {
      const m = findPlace(ctx, state, override.place);
      if (m.place) return withAliases(ctx, result(kind, { place: m.place }, 'override'));
    }
    return result(kind, undefined, 'override', slugId, `override for ${name} names nothing in the census`);
  }

  if (isSheriff) {
    const prefix = sheriffPrefix(name) ?? name;
    const county =
      findCounties(ctx, state, prefix)[0] ?? countyInName(ctx, state, prefix) ?? countyAtStart(ctx, state, prefix);
    if (county) return withAliases(ctx, result('sheriff', { county }, 'county-name', `${county.id}-sheriff`));
    // "Hopewell County Sheriff's Office": Virginia's Hopewell is an independent city, with its own sheriff.
    const city = (ctx.census.countiesByShortKey.get(state)?.get(matchKey(prefix.replace(/ County$/, ''))) ?? []).filter(
      (c) => c.name.form === 'independent-city',
    );
    if (city.length === 1)
      return withAliases(ctx, result('sheriff', { county: city[0]! }, 'independent-city', `${city[0]!.id}-sheriff`));
    return withAliases(ctx, result('sheriff', undefined, 'none', slugId, `no county called "${prefix}" in ${state}`));
  }

  if (isPolice) {
    // Universities, colleges and bodies named for the state: state police forces.
    if (STATE_LEVEL.test(name)) return withAliases(ctx, result('police', { state: true }, 'state-body'));
    const county = countyInName(ctx, state, name);
    if (county) {
      const own = matchKey(name) === matchKey(`${county.name.name} Police Department`);
      return withAliases(ctx, result('police', { county }, 'county-name', own ? `${county.id}-pd` : slugId));
    }
    if (/\bConstable/.test(name)) {
      const phrase = constablePlacePhrase(name);
      // A constable is elected by one township, borough or ward: a same-named borough and township
      // ("Honey Brook") leave it ambiguous, so no preference for the incorporated place here.
      const m = phrase ? placeFromPhrase(ctx, state, phrase, false) : undefined;
      if (m?.place) return withAliases(ctx, result('police', { place: m.place }, m.method));
      return result('police', undefined, m?.method ?? 'none', slugId, describeMiss(phrase ?? name, m));
    }
    const airport = /^(.+?) (?:International )?Airport Police Department$/.exec(name);
    if (airport) {
      const m = placeFromPhrase(ctx, state, airport[1]!);
      if (m.place && m.method === 'exact')
        return withAliases(ctx, result('police', { place: m.place }, 'airport-city'));
    }
    const phrase = policePlacePhrase(name);
    const m = phrase && !airport ? placeFromPhrase(ctx, state, phrase) : undefined;
    if (m?.place) return withAliases(ctx, result('police', { place: m.place }, m.method, `${m.place.id}-pd`));
    if (startsWithStateName(ctx, state, name)) return withAliases(ctx, result('police', { state: true }, 'state-body'));
    return result('police', undefined, m?.method ?? 'none', slugId, describeMiss(phrase ?? name, m));
  }

  // Corrections, prosecutors, boards, task forces and state agencies.
  if (iceType === 'state_agency' || STATE_LEVEL.test(name) || startsWithStateName(ctx, state, name)) {
    if (!countyInName(ctx, state, name) || iceType === 'state_agency')
      return withAliases(ctx, result('state-body', { state: true }, 'state-body'));
  }
  if (/\bRegional Jail Authority\b/.test(name))
    // A jail of several counties or cities: the state is the smallest record that encloses it.
    return withAliases(ctx, result('county-body', { state: true }, 'multi-county'));
  const county = countyInName(ctx, state, name) ?? countyAtStart(ctx, state, name);
  if (county) return withAliases(ctx, result('county-body', { county }, 'county-name'));
  return result('county-body', undefined, 'none', slugId, 'names no county, city or state');
}

/** "Coolspring Township Constable's Office" → "Coolspring Township"; "…Office, Cooke Township" → "Cooke Township". */
export function constablePlacePhrase(name: string): string | undefined {
  const s = name
    .replace(/^Pennsylvania State Constable(?:'s)? Office,?\s*/, '')
    .replace(/^Constable\s+/, '')
    .replace(/\s*,?\s*(?:PA State )?Constable(?:'s|s)?(?: Office)?\s*$/, '')
    .replace(/\s+Precinct \d+$/, '')
    .replace(/\s+(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|\d+(?:st|nd|rd|th)) Ward$/, '')
    .trim();
  return s && s !== name ? s : undefined;
}

function describeMiss(phrase: string, m: PlaceMatch | undefined): string {
  if (m?.method === 'ambiguous')
    return `"${phrase}" matches ${m.candidates.length} places: ${m.candidates.map((c) => c.id).join(', ')}`;
  return `no place called "${phrase}"`;
}

/**
 * The name variants news text uses for the agency. Sheriffs: "<X> Sheriff's Office", "…Sheriff's
 * Department", "<X> Sheriff" (with the census spelling of the county too). Police: the ICE name and, for a
 * city's own department, "<city> Police Department" and "<city> PD". Nothing bare or generic.
 */
function withAliases(ctx: ResolveContext, r: ResolvedAgency): ResolvedAgency {
  const aliases: string[] = [];
  if (r.kind === 'sheriff') {
    const prefix = sheriffPrefix(r.name) ?? r.name;
    const prefixes = [prefix];
    // The census spelling too, when it is only another spelling ("Saint Francois" / "St. Francois County").
    if (r.county && matchKey(r.county.name.name) === matchKey(prefix)) prefixes.push(r.county.name.name);
    // An independent city's sheriff ("Hopewell County Sheriff's Office" to ICE): name it by the city.
    if (r.county?.name.form === 'independent-city')
      prefixes.splice(0, 1, r.county.name.name, `${r.county.name.name} City`);
    for (const p of prefixes) addUnique(aliases, `${p} Sheriff's Office`, `${p} Sheriff's Department`, `${p} Sheriff`);
  } else if (r.kind === 'police' && r.id.endsWith('-pd') && r.place) {
    const phrase = (policePlacePhrase(r.name) ?? r.name).replace(/^(City|Village|Town) of /, '');
    addUnique(aliases, r.name, `${phrase} Police Department`);
    // "<city> Police Department" only when no other place of the state has the city's name: a
    // "Chippewa Police Department" is Chippewa township's, a "Butler Police Department" could be anyone's.
    const cityName = r.place.row.name;
    if ((ctx.census.placesByKey.get(r.state)?.get(matchKey(cityName)) ?? []).length === 1)
      addUnique(aliases, `${cityName} Police Department`, `${cityName} PD`);
  } else if (r.kind === 'police' && r.id.endsWith('-pd') && r.county) {
    addUnique(aliases, r.name, `${r.county.name.name} Police Department`, `${r.county.name.name} PD`);
  }
  return { ...r, aliases };
}
