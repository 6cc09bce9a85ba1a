import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationFormats, citeAs, exportCitations } from '@/lib/cite/export';
import { formatCitation } from '@/lib/cite/format';
import { CITATION_FORMATS } from '@/lib/cite/formats';
import type { DatasetIndex, RecordRef } from '@/lib/dataset/dataset-index';
import { bundledIndex } from '../helpers';
import { GLENDALE_DECISION, NBC_GLENDALE, PRINTZ, SB54 } from './refs';

let data: DatasetIndex;
beforeAll(async () => {
  data = await bundledIndex();
});

/** The sources behind the Glendale story: laws, a case, the decision, its news report again, the place. */
const glendaleRefs: RecordRef[] = [
  { kind: 'law', id: SB54 },
  { kind: 'law', id: 'law-ca-ab103-2017-detention' },
  { kind: 'case', id: PRINTZ },
  { kind: 'decision', id: GLENDALE_DECISION },
  { kind: 'source', id: NBC_GLENDALE },
  { kind: 'jurisdiction', id: 'us-ca-glendale' },
  { kind: 'law', id: SB54 },
];
const expectedIds = [SB54, 'law-ca-ab103-2017-detention', PRINTZ, NBC_GLENDALE];

describe('citeAs', () => {
  it('gives the existing plain-text citation as "text"', () => {
    expect(citeAs(data, 'law', SB54, 'text')).toBe(formatCitation(data, 'law', SB54));
    expect(citeAs(data, 'jurisdiction', 'us-ca-glendale', 'text')).toBe(
      formatCitation(data, 'jurisdiction', 'us-ca-glendale'),
    );
  });

  it('gives one record as a Markdown line, a one-item CSL-JSON array and one BibTeX entry', () => {
    expect(citeAs(data, 'source', NBC_GLENDALE, 'markdown')).toMatch(/^\[Glendale terminates[^\n]*2025$/);
    const csl = JSON.parse(citeAs(data, 'source', NBC_GLENDALE, 'csl-json')) as { id: string }[];
    expect(csl.map((i) => i.id)).toEqual([NBC_GLENDALE]);
    const bib = citeAs(data, 'case', PRINTZ, 'bibtex');
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(bib).toMatch(new RegExp(`^@misc\\{${PRINTZ},\\n[^]*\\n\\}$`));
  });

  it('offers a place in plain text only, and an unknown record in nothing', () => {
    expect(Object.keys(citationFormats(data, 'jurisdiction', 'us-ca-glendale'))).toEqual(['text']);
    expect(citationFormats(data, 'law', 'law-nowhere')).toEqual({});
    const formats = citationFormats(data, 'law', SB54);
    expect(Object.keys(formats)).toEqual([...CITATION_FORMATS]);
    for (const format of CITATION_FORMATS) expect(formats[format]).toBe(citeAs(data, 'law', SB54, format));
  });
});

describe('exportCitations', () => {
  it('lists each work once, in order, citing the decision by its news report and skipping the place', () => {
    const csl = JSON.parse(exportCitations(data, glendaleRefs, 'csl-json')) as { id: string }[];
    expect(csl.map((i) => i.id)).toEqual(expectedIds);

    const bib = exportCitations(data, glendaleRefs, 'bibtex');
    expect([...bib.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1])).toEqual(expectedIds);
    expect(bib).toMatch(/\n}\n\n@/);
    expect(bib.endsWith('}\n')).toBe(true);
  });

  it('writes Markdown as a list of links that markdown-it reads back', () => {
    const md = exportCitations(data, glendaleRefs, 'markdown');
    expect(md.endsWith('\n')).toBe(true);
    const html = new MarkdownIt().render(md);
    const items = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([
      [
        data.sources.get(data.laws.get(SB54)!.primarySource)!.url.replaceAll('&', '&amp;'),
        'California Values Act (SB 54, 2017)',
      ],
      [
        data.sources.get(data.laws.get('law-ca-ab103-2017-detention')!.primarySource)!.url.replaceAll('&', '&amp;'),
        data.laws.get('law-ca-ab103-2017-detention')!.title,
      ],
      [data.sources.get(data.cases.get(PRINTZ)!.primarySource)!.url, 'Printz v. United States'],
      [data.sources.get(NBC_GLENDALE)!.url, data.sources.get(NBC_GLENDALE)!.title],
    ]);
  });

  it('writes an empty but valid file for nothing to cite', () => {
    expect(exportCitations(data, [{ kind: 'jurisdiction', id: 'us-ca-glendale' }], 'csl-json')).toBe('[]\n');
    expect(exportCitations(data, [], 'bibtex')).toBe('');
    expect(exportCitations(data, [], 'markdown')).toBe('');
  });
});
