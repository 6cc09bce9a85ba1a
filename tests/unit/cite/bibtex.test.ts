import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, escapeBibtex, protectCase } from '@/lib/cite/bibtex';
import { exportCitations } from '@/lib/cite/export';
import type { Work } from '@/lib/cite/work';
import { workFor } from '@/lib/cite/work';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { bundledIndex } from '../helpers';
import { allWorkRefs, NBC_GLENDALE, PRINTZ, representativeRefs, SB54 } from './refs';

let data: DatasetIndex;
beforeAll(async () => {
  data = await bundledIndex();
});

/** Better BibTeX's parser marks case-protected words for Zotero as nocase spans; the text is what matters here. */
const plain = (title: string | undefined) => title?.replace(/<span class="nocase">|<\/span>/g, '');

/** A news report whose title and publisher hold every character LaTeX treats specially. */
const awkward: Work = {
  id: 'src-test-awkward',
  what: { of: 'source', kind: 'news' },
  title: 'Fees & fines: 50% of jail_beds to ICE, says Café owner — $5 #tag {x} ~ ^ \\ done',
  publisher: 'El Diario & Co_op',
  date: '2024-02-29',
  url: 'https://news.example/a_b%20c?x=1&y={2}#frag',
  accessed: '2026-01-15',
};

