import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { parse } from '@retorquere/bibtex-parser';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportArticleSources, MAX_EXPORT_REFS, type ExportedFile } from '@/lib/cite/article-export';
import type { SidebarModel } from '@/lib/context/model';
import type { RecordRef } from '@/lib/dataset/dataset-index';
import { citedInSidebar, orderSources } from '@/lib/format/sources';
import { FootnoteService } from '@/lib/service/footnote-service';
import { articleFromFixture, bundledDataset } from '../helpers';

let service: FootnoteService;
let model: SidebarModel;
let refs: RecordRef[];

beforeAll(async () => {
  service = new FootnoteService(await bundledDataset());
  model = service.articleContext(articleFromFixture('demo-glendale.html')).sidebar!;
  // What the sidebar's export control sends: laws, cases, agreements, then its source list in order.
  refs = [
    ...model.laws.map((l): RecordRef => ({ kind: 'law', id: l.id })),
    ...model.cases.map((c): RecordRef => ({ kind: 'case', id: c.id })),
    ...model.agreements.map((a): RecordRef => ({ kind: 'agreement', id: a.id })),
    ...orderSources(model.sources, citedInSidebar(model)).map((s): RecordRef => ({ kind: 'source', id: s.id })),
  ];
});

function file(format: 'markdown' | 'csl-json' | 'bibtex'): ExportedFile {
  const reply = exportArticleSources(service.data, { refs, format, subject: model.jurisdiction.id });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The ids a file should hold: every ref once, minus sources that are a listed law's or case's own text. */
function expectedIds(): string[] {
  const own = new Set(
    refs.flatMap((r) =>
      r.kind === 'law'
        ? [service.data.laws.get(r.id)!.primarySource]
        : r.kind === 'case'
          ? [service.data.cases.get(r.id)!.primarySource]
          : [],
    ),
  );
  return [...new Set(refs.filter((r) => r.kind !== 'source' || !own.has(r.id)).map((r) => r.id))];
}

describe('exporting the sources behind the Glendale article', () => {
  it('names the file after the jurisdiction, with the format’s extension and media type', () => {
    expect(model.jurisdiction.id).toBe('us-ca-glendale');
    expect(file('bibtex')).toMatchObject({
      filename: 'footnote-sources-us-ca-glendale.bib',
      mimeType: 'application/x-bibtex',
    });
    expect(file('csl-json').filename).toBe('footnote-sources-us-ca-glendale.json');
    expect(file('markdown').filename).toBe('footnote-sources-us-ca-glendale.md');
  });

  it('writes CSL-JSON that citation-js reads, each work once, SB 54 cited as the law and not again as its text', () => {
    const items = new Cite(JSON.parse(file('csl-json').text)).data as { id: string }[];
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expectedIds());
    expect(ids).toContain('law-ca-sb54-2017');
    expect(ids).not.toContain(service.data.laws.get('law-ca-sb54-2017')!.primarySource);
    expect(ids.length).toBeGreaterThan(3);
  });

  it('writes BibTeX that Better BibTeX’s parser and citation-js read without errors', () => {
    const bib = file('bibtex').text;
    const library = parse(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(expectedIds());
    expect(new Cite(bib).data).toHaveLength(expectedIds().length);
  });

  it('writes Markdown that reads back as one link per work', () => {
    const html = new MarkdownIt().render(file('markdown').text);
    expect([...html.matchAll(/<li><a href="https:\/\//g)]).toHaveLength(expectedIds().length);
  });
});

describe('bad export requests', () => {
  it('fail clearly instead of throwing', () => {
    const data = service.data;
    for (const request of [
      undefined,
      null,
      'bibtex',
      { refs: [], format: 'pdf' },
      { refs: 'law-ca-sb54-2017', format: 'bibtex' },
      { refs: [{ kind: 'planet', id: 'x' }], format: 'bibtex' },
      { refs: [{ kind: 'law' }], format: 'bibtex' },
      { refs: Array.from({ length: MAX_EXPORT_REFS + 1 }, () => ({ kind: 'law', id: 'x' })), format: 'bibtex' },
    ])
      expect(exportArticleSources(data, request), JSON.stringify(request)?.slice(0, 60)).toMatchObject({ ok: false });
  });

  it('fail when nothing in the list can be cited (a place, an unknown id)', () => {
    const reply = exportArticleSources(service.data, {
      refs: [
        { kind: 'jurisdiction', id: 'us-ca-glendale' },
        { kind: 'law', id: 'law-nowhere' },
      ],
      format: 'csl-json',
    });
    expect(reply).toEqual({ ok: false, error: 'None of these records can be cited.' });
  });

  it('keep a hostile subject out of the file name', () => {
    const reply = exportArticleSources(service.data, {
      refs: [{ kind: 'law', id: 'law-ca-sb54-2017' }],
      format: 'bibtex',
      subject: '../../etc/passwd\u0000.exe',
    });
    expect(reply.ok && reply.value.filename).toBe('footnote-sources-etc-passwd-exe.bib');
  });
});
