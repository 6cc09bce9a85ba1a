import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslDate, CslItem } from '@/lib/cite/csl';
import { caseCitation, cslDate, cslItem, legislationCitation } from '@/lib/cite/csl';
import { exportCitations } from '@/lib/cite/export';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import type { SourceKind } from '@/lib/dataset/schema';
import { bundledIndex } from '../helpers';
import {
  allWorkRefs,
  firstSourceOfEachKind,
  GLENDALE_DECISION,
  NBC_GLENDALE,
  PRINTZ,
  representativeRefs,
  SB54,
} from './refs';

let data: DatasetIndex;
beforeAll(async () => {
  data = await bundledIndex();
});

/** A record's check date ("2026-11-26") as the CSL date it should become. */
const accessed = (iso: string): CslDate => ({ 'date-parts': [iso.split('-').map(Number) as [number, number, number]] });

describe('cslItem', () => {
  it('cites SB 54 as legislation: code, section and history split out, primary text linked', () => {
    const law = data.laws.get(SB54)!;
    expect(cslItem(data, 'law', SB54)).toEqual({
      id: SB54,
      type: 'legislation',
      title: 'California Values Act (SB 54, 2017)',
      'title-short': 'SB 54',
      'container-title': 'Cal. Gov. Code',
      section: '7284–7284.12',
      references: 'added by SB 54, ch. 495, Stats. 2017; SB 54 also amended §§7282 and 7282.5',
      issued: { 'date-parts': [[2017, 10, 5]] },
      URL: data.sources.get(law.primarySource)!.url,
      accessed: accessed(law.asOf),
    } satisfies CslItem);
  });

  it('cites Printz as a legal case: court as authority, reporter volume, name and first page', () => {
    const c = data.cases.get(PRINTZ)!;
    expect(cslItem(data, 'case', PRINTZ)).toEqual({
      id: PRINTZ,
      type: 'legal_case',
      title: 'Printz v. United States',
      authority: 'Supreme Court of the United States',
      volume: '521',
      'container-title': 'U.S.',
      page: '898',
      issued: { 'date-parts': [[1997, 6, 27]] },
      URL: data.sources.get(c.primarySource)!.url,
      accessed: accessed(c.asOf),
    } satisfies CslItem);
  });

  it('cites a news report as a newspaper article, the outlet as its container', () => {
    const s = data.sources.get(NBC_GLENDALE)!;
    expect(cslItem(data, 'source', NBC_GLENDALE)).toEqual({
      id: NBC_GLENDALE,
      type: 'article-newspaper',
      title: 'Glendale terminates contract with HSI, ICE to house detainees in its jail',
      'container-title': 'NBC Los Angeles (NBC4)',
      issued: { 'date-parts': [[2025, 6, 9]] },
      URL: s.url,
      accessed: accessed(s.asOf),
    } satisfies CslItem);
  });

  it('gives every source kind its CSL type, and a genre where the type alone is vague', () => {
    const expected: Record<SourceKind, Pick<CslItem, 'type' | 'genre'>> = {
      statute: { type: 'legislation' },
      bill: { type: 'bill' },
      regulation: { type: 'legislation' },
      'executive-order': { type: 'legislation' },
      opinion: { type: 'legal_case' },
      ordinance: { type: 'legislation' },
      minutes: { type: 'document', genre: 'Agenda or minutes' },
      statement: { type: 'document', genre: 'Official statement' },
      'agency-list': { type: 'dataset', genre: 'Agency list' },
      agreement: { type: 'document', genre: 'Agreement' },
      report: { type: 'report' },
      news: { type: 'article-newspaper' },
    };
    const byKind = firstSourceOfEachKind(data);
    expect([...byKind.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [kind, id] of byKind) {
      const item = cslItem(data, 'source', id)!;
      const source = data.sources.get(id)!;
      expect({ type: item.type, genre: item.genre }, kind).toEqual(expected[kind]);
      // Only a newspaper's name moves to container-title; everyone else is the publisher.
      expect(item.publisher ?? item['container-title'], kind).toBe(source.publisher);
    }
  });

  it('cites a decision by its first source, under the decision id', () => {
    const decision = data.decisions.get(GLENDALE_DECISION)!;
    expect(decision.sources[0]).toBe(NBC_GLENDALE);
    expect(cslItem(data, 'decision', GLENDALE_DECISION)).toEqual({
      ...cslItem(data, 'source', NBC_GLENDALE),
      id: GLENDALE_DECISION,
    });
  });

  it('cites a 287(g) agreement as an ICE document with its signing date', () => {
    const a = data.dataset.agreements.find((x) => x.signed && x.model === 'TFM')!;
    const item = cslItem(data, 'agreement', a.id)!;
    expect(item).toMatchObject({
      id: a.id,
      type: 'document',
      genre: '287(g) memorandum of agreement',
      publisher: 'U.S. Immigration and Customs Enforcement',
      URL: a.url,
      issued: cslDate(a.signed!),
    });
    expect(item.title).toBe(`287(g) memorandum of agreement with ${a.agency} (Task Force Model)`);
  });

  it('has no item for a place or an unknown record', () => {
    expect(cslItem(data, 'jurisdiction', 'us-ca-glendale')).toBeUndefined();
    expect(cslItem(data, 'law', 'law-nowhere')).toBeUndefined();
    expect(cslItem(data, 'decision', 'dec-nowhere')).toBeUndefined();
  });
});

describe('cslDate', () => {
  it('writes date-parts as far as the date is known', () => {
    expect(cslDate('2025-06-09')).toEqual({ 'date-parts': [[2025, 6, 9]] });
    expect(cslDate('2025-06')).toEqual({ 'date-parts': [[2025, 6]] });
    expect(cslDate('2007')).toEqual({ 'date-parts': [[2007]] });
    expect(cslDate('June 2025')).toBeUndefined();
    expect(cslDate('2025-13-01')).toBeUndefined();
  });
});

describe('legislationCitation', () => {
  it('splits a code citation into title number, code and section', () => {
    expect(legislationCitation('8 U.S.C. §1373')).toEqual({
      volume: '8',
      'container-title': 'U.S.C.',
      section: '1373',
    });
    expect(legislationCitation('Mont. Code Ann. §§2-1-601 to 2-1-605 (HB 200, 2021)')).toEqual({
      'container-title': 'Mont. Code Ann.',
      section: '2-1-601 to 2-1-605',
      references: 'HB 200, 2021',
    });
  });

  it('keeps a citation whole when it names more than one code or more than one history note', () => {
    for (const citation of [
      'Wash. Rev. Code §10.93.160 and §§43.10.310, 43.10.315 (added by E2SSB 5497, ch. 440, Laws of 2019)',
      '8 U.S.C. §1357(g) (Immigration and Nationality Act §287(g)); added by Pub. L. 104-208, div. C, §133 (1996)',
      'Exec. Order No. 13768, 82 Fed. Reg. 8799 (Jan. 30, 2017)',
      'Tex. Gov’t Code ch. 752, subch. C (§§752.051–752.057)',
    ]) {
      expect(legislationCitation(citation)).toEqual({ number: citation });
    }
  });
});

describe('caseCitation', () => {
  it('splits reporter citations, reads docket numbers, and keeps the rest in a note', () => {
    expect(caseCitation('44 F.4th 581 (7th Cir. 2022)')).toEqual({
      volume: '44',
      'container-title': 'F.4th',
      page: '581',
    });
    expect(caseCitation('No. 3:12-cv-02317-ST (D. Or. Apr. 11, 2014)')).toEqual({ number: '3:12-cv-02317-ST' });
    const slip = '5th Cir., panel opinion July 3, 2025; later reheard en banc';
    expect(caseCitation(slip)).toEqual({ note: slip });
  });
});

describe('CSL-JSON export, read by citation-js', () => {
  it('writes only CSL variables, of the right shape, for every work in the dataset', () => {
    const items = JSON.parse(exportCitations(data, allWorkRefs(data), 'csl-json')) as CslItem[];
    expect(items.length).toBeGreaterThan(2000);
    // citation-js's strict clean drops anything that is not a CSL 1.0.2 variable, type or date: nothing may go.
    expect(plugins.input.util.clean(structuredClone(items), false)).toEqual(items);
    for (const item of items) {
      expect(item.id).toBeTruthy();
      expect(item.title).toBeTruthy();
      expect(item.URL).toMatch(/^https:\/\//);
      expect(item.accessed?.['date-parts'][0]).toHaveLength(3);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('formats through citeproc-js (APA) with titles, dates, reporters and links intact', () => {
    const cite = new Cite(JSON.parse(exportCitations(data, representativeRefs(data), 'csl-json')), {
      forceType: '@csl/list+object',
    });
    expect(cite.data.length).toBe(representativeRefs(data).length);
    const apa = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    const nbc = data.sources.get(NBC_GLENDALE)!;
    const lines = apa.split('\n');
    expect(lines).toContain(
      'Printz v. United States, 521 U.S. 898 (Supreme Court of the United States 1997). ' +
        data.sources.get(data.cases.get(PRINTZ)!.primarySource)!.url,
    );
    const nbcLine = lines.find((l) => l.includes('Glendale terminates contract'));
    expect(nbcLine).toBe(
      `Glendale terminates contract with HSI, ICE to house detainees in its jail. (2025, June 9). NBC Los Angeles (NBC4). ${nbc.url}`,
    );
    expect(apa).toContain('California Values Act (SB 54, 2017), Cal. Gov. Code §§ 7284–7284.12 (2017).');
  });
});