describe('bibtexEntry', () => {
  it('writes SB 54 as @misc: citation in howpublished, kind in note, date three ways, link and access date', () => {
    const url = data.sources.get(data.laws.get(SB54)!.primarySource)!.url;
    expect(bibtexEntry(workFor(data, 'law', SB54)!)).toBe(
      [
        `@misc{${SB54},`,
        '  title = {{California} {Values} {Act} ({SB} 54, 2017)},',
        '  howpublished = {Cal. Gov. Code §§7284–7284.12 (added by SB 54, ch. 495, Stats. 2017; SB 54 also amended §§7282 and 7282.5)},',
        '  year = {2017},',
        '  month = oct,',
        '  date = {2017-10-05},',
        '  note = {Statute},',
        `  url = {${url}},`,
        '  urldate = {2026-11-26},',
        '}',
      ].join('\n'),
    );
  });

  it('writes news as @article in its outlet, reports as @techreport from their publisher', () => {
    expect(bibtexEntry(workFor(data, 'source', NBC_GLENDALE)!)).toMatch(
      /^@article\{src-nbcla-2025-06-09-glendale-terminates-ice-contract,\n {2}title = \{\{Glendale\} terminates contract with \{HSI\}, \{ICE\} to house detainees in its jail\},\n {2}journal = \{NBC Los Angeles \(NBC4\)\},\n/,
    );
    const report = data.dataset.sources.find((s) => s.kind === 'report')!;
    const entry = bibtexEntry(workFor(data, 'source', report.id)!);
    expect(entry).toMatch(new RegExp(`^@techreport\\{${report.id},`));
    expect(entry).toContain(`  institution = {${escapeBibtex(report.publisher)}},`);
    expect(entry).not.toContain('howpublished');
  });

  it('writes a case with its citation and court', () => {
    const entry = bibtexEntry(workFor(data, 'case', PRINTZ)!);
    expect(entry).toContain('  title = {{Printz} v. {United} {States}},');
    expect(entry).toContain('  howpublished = {521 U.S. 898 (1997)},');
    expect(entry).toContain('  note = {Court decision, Supreme Court of the United States},');
    expect(entry).toContain('  date = {1997-06-27},');
  });

  it('escapes LaTeX specials in text fields, leaves non-ASCII as UTF-8 and URLs verbatim', () => {
    const entry = bibtexEntry(awkward);
    expect(entry).toContain(
      String.raw`  title = {{Fees} \& fines: 50\% of jail\_beds to {ICE}, says {Café} owner — \$5 \#tag \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} done},`,
    );
    // Only titles are case-protected: styles do not recase journal names.
    expect(entry).toContain(String.raw`  journal = {El Diario \& Co\_op},`);
    expect(entry).toContain('  url = {https://news.example/a_b%20c?x=1&y=%7B2%7D#frag},');
  });
});

describe('escapeBibtex, protectCase, bibtexKey', () => {
  it('escapes each special character once', () => {
    expect(escapeBibtex('&%$#_{}~^\\')).toBe(
      String.raw`\&\%\$\#\_\{\}\textasciitilde{}\textasciicircum{}\textbackslash{}`,
    );
    expect(escapeBibtex('Año é — “quoted”')).toBe('Año é — “quoted”');
  });

  it('braces capitalised words without splitting a LaTeX command', () => {
    expect(protectCase(escapeBibtex('#MeToo in U.S. courts, a_Foo and École'))).toBe(
      String.raw`\#{MeToo} in {U.S.} courts, a\_{Foo} and {École}`,
    );
    expect(protectCase(escapeBibtex('~Bar\\Baz'))).toBe(String.raw`\textasciitilde{}{Bar}\textbackslash{}{Baz}`);
  });

  it('makes keys from record ids', () => {
    expect(bibtexKey('law-ca-sb54-2017')).toBe('law-ca-sb54-2017');
    expect(bibtexKey('odd id,{x}')).toBe('odd-id--x-');
  });
});

describe('BibTeX export, read back by BibTeX parsers', () => {
  it('round-trips special characters through Better BibTeX’s parser and citation-js', () => {
    const bib = `${bibtexEntry(awkward)}\n`;
    const library = parse(bib);
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry?.type).toBe('article');
    expect(entry?.key).toBe(awkward.id);
    expect(plain(entry?.fields.title)).toBe(awkward.title);
    expect(entry?.fields.journal).toBe(awkward.publisher);
    expect(entry?.fields.url).toBe('https://news.example/a_b%20c?x=1&y=%7B2%7D#frag');
    expect(entry?.fields.date).toBe('2024-02-29');

    const [item] = new Cite(bib).data;
    expect(item?.title).toBe(awkward.title);
    expect(item?.['container-title']).toBe(awkward.publisher);
    expect(item?.issued).toEqual({ 'date-parts': [[2024, 2, 29]] });
  });

  it('parses every shape of work, and every awkward title or link, with Better BibTeX’s parser', () => {
    // Every shape of work, plus every work whose text holds a LaTeX special or an accented letter, or
    // whose link holds a percent-escape or a fragment.
    const awkwardRefs = allWorkRefs(data).filter((ref) => {
      const work = workFor(data, ref.kind, ref.id)!;
      const text = `${work.title} ${work.publisher ?? ''} ${work.citation ?? ''}`;
      return /[\\{}&%$#_~^]|[À-ÿ]/.test(text) || /[%#]/.test(work.url);
    });
    const refs = [...representativeRefs(data), ...awkwardRefs];
    expect(awkwardRefs.length).toBeGreaterThan(40);
    const library = parse(exportCitations(data, refs, 'bibtex'));
    expect(library.errors).toEqual([]);
    const ids = [...new Set(refs.map((r) => r.id))];
    expect(library.entries.map((e) => e.key)).toEqual(ids);
    for (const entry of library.entries) {
      const ref = refs.find((r) => r.id === entry.key)!;
      const work = workFor(data, ref.kind, ref.id)!;
      expect(entry.type, work.id).toBe(
        work.what.of === 'source' && work.what.kind === 'news'
          ? 'article'
          : work.what.of === 'source' && work.what.kind === 'report'
            ? 'techreport'
            : 'misc',
      );
      expect(plain(entry.fields.title), work.id).toBe(work.title);
      const publisher = entry.fields.howpublished ?? entry.fields.journal ?? entry.fields.institution?.join(' and ');
      expect(publisher, work.id).toBe(work.citation ?? work.publisher);
      expect(entry.fields.url, work.id).toBe(work.url);
      expect(entry.fields.urldate, work.id).toBe(work.accessed);
      expect(entry.fields.date, work.id).toBe(work.date);
      expect(entry.fields.year, work.id).toBe(work.date?.slice(0, 4));
      if (work.date) expect(entry.fields.month, work.id).toBe(String(Number(work.date.slice(5, 7))));
    }
  });

  it('reads the whole dataset back through citation-js as the same titles, links and dates', () => {
    const refs = allWorkRefs(data);
    const items = new Cite(exportCitations(data, refs, 'bibtex'), { forceType: '@biblatex/text' }).data;
    expect(items.map((i) => i.id)).toEqual(refs.map((r) => r.id));
    const date = (iso: string | undefined) => iso && { 'date-parts': [iso.split('-').map(Number)] };
    const mismatches = items.flatMap((item, index) => {
      const work = workFor(data, refs[index]!.kind, refs[index]!.id)!;
      // citation-js re-encodes a URL whose only escapes are of reserved characters (%2F becomes %252F),
      // so links are compared decoded; Better BibTeX's parser above reads them back byte for byte.
      const url = (u: unknown) => typeof u === 'string' && decodeURI(u);
      const got = { title: item.title, URL: url(item.URL), issued: item.issued, accessed: item.accessed };
      const want = { title: work.title, URL: url(work.url), issued: date(work.date), accessed: date(work.accessed) };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [{ id: work.id, got, want }];
    });
    expect(mismatches).toEqual([]);
  });
});
