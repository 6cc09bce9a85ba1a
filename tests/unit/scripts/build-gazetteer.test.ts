/** The gazetteer generator's pure parts, on small CSV snippets written here (never ../shared). */
import { describe, expect, it } from 'vitest';
import type { DatasetFile, Jurisdiction } from '../../../lib/dataset/schema';
import { parseCsv } from '../../../scripts/gazetteer/csv';
import { censusSpelling, matchKey, repairAgencyName, slugify } from '../../../scripts/gazetteer/names';
import {
  assignPlaceIds,
  buildCensusIndex,
  countyAliases,
  countyId,
  describeCounty,
  readCountyRows,
  readPlaceRows,
  type PlaceRow,
} from '../../../scripts/gazetteer/census';
import {
  constablePlacePhrase,
  placeReadings,
  policePlacePhrase,
  resolveAgency,
  sheriffPrefix,
  type ResolveContext,
} from '../../../scripts/gazetteer/agencies';
import { agreementId, dedupeIds, readAgreementRows } from '../../../scripts/gazetteer/agreements';
import { buildGenerated, handWrittenRecords, stateInfos } from '../../../scripts/gazetteer/build';
import { bumpVersion, formatDatasetFile, updateManifest } from '../../../scripts/gazetteer/output';

const COUNTIES = `state,state_fips,county,population_2021
CA,06,Los Angeles,9829544
CA,06,San Francisco,815201
DC,11,District of Columbia,670050
FL,12,Duval,999935
FL,12,Miami-Dade,2662777
LA,22,Acadia Parish,57288
AK,02,Juneau City and Borough,31973
AK,02,Bethel Census Area,18557
NM,35,Doña Ana,221508
TX,48,Harris,4728030
TX,48,Nueces,353178
VA,51,Charles City,6594
VA,51,Richmond,9017
VA,51,Richmond city,226604
VA,51,Hopewell city,23140
MO,29,St. Louis,997187
MO,29,St. Louis city,293310
PA,42,Butler,194562
`;

const PLACES = `state,name,census_name,type,population,sumlev,county_fips
CA,Glendale,Glendale city,city,192366,162,
CA,San Francisco,San Francisco city,city,815201,162,
CA,Tiny,Tiny city,city,120,162,
CT,Groton,Groton city,city,9188,162,
CT,Groton,Groton town,town,38456,061,011
NJ,Washington,Washington borough,borough,7314,162,
NJ,Washington,Washington township,township,49391,061,015
NJ,Washington,Washington township,township,18166,061,027
NY,New York,New York city,city,8467513,162,
NY,Camden,Camden village,village,2169,162,
NY,Camden,Camden town,town,4723,061,065
TX,Houston,Houston city,city,2288250,162,
TX,Reno,Reno city,city,3322,162,
TX,Reno,Reno city,city,2888,162,
TX,Smalltown,Smalltown city,city,900,162,
VA,Richmond,Richmond city,city,226604,162,
VA,Hopewell,Hopewell city,city,23140,162,
MO,St. Louis,St. Louis city,city,293310,162,
MO,St. Ann,St. Ann city,city,12900,162,
PA,Butler,Butler city,city,13287,162,
PA,Butler,Butler township,township,17005,061,019
PA,Butler,Butler township,township,9651,061,079
`;

