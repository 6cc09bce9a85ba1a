/**
 * The committed files scripts/build-gazetteer.ts generates (public/dataset/generated/), read through the
 * normal loader: the Census gazetteer and ICE's 287(g) list of 2026-06-07.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromFolder } from '../../../lib/cli/file-dataset';
import type { Dataset, Jurisdiction } from '../../../lib/dataset/schema';

const ICE_LIST = 'src-ice-287g-list-2026-06-07';
const COUNTIES = 'src-census-2021-counties';
const PLACES = 'src-census-2021-places';

/** Counties and equivalents per state in the Census Vintage 2021 file (3,143 in all). */
const COUNTIES_PER_STATE: Record<string, number> = {
  AK: 30, AL: 67, AR: 75, AZ: 15, CA: 58, CO: 64, CT: 8, DC: 1, DE: 3, FL: 67, GA: 159, HI: 5, IA: 99,
  ID: 44, IL: 102, IN: 92, KS: 105, KY: 120, LA: 64, MA: 14, MD: 24, ME: 16, MI: 83, MN: 87, MO: 115,
  MS: 82, MT: 56, NC: 100, ND: 53, NE: 93, NH: 10, NJ: 21, NM: 33, NV: 17, NY: 62, OH: 88, OK: 77,
  OR: 36, PA: 67, RI: 5, SC: 46, SD: 66, TN: 95, TX: 254, UT: 29, VA: 133, VT: 14, WA: 39, WI: 72,
  WV: 55, WY: 23,
}; // prettier-ignore

/** Hand-written records that stand for a Census county: the City and County of San Francisco, the District. */
const HAND_WRITTEN_COUNTIES: Record<string, string> = { 'us-ca-san-francisco': 'CA', 'us-dc': 'DC' };

let dataset: Dataset;
let byId: Map<string, Jurisdiction>;

beforeAll(async () => {
  dataset = await loadDatasetFromFolder();
  byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
});

describe("the generated 287(g) agreements (ICE's list of 2026-06-07)", () => {
  it('are exactly the 1,652 MOA files of the snapshot', () => {
    expect(dataset.agreements.filter((a) => a.sources.includes(ICE_LIST))).toHaveLength(1652);
    expect(dataset.agreements).toHaveLength(1652);
  });

  it("each point at their agency's jurisdiction, which exists", () => {
    for (const a of dataset.agreements) {
      const j = byId.get(a.jurisdiction);
      expect(j, a.id).toBeDefined();
      expect(j!.state, a.id).toBe(a.state);
    }
  });

  it('place at least 95% of the distinct agencies under a county, city, state or territory', () => {
    const agencies = new Map<string, string>();
    for (const a of dataset.agreements) agencies.set(`${a.state}|${a.agency}`, a.jurisdiction);
    expect(agencies.size).toBe(1402);
    const placed = [...agencies.values()].filter((id) => {
      const parent = byId.get(byId.get(id)?.parent ?? '');
      return parent !== undefined && ['county', 'city', 'state', 'territory'].includes(parent.type as string);
    });
    expect(placed.length / agencies.size).toBeGreaterThanOrEqual(0.95);
  });

  it("put sheriffs' offices under counties (or an independent city) and police under places, counties or states", () => {
    for (const j of dataset.jurisdictions.filter((x) => x.sources?.includes(ICE_LIST))) {
      if (!j.parent) continue;
      const parent = byId.get(j.parent)!;
      if (j.type === 'sheriff') {
        const independentCity = parent.type === 'city' && parent.sources?.includes(COUNTIES);
        expect(parent.type === 'county' || independentCity, j.id).toBe(true);
        expect(j.id, j.id).toBe(`${parent.id}-sheriff`);
      }
      if (j.type === 'police') expect(['city', 'county', 'state'], j.id).toContain(parent.type);
    }
    expect(byId.get('us-al-autauga-county-sheriff')?.parent).toBe('us-al-autauga-county');
  });
});

describe('the generated Census gazetteer', () => {
  it('has every one of the 3,143 counties and equivalents, state by state', () => {
    const counted = new Map<string, number>();
    for (const j of dataset.jurisdictions) {
      const state = j.sources?.includes(COUNTIES) ? j.state : HAND_WRITTEN_COUNTIES[j.id];
      if (state) counted.set(state, (counted.get(state) ?? 0) + 1);
    }
    expect(Object.fromEntries([...counted].sort())).toEqual(COUNTIES_PER_STATE);
    expect([...counted.values()].reduce((a, b) => a + b, 0)).toBe(3143);
  });

  it('names counties by the convention and never gives one its bare name as an alias', () => {
    expect(byId.get('us-tx-harris-county')).toMatchObject({ name: 'Harris County', type: 'county', parent: 'us-tx' });
    expect(byId.get('us-la-acadia-parish')?.type).toBe('county');
    expect(byId.get('us-ak-juneau-city-and-borough')?.type).toBe('county');
    expect(byId.get('us-va-richmond')).toMatchObject({ name: 'Richmond', type: 'city' });
    expect(byId.get('us-va-richmond-county')?.type).toBe('county');
    expect(byId.has('us-ca-san-francisco-county')).toBe(false);
    for (const j of dataset.jurisdictions.filter((x) => x.type === 'county' && x.sources?.includes(COUNTIES))) {
      const bare = j.name.replace(/ County$/, '');
      if (bare !== j.name) expect(j.aliases, j.id).not.toContain(bare);
    }
  });

  it('has the places the Census file lacks, without populations it cannot source', () => {
    for (const id of [
      'us-tn-nashville',
      'us-ky-louisville',
      'us-ky-lexington',
      'us-ga-athens',
      'us-ga-augusta',
      'us-hi-honolulu',
    ]) {
      expect(byId.get(id)?.type, id).toBe('city');
      expect(byId.get(id)?.population, id).toBeUndefined();
    }
    expect(byId.get('us-dc-washington')?.population).toBe(670050);
  });

  it('cites the Census for every county and place it generated, and gives places of 10,000 or more', () => {
    const places = dataset.jurisdictions.filter((j) => j.sources?.includes(PLACES));
    expect(places.length).toBeGreaterThan(3900);
    expect(byId.get('us-tx-houston')).toMatchObject({ type: 'city', parent: 'us-tx' });
    expect(byId.get('us-tx-houston')!.population).toBeGreaterThan(2_000_000);
  });
});
