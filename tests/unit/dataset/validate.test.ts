import { describe, expect, it } from 'vitest';
import { validateDataset, isIsoDate, isHttpsUrl } from '../../../lib/dataset/validate';
import { readDataset, DatasetError } from '../../../lib/dataset/files';
import type { Dataset } from '../../../lib/dataset/schema';
import { bundledDataset, datasetCopy } from '../helpers';

describe('the bundled dataset', () => {
  it('has no problems at all', async () => {
    expect(validateDataset(await bundledDataset())).toEqual([]);
  });

  it('covers the first slice: federal pieces, California laws, both Glendales, San Francisco and New York City', async () => {
    const d = await bundledDataset();
    const ids = new Set([...d.laws, ...d.jurisdictions, ...d.decisions].map((r) => r.id));
    for (const id of [
      'law-us-287g',
      'law-us-detainers-8cfr287-7',
      'law-us-8usc1373',
      'law-ca-sb54-2017',
      'law-ca-ab103-2017-detention',
      'law-ca-trust-act-2013',
      'law-ca-truth-act-2016',
      'us-ca-glendale',
      'us-ca-glendale-pd',
      'us-az-glendale',
      'us-ca-san-francisco',
      'us-ny-new-york-city',
    ]) {
      expect(ids, id).toContain(id);
    }
    const glendale = d.decisions.filter((x) => x.jurisdiction === 'us-ca-glendale');
    expect(glendale.some((x) => x.type === 'detention-contract-ended' && x.date.startsWith('2025-06'))).toBe(true);
    expect(d.laws.some((l) => l.jurisdiction === 'us-ca-san-francisco')).toBe(true);
    expect(d.laws.some((l) => l.jurisdiction === 'us-ny-new-york-city')).toBe(true);
  });

  it('covers the nation: every state and D.C. with a stance, the federal framework, the 287(g) list, cases and claims', async () => {
    const d = await bundledDataset();
    const states = d.jurisdictions.filter((j) => j.type === 'state');
    expect(states).toHaveLength(51);
    expect(states.filter((j) => j.posture).length).toBe(51);
    expect(states.filter((j) => j.posture?.stance).length).toBeGreaterThanOrEqual(50);
    expect(d.cases.length).toBeGreaterThanOrEqual(15);
    expect(d.agreements).toHaveLength(1652);
    expect(d.claims.some((c) => c.claimant === 'U.S. Department of Justice')).toBe(true);
    for (const id of [
      'law-us-8usc1644',
      'law-us-eo-13768-2017',
      'law-us-eo-14287-2025',
      'law-us-byrne-jag-conditions-2017',
    ]) {
      expect(d.laws.map((l) => l.id)).toContain(id);
    }
  });

  it('has a Spanish summary for every federal law and every state posture', async () => {
    const d = await bundledDataset();
    const federal = d.laws.filter((l) => l.jurisdiction === 'us');
    expect(federal.length).toBeGreaterThanOrEqual(10);
    for (const law of federal) expect(law.es?.summary, law.id).toMatch(/\S/);
    for (const state of d.jurisdictions.filter((j) => j.type === 'state'))
      expect(state.posture?.es?.summary, state.id).toMatch(/\S/);
  });

  it('links every law and case to a primary source', async () => {
    const d = await bundledDataset();
    const primary = new Set(d.sources.filter((s) => s.primary).map((s) => s.id));
    for (const law of d.laws) expect(primary.has(law.primarySource), law.id).toBe(true);
    for (const c of d.cases) expect(primary.has(c.primarySource), c.id).toBe(true);
  });
});