const AGREEMENTS = `state_name,state,agency,agency_type,model,signed,moa_url,file_hash
TEXAS,TX,Harris County Sheriff's Office,sheriff,TFM,2025-02-26,https://www.ice.gov/doclib/287gMOA/a.pdf,x
TEXAS,TX,Harris County Sheriff's Department,sheriff,JEM,2025-02-26,https://www.ice.gov/doclib/287gMOA/b.pdf,x
TEXAS,TX,Harris County Sheriff's Office,sheriff,WSO,,https://www.ice.gov/doclib/287gMOA/c.pdf,x
TEXAS,TX,Harris County Sheriff's Office,sheriff,WSO,,https://www.ice.gov/doclib/287gMOA/d.pdf,x
TEXAS,TX,Houston Police Department,police,TFM+WSO,2025-05-01,https://www.ice.gov/doclib/287gMOA/e.pdf,x
TEXAS,TX,Smalltown Police Department,police,,2025-05-02,https://www.ice.gov/doclib/287gMOA/f.pdf,x
TEXAS,TX,Neuces County Constable Precinct 5,other,TFM,2025-06-01,https://www.ice.gov/doclib/287gMOA/g.pdf,x
TEXAS,TX,Texas National Guard,state_agency,TFM,2025-06-02,https://www.ice.gov/doclib/287gMOA/h.pdf,x
PENNSYLVANIA,PA,Butler Township Police Department,police,TFM,2026-04-23,https://www.ice.gov/doclib/287gMOA/i.pdf,x
CALIFORNIA,CA,Glendale Police Department,police,TFM,2025-07-01,https://www.ice.gov/doclib/287gMOA/j.pdf,x
VIRGINIA,VA,"Rappahannock, Shenandoah, Warren Regional Jail Authority",corrections,WSO,2025-08-01,https://www.ice.gov/doclib/287gMOA/k.pdf,x
`;

const jurisdiction = (id: string, type: string, state: string, extra: Partial<Jurisdiction> = {}): Jurisdiction =>
  ({ id, name: id, type, state, aliases: [], asOf: '2026-11-26', ...extra }) as Jurisdiction;

/** A miniature of the hand-written files: the states, and the records the generator must reuse. */
const HAND_WRITTEN: DatasetFile[] = [
  {
    jurisdictions: ['CA', 'CT', 'DC', 'FL', 'LA', 'AK', 'NJ', 'NM', 'NY', 'TX', 'VA', 'MO', 'PA'].map((s) =>
      jurisdiction(`us-${s.toLowerCase()}`, 'state', s, {
        name: { TX: 'Texas', VA: 'Virginia', PA: 'Pennsylvania', FL: 'Florida' }[s] ?? s,
      }),
    ),
  },
  {
    jurisdictions: [
      jurisdiction('us-ca-glendale', 'city', 'CA', { name: 'Glendale' }),
      jurisdiction('us-ca-glendale-pd', 'police', 'CA', {
        name: 'Glendale Police Department',
        parent: 'us-ca-glendale',
      }),
      jurisdiction('us-ca-san-francisco', 'city', 'CA', { name: 'San Francisco' }),
      jurisdiction('us-ny-new-york-city', 'city', 'NY', { name: 'New York City', aliases: ['New York', 'NYC'] }),
    ],
  },
];

function context(): ResolveContext {
  const hand = handWrittenRecords(HAND_WRITTEN);
  return {
    census: buildCensusIndex(readCountyRows(COUNTIES), readPlaceRows(PLACES), hand),
    states: stateInfos(hand.jurisdictions),
  };
}

describe('parseCsv', () => {
  it('keeps quoted commas and doubled quotes, and reads CRLF files', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\nplain,2\r\n');
    expect(rows).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'plain', b: '2' },
    ]);
  });

  it('refuses a row with the wrong number of cells, and a missing column', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 cells/);
    expect(() => parseCsv('a,b\n1,2\n', ['c'])).toThrow(/missing column "c"/);
  });
});

