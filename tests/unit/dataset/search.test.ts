import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, compactForm, FEDERAL, type SearchIndex } from '../../../lib/dataset/search';
import { bundledIndex } from '../helpers';

let index: SearchIndex;
beforeAll(async () => {
  index = await buildSearchIndex(await bundledIndex());
});

const firstId = (query: string) => index.search(query)[0]?.id;

describe('toolbar lookup', () => {
  it.each(['SB 54', 'sb54', 'SB54', 'S.B. 54', 'Senate Bill 54', 'Values Act', 'california values act'])(
    '"%s" finds SB 54 first',
    (query) => {
      expect(firstId(query)).toBe('law-ca-sb54-2017');
    },
  );

  it('"Glendale" lists both Glendales, California first', () => {
    const ids = index.search('Glendale').map((h) => h.id);
    expect(ids.indexOf('us-ca-glendale')).toBe(0);
    expect(ids.indexOf('us-az-glendale')).toBeGreaterThan(0);
  });

  it('tolerates a typo in a place name', () => {
    expect(firstId('Glendlae')).toMatch(/glendale/);
  });

  it('finds 287(g) however it is written', () => {
    for (const q of ['287(g)', '287g', 'Section 287(g)']) expect(firstId(q), q).toBe('law-us-287g');
  });

  it('searches across kinds: decisions, sources, cases', () => {
    const kinds = new Set(index.search('Glendale').map((h) => h.kind));
    expect(kinds).toEqual(new Set(['jurisdiction', 'decision', 'source']));
    expect(index.search('Printz')[0]).toMatchObject({ kind: 'case' });
  });

  it('gives each hit a reader-facing second line: written-out dates and states, no ISO dates or slugs', () => {
    const glendale = index.search('Glendale');
    expect(glendale.find((h) => h.id === 'us-ca-glendale')?.subtitle).toBe('City · California');
    const decision = glendale.find((h) => h.kind === 'decision');
    expect(decision?.subtitle).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4} · Glendale, California$/);
    for (const hit of [...glendale, ...index.search('SB 54'), ...index.search('detainer')])
      expect(hit.subtitle, hit.id).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it.each([
    ['Texas', 'us-tx'],
    ['TX', 'us-tx'],
    ['California', 'us-ca'],
    ['CA', 'us-ca'],
  ])('"%s" gives the state first, then its laws', (query, state) => {
    const hits = index.search(query);
    expect(hits[0]).toMatchObject({ kind: 'jurisdiction', id: state });
    const code = state.slice(3);
    expect(hits[1]?.kind).toBe('law');
    expect(hits[1]?.id).toMatch(new RegExp(`^law-${code}-`));
  });

  it('finds 287(g) agreements and federal list claims', () => {
    expect(index.search('287g Harris County').some((h) => h.kind === 'agreement')).toBe(true);
    expect(index.search('Justice Department Chicago').some((h) => h.kind === 'claim')).toBe(true);
  });

  it('returns nothing for an empty or nonsense query, without throwing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('qqqzzzxxy')).toEqual([]);
    expect(() => index.search('(((**[[')).not.toThrow();
  });

  it.each([
    ['sb 54', 'law-ca-sb54-2017'],
    ['Gov Code 7284.6', 'law-ca-sb54-2017'],
    ['Glendle', 'us-ca-glendale'],
    ['detainer', 'law-us-detainers-8cfr287-7'],
  ])('"%s" (misspelt, spaced or a pinpoint cite) finds %s first', (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it('compacts citations', () => {
    expect(compactForm('S.B. 54')).toBe('sb54');
    expect(compactForm('Gov. Code §7284.6')).toBe('govcode72846');
  });
});

describe('toolbar lookup filters', () => {
  it('keeps only the kinds asked for, across the exact-name and compact-citation paths', () => {
    const laws = index.search('SB 54', 50, { kinds: ['law'] });
    expect(laws.length).toBeGreaterThan(1);
    expect(new Set(laws.map((h) => h.kind))).toEqual(new Set(['law']));
    const sources = index.search('SB 54', 50, { kinds: ['source'] });
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((h) => h.kind === 'source')).toBe(true);
    const decisionsOrCases = index.search('Glendale', 50, { kinds: ['decision', 'case'] });
    expect(decisionsOrCases.length).toBeGreaterThan(0);
    expect(decisionsOrCases.every((h) => h.kind === 'decision')).toBe(true);
  });

  it('keeps only records about the chosen state', () => {
    const arizona = index.search('Glendale', 50, { state: 'AZ' });
    expect(arizona[0]?.id).toBe('us-az-glendale');
    expect(arizona.some((h) => h.id === 'us-ca-glendale')).toBe(false);
    // A state's exact name still ranks the state first; another state's filter drops it and its laws.
    expect(index.search('Texas', 50, { state: 'CA' }).some((h) => h.id === 'us-tx' || h.id.startsWith('law-tx-'))).toBe(
      false,
    );
    const texasLaws = index.search('detainer', 50, { kinds: ['law'], state: 'TX' });
    expect(texasLaws.length).toBeGreaterThan(0);
    expect(texasLaws.every((h) => h.id.startsWith('law-tx-'))).toBe(true);
  });

  it('files federal records under "federal", and finds a case by the state of the law it decided', () => {
    expect(index.search('287(g)', 5, { state: FEDERAL })[0]?.id).toBe('law-us-287g');
    expect(index.search('287(g)', 50, { state: 'CA', kinds: ['law'] }).some((h) => h.id === 'law-us-287g')).toBe(false);
    const caCases = index.search('United States', 50, { kinds: ['case'], state: 'CA' });
    expect(caCases.length).toBeGreaterThan(0);
    const federalCases = index.search('Printz', 50, { kinds: ['case'], state: FEDERAL });
    expect(federalCases[0]?.kind).toBe('case');
  });

  it('treats empty filters as none, and an unknown state or kind as matching nothing', () => {
    expect(index.search('SB 54', 20, { kinds: [], state: '' })).toEqual(index.search('SB 54'));
    expect(index.search('SB 54', 20, { state: 'ZZ' })).toEqual([]);
    expect(index.search('SB 54', 20, { kinds: ['nothing' as never] })).toEqual([]);
  });
});