/** Each invariant, broken on purpose in a copy of the real dataset, must be reported. */
describe('validateDataset catches each broken invariant', () => {
  const cases: [string, (d: Dataset) => void, RegExp][] = [
    ['a fact without a source', (d) => void (d.decisions[0]!.facts[0]!.sources = []), /facts\[0\]: has no source/],
    [
      'a headline whose source was removed',
      (d) => void (d.decisions[0]!.headline.sources = []),
      /headline: has no source/,
    ],
    [
      'a law summary citing an unknown source',
      (d) => void (d.laws[0]!.summary.sources = ['src-does-not-exist']),
      /unknown source "src-does-not-exist"/,
    ],
    [
      'a provision without a source',
      (d) => void (d.laws[0]!.provisions[0]!.sources = []),
      /provisions\[0\]: has no source/,
    ],
    [
      'a reference to a missing jurisdiction',
      (d) => void (d.decisions[0]!.jurisdiction = 'us-xx-nowhere'),
      /unknown reference "us-xx-nowhere"/,
    ],
    [
      'a decision citing a missing law',
      (d) => void d.decisions[0]!.laws.push('law-missing'),
      /unknown reference "law-missing"/,
    ],
    ['an http URL', (d) => void (d.sources[0]!.url = 'http://example.org/law'), /is not an https URL/],
    ['a non-ISO date', (d) => void (d.decisions[0]!.date = '06/08/2025'), /is not an ISO date/],
    ['an impossible date', (d) => void (d.decisions[0]!.date = '2025-02-30'), /is not an ISO date/],
    ['a duplicate id', (d) => void (d.laws[1]!.id = d.laws[0]!.id), /id used twice/],
    [
      'an orphaned source',
      (d) =>
        void d.sources.push({
          id: 'src-orphan',
          title: 'Orphan',
          publisher: 'Nobody',
          kind: 'news',
          url: 'https://example.org/',
          primary: false,
          asOf: '2026-01-01',
        }),
      /src-orphan: source is not cited/,
    ],
    [
      'a law whose primary source is not primary',
      (d) => void (d.sources.find((s) => s.id === d.laws[0]!.primarySource)!.primary = false),
      /is not marked primary/,
    ],
    [
      'a Spanish posture summary that is empty',
      (d) => void (d.jurisdictions.find((j) => j.id === 'us-ca')!.posture!.es = { summary: '  ' }),
      /us-ca\.posture\.es\.summary: missing text/,
    ],
    [
      'a Spanish law summary given as a bare string',
      (d) => void ((d.laws[0] as { es?: unknown }).es = 'Resumen'),
      /\.es: not an object with a Spanish summary/,
    ],
    [
      'a Spanish field with a misspelt key',
      (d) => void ((d.laws[0] as { es?: unknown }).es = { summary: 'Resumen.', sumary: 'Resumen.' }),
      /\.es: unknown field "sumary"/,
    ],
    [
      'a record without an as-of date',
      (d) => void ((d.laws[0] as { asOf?: string }).asOf = undefined),
      /asOf: undefined is not an ISO date/,
    ],
  ];
  for (const [name, breakIt, message] of cases) {
    it(name, async () => {
      const d = await datasetCopy();
      breakIt(d);
      expect(validateDataset(d).join('\n')).toMatch(message);
    });
  }
});

describe('readDataset', () => {
  /** A reader serving `dataset` as one file, plus any extra files. */
  const readerFor =
    (dataset: Dataset, extra: Record<string, unknown> = {}) =>
    async (name: string) => {
      const { manifest, ...tables } = dataset;
      const files: Record<string, unknown> = {
        manifest: { ...manifest, files: ['all', ...Object.keys(extra)] },
        all: tables,
        ...extra,
      };
      return files[name];
    };

  it('merges the files the manifest lists', async () => {
    const d = await datasetCopy();
    const law = d.laws.pop()!;
    const merged = await readDataset(readerFor(d, { 'states/extra': { laws: [law] } }));
    expect(merged.laws.map((l) => l.id)).toContain(law.id);
  });

  it('refuses a dataset with problems instead of returning it', async () => {
    const d = await datasetCopy();
    d.decisions[0]!.facts[0]!.sources = [];
    await expect(readDataset(readerFor(d))).rejects.toBeInstanceOf(DatasetError);
  });

  it('reports a file of the wrong shape rather than crashing', async () => {
    const d = await datasetCopy();
    await expect(readDataset(readerFor(d, { broken: { laws: { not: 'a list' } } }))).rejects.toThrow(
      /broken\.json: laws is not a list/,
    );
    await expect(readDataset(readerFor(d, { odd: { rumours: [] } }))).rejects.toThrow(/unknown table "rumours"/);
    await expect(readDataset(readerFor(d, { text: 'hello' }))).rejects.toThrow(/not an object of tables/);
  });

  it('reports a record of the wrong shape rather than crashing', async () => {
    const d = await datasetCopy();
    (d.laws[0] as { provisions?: unknown }).provisions = undefined;
    await expect(readDataset(readerFor(d))).rejects.toThrow(/malformed record/);
  });

  it('reports two files that define the same id', async () => {
    const d = await datasetCopy();
    await expect(readDataset(readerFor(d, { copy: { laws: [d.laws[0]] } }))).rejects.toThrow(/id used twice/);
  });
});

describe('date and URL checks', () => {
  it('accepts real ISO dates only', () => {
    expect(isIsoDate('2025-06-08')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-6-8')).toBe(false);
  });
  it('accepts absolute https URLs only', () => {
    expect(isHttpsUrl('https://leginfo.legislature.ca.gov/')).toBe(true);
    expect(isHttpsUrl('http://leginfo.legislature.ca.gov/')).toBe(false);
    expect(isHttpsUrl('/relative')).toBe(false);
  });
});