describe('slugs and match keys', () => {
  it('slugs per the convention: ASCII, lower case, one dash per run of other characters', () => {
    expect(slugify('Doña Ana')).toBe('dona-ana');
    expect(slugify('St. Louis')).toBe('st-louis');
    expect(slugify("Harris County Sheriff's Office")).toBe('harris-county-sheriff-s-office');
    expect(slugify('  Juneau City and Borough ')).toBe('juneau-city-and-borough');
    expect(slugify('TFM+WSO')).toBe('tfm-wso');
  });

  it('reads St./Saint, Ste./Sainte, Ft./Fort, Mt./Mount and spacing as the same name', () => {
    expect(matchKey('Port Saint Lucie')).toBe(matchKey('Port St. Lucie'));
    expect(matchKey('Sainte Genevieve')).toBe(matchKey('Ste. Genevieve'));
    expect(matchKey('Ft. Myers')).toBe(matchKey('Fort Myers'));
    expect(matchKey('Mt. Pleasant')).toBe(matchKey('Mount Pleasant'));
    expect(matchKey('Deland')).toBe(matchKey('DeLand'));
    expect(matchKey("Jackson's Gap")).toBe(matchKey("Jacksons' Gap"));
    expect(matchKey('Weston')).not.toBe(matchKey('Wesaintton'));
    expect(matchKey('Harris')).not.toBe(matchKey('Harrison'));
  });

  it("repairs ICE's known misspellings, and knows the Census spelling of places ICE spells its own way", () => {
    expect(repairAgencyName('Neuces County Constable Precinct 5')).toBe('Nueces County Constable Precinct 5');
    expect(repairAgencyName('16th Judicial Distric Drug Task Force')).toBe('16th Judicial District Drug Task Force');
    expect(repairAgencyName('Big Sandy Police Departement')).toBe('Big Sandy Police Department');
    expect(repairAgencyName("Reno County Sheriff's office")).toBe("Reno County Sheriff's Office");
    expect(censusSpelling('NH', 'Pittsburgh')).toBe('Pittsburg');
    expect(censusSpelling('PA', 'Pittsburgh')).toBe('Pittsburgh');
  });
});

describe('county names and ids', () => {
  const id = (state: string, county: string) => countyId(state, describeCounty({ state, county }));

  it('adds "County" to plain counties and keeps the other kinds’ suffixes', () => {
    expect(id('TX', 'Harris')).toBe('us-tx-harris-county');
    expect(describeCounty({ state: 'TX', county: 'Harris' }).name).toBe('Harris County');
    expect(id('LA', 'Acadia Parish')).toBe('us-la-acadia-parish');
    expect(id('AK', 'Juneau City and Borough')).toBe('us-ak-juneau-city-and-borough');
    expect(id('AK', 'Bethel Census Area')).toBe('us-ak-bethel-census-area');
    expect(id('NM', 'Doña Ana')).toBe('us-nm-dona-ana-county');
  });

  it('tells independent cities from counties whose name ends in "City"', () => {
    expect(describeCounty({ state: 'VA', county: 'Richmond city' })).toEqual({
      form: 'independent-city',
      name: 'Richmond',
      short: 'Richmond',
    });
    expect(describeCounty({ state: 'NV', county: 'Carson City' }).form).toBe('independent-city');
    expect(describeCounty({ state: 'VA', county: 'Charles City' })).toEqual({
      form: 'county',
      name: 'Charles City County',
      short: 'Charles City',
    });
  });

  it('gives counties "X County" and "X Co." but never the bare name', () => {
    expect(countyAliases(describeCounty({ state: 'TX', county: 'Harris' }))).toEqual(['Harris County', 'Harris Co.']);
    expect(countyAliases(describeCounty({ state: 'MO', county: 'St. Louis' }))).toContain('Saint Louis County');
    expect(countyAliases(describeCounty({ state: 'NM', county: 'Doña Ana' }))).toContain('Dona Ana County');
    expect(countyAliases(describeCounty({ state: 'LA', county: 'Acadia Parish' }))).toEqual(['Acadia Parish']);
  });
});

describe('assignPlaceIds', () => {
  const ids = (csv: string) => {
    const rows = readPlaceRows(csv);
    const map = assignPlaceIds(rows);
    return rows.map((r: PlaceRow) => map.get(r));
  };

  it('gives the incorporated place the bare id and the town or township its type', () => {
    expect(ids(PLACES.split('\n').slice(0, 1).concat(PLACES.split('\n').slice(4, 6)).join('\n'))).toEqual([
      'us-ct-groton',
      'us-ct-groton-town',
    ]);
  });

  it('appends the county FIPS code to same-named townships, and a type to the smaller of two same-named cities', () => {
    const all = ids(PLACES);
    expect(all).toContain('us-nj-washington');
    expect(all).toContain('us-nj-washington-township-015');
    expect(all).toContain('us-nj-washington-township-027');
    expect(all).toContain('us-tx-reno');
    expect(all).toContain('us-tx-reno-city');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('buildCensusIndex', () => {
  it('reuses the hand-written San Francisco, DC, Glendale and New York City records', () => {
    const { census } = context();
    const county = (state: string, name: string) =>
      census.counties.find((c) => c.row.state === state && c.row.county === name)!;
    const place = (state: string, name: string) =>
      census.places.find((p) => p.row.state === state && p.row.name === name)!;
    expect(county('CA', 'San Francisco')).toMatchObject({ id: 'us-ca-san-francisco', reused: true });
    expect(county('DC', 'District of Columbia')).toMatchObject({ id: 'us-dc', reused: true });
    expect(county('CA', 'Los Angeles')).toMatchObject({ id: 'us-ca-los-angeles-county', reused: false });
    expect(place('NY', 'New York')).toMatchObject({ id: 'us-ny-new-york-city', reused: true });
    expect(place('CA', 'Glendale')).toMatchObject({ id: 'us-ca-glendale', reused: true });
    expect(place('TX', 'Houston')).toMatchObject({ id: 'us-tx-houston', reused: false });
  });

  it('merges an independent city with its place row into one record', () => {
    const { census } = context();
    const richmond = census.counties.find((c) => c.row.county === 'Richmond city')!;
    expect(richmond.id).toBe('us-va-richmond');
    expect(richmond.place?.row.censusName).toBe('Richmond city');
    expect(census.counties.find((c) => c.row.state === 'VA' && c.row.county === 'Richmond')!.id).toBe(
      'us-va-richmond-county',
    );
    expect(census.counties.find((c) => c.row.county === 'St. Louis city')!.id).toBe('us-mo-st-louis');
  });
});

describe('agency names', () => {
  it('finds the county, place and constable phrases in ICE names', () => {
    expect(sheriffPrefix("Harris County Sheriff's Office")).toBe('Harris County');
    expect(sheriffPrefix('Franklin County Sheriffs Office')).toBe('Franklin County');
    expect(sheriffPrefix("Jacksonville Sheriff's Office")).toBe('Jacksonville');
    expect(sheriffPrefix('Houston Police Department')).toBeUndefined();
    expect(policePlacePhrase('Boca Raton Police Services Department')).toBe('Boca Raton');
    expect(policePlacePhrase('Las Vegas Metropolitan Police Department')).toBe('Las Vegas');
    expect(policePlacePhrase("New Berlin Marshal's Office")).toBe('New Berlin');
    expect(policePlacePhrase('Florida Gaming Control Commission')).toBeUndefined();
    expect(constablePlacePhrase("Coolspring Township Constable's Office")).toBe('Coolspring Township');
    expect(constablePlacePhrase("Pennsylvania State Constable's Office, Cooke Township")).toBe('Cooke Township');
    expect(constablePlacePhrase('Lower Burrell Fourth Ward Constable')).toBe('Lower Burrell');
    expect(placeReadings('Mahanoy City Borough')).toEqual([{ name: 'Mahanoy City', hint: 'borough' }]);
    expect(placeReadings('City of Miami')).toEqual([{ name: 'Miami', hint: 'city' }]);
    expect(placeReadings('Oak Grove Village')).toEqual([
      { name: 'Oak Grove Village' },
      { name: 'Oak Grove', hint: 'village' },
    ]);
  });
});

describe('resolveAgency', () => {
  const ctx = context();
  const resolve = (state: string, name: string, type: string) => resolveAgency(ctx, state, name, type);

  it("parents a sheriff's office to its county, under <county id>-sheriff", () => {
    expect(resolve('TX', "Harris County Sheriff's Office", 'sheriff')).toMatchObject({
      id: 'us-tx-harris-county-sheriff',
      type: 'sheriff',
      parent: 'us-tx-harris-county',
      level: 'county',
      aliases: ["Harris County Sheriff's Office", "Harris County Sheriff's Department", 'Harris County Sheriff'],
    });
    expect(resolve('FL', "Miami-Dade Sheriff's Office", 'sheriff').parent).toBe('us-fl-miami-dade-county');
    expect(resolve('FL', "Jacksonville Sheriff's Office", 'sheriff').parent).toBe('us-fl-duval-county');
  });

  it("gives an independent city's sheriff to the city even when ICE calls it a county", () => {
    expect(resolve('VA', "Hopewell County Sheriff's Office", 'sheriff')).toMatchObject({
      id: 'us-va-hopewell-sheriff',
      parent: 'us-va-hopewell',
      level: 'city',
    });
  });

  it('parents a police department to its place, under <place id>-pd, with St./Saint read alike', () => {
    expect(resolve('TX', 'Houston Police Department', 'police')).toMatchObject({
      id: 'us-tx-houston-pd',
      parent: 'us-tx-houston',
      level: 'city',
    });
    expect(resolve('MO', 'Saint Ann Police Department', 'police').parent).toBe('us-mo-st-ann');
    expect(resolve('CA', 'Glendale Police Department', 'police').id).toBe('us-ca-glendale-pd');
  });

  it('prefers the incorporated place over a same-named town, but leaves same-named townships unresolved', () => {
    expect(resolve('NY', 'Camden Police Department', 'police')).toMatchObject({
      parent: 'us-ny-camden',
      method: 'incorporated-preferred',
    });
    const butler = resolve('PA', 'Butler Township Police Department', 'police');
    expect(butler.parent).toBeUndefined();
    expect(butler.method).toBe('ambiguous');
    expect(butler.id).toBe('us-pa-butler-township-police-department');
    expect(resolve('PA', 'Butler Police Department', 'police').parent).toBe('us-pa-butler');
  });

  it('places constables, state agencies and regional bodies at the level they belong to', () => {
    expect(resolve('TX', 'Neuces County Constable Precinct 5', 'other')).toMatchObject({
      name: 'Nueces County Constable Precinct 5',
      id: 'us-tx-nueces-county-constable-precinct-5',
      type: 'police',
      parent: 'us-tx-nueces-county',
    });
    expect(resolve('TX', 'Texas National Guard', 'state_agency')).toMatchObject({
      id: 'us-tx-texas-national-guard',
      type: 'state-agency',
      parent: 'us-tx',
      level: 'state',
    });
    expect(resolve('VA', 'Rappahannock, Shenandoah, Warren Regional Jail Authority', 'corrections')).toMatchObject({
      type: 'county',
      parent: 'us-va',
      method: 'multi-county',
    });
  });
});

describe('agreement ids', () => {
  it('builds g287-<state>-<agency>-<model>-<signed> with "unspecified" and "undated" for blanks', () => {
    const [a, , c, , e, f] = readAgreementRows(AGREEMENTS);
    expect(agreementId(a!)).toBe('g287-tx-harris-county-sheriff-s-office-tfm-2025-02-26');
    expect(agreementId(c!)).toBe('g287-tx-harris-county-sheriff-s-office-wso-undated');
    expect(agreementId(e!)).toBe('g287-tx-houston-police-department-tfm-wso-2025-05-01');
    expect(agreementId(f!)).toBe('g287-tx-smalltown-police-department-unspecified-2025-05-02');
  });

  it('dedupes in order of appearance, around ids already taken', () => {
    expect(dedupeIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
    expect(dedupeIds(['a', 'a'], new Set(['a']))).toEqual(['a-2', 'a-3']);
  });

  it('refuses a model or URL the schema would reject', () => {
    const header = AGREEMENTS.split('\n')[0]!;
    expect(() => readAgreementRows(`${header}\nT,TX,X,police,BAD,,https://a.gov/x.pdf,h\n`)).toThrow(/unknown model/);
    expect(() => readAgreementRows(`${header}\nT,TX,X,police,TFM,,http://a.gov/x.pdf,h\n`)).toThrow(/https/);
  });
});

describe('buildGenerated', () => {
  const output = buildGenerated({
    countiesCsv: COUNTIES,
    placesCsv: PLACES,
    agreementsCsv: AGREEMENTS,
    handWritten: HAND_WRITTEN,
  });
  const census = new Map(output.census.jurisdictions.map((j) => [j.id, j]));
  const agencies = new Map(output.ice.jurisdictions.map((j) => [j.id, j]));

  it('writes one agreement per row, each pointing at a jurisdiction that exists', () => {
    expect(output.ice.agreements).toHaveLength(11);
    const known = new Set([...census.keys(), ...agencies.keys(), ...handWrittenRecords(HAND_WRITTEN).ids]);
    for (const a of output.ice.agreements) expect(known.has(a.jurisdiction), a.id).toBe(true);
    const ids = output.ice.agreements.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('g287-tx-harris-county-sheriff-s-office-wso-undated-2');
    expect(output.ice.agreements.find((a) => a.url.endsWith('c.pdf'))).not.toHaveProperty('signed');
  });

  it('merges the names of one body and reuses hand-written records instead of duplicating them', () => {
    const harris = output.ice.agreements.filter((a) => a.agency.startsWith('Harris'));
    expect(new Set(harris.map((a) => a.jurisdiction))).toEqual(new Set(['us-tx-harris-county-sheriff']));
    expect(agencies.get('us-tx-harris-county-sheriff')?.name).toBe("Harris County Sheriff's Office");
    expect(agencies.has('us-ca-glendale-pd')).toBe(false);
    expect(output.ice.agreements.find((a) => a.agency === 'Glendale Police Department')?.jurisdiction).toBe(
      'us-ca-glendale-pd',
    );
    for (const id of ['us-ca-san-francisco', 'us-ca-glendale', 'us-dc', 'us-ny-new-york-city', 'us-ny-new-york'])
      expect(census.has(id), id).toBe(false);
  });

  it('writes every county, places of 10,000 or more, the missing places, and small places that are parents', () => {
    expect(census.get('us-tx-harris-county')).toMatchObject({ type: 'county', population: 4728030, parent: 'us-tx' });
    expect(census.get('us-va-richmond')).toMatchObject({
      type: 'city',
      name: 'Richmond',
      sources: ['src-census-2021-counties', 'src-census-2021-places'],
    });
    expect(census.has('us-tx-smalltown')).toBe(true);
    expect(census.has('us-ca-tiny')).toBe(false);
    expect(census.get('us-tn-nashville')).not.toHaveProperty('population');
    expect(census.get('us-dc-washington')).toMatchObject({ population: 670050, parent: 'us-dc' });
  });

  it('counts the unresolved agencies and says why', () => {
    expect(output.stats.agencies).toBe(9);
    expect(output.stats.unresolved.map((u) => u.name)).toEqual(['Butler Township Police Department']);
    expect(output.stats.unresolved[0]!.problem).toMatch(/matches 2 places/);
    expect(output.stats.byLevel).toEqual({ county: 3, city: 3, state: 2, none: 1 });
  });

  it('cites every source it writes', () => {
    const cited = new Set(
      [...output.census.jurisdictions, ...output.ice.jurisdictions, ...output.ice.agreements].flatMap(
        (r) => r.sources ?? [],
      ),
    );
    for (const s of [...output.census.sources, ...output.ice.sources]) expect(cited.has(s.id), s.id).toBe(true);
  });
});

describe('output', () => {
  it('writes one record per line and reads back the same', () => {
    const file = { sources: [], jurisdictions: [{ id: 'a' }, { id: 'b' }] };
    const text = formatDatasetFile(file);
    expect(text).toBe('{\n"sources": [],\n"jurisdictions": [\n{"id":"a"},\n{"id":"b"}\n]\n}\n');
    expect(JSON.parse(text)).toEqual(file);
  });

  it('lists the generated files once, after the states files, and bumps the version only on a change', () => {
    const manifest = {
      version: '2026.11.26-4',
      asOf: '2026-11-26',
      files: ['federal', 'states/ak', 'states/wy', 'local/ca'],
    };
    const next = updateManifest(manifest, true);
    expect(next.files).toEqual([
      'federal',
      'states/ak',
      'states/wy',
      'generated/census',
      'generated/ice-287g',
      'local/ca',
    ]);
    expect(next.version).toBe('2026.11.26-5');
    expect(updateManifest(next, false)).toEqual(next);
    expect(updateManifest(next, true).version).toBe('2026.11.26-6');
    expect(bumpVersion('2026.01.02-9')).toBe('2026.01.02-10');
    expect(() => bumpVersion('v1')).toThrow();
  });
});
