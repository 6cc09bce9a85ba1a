import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownFor, markdownLine } from '@/lib/cite/markdown';
import type { Work } from '@/lib/cite/work';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { bundledIndex } from '../helpers';
import { NBC_GLENDALE, PRINTZ, SB54 } from './refs';

let data: DatasetIndex;
beforeAll(async () => {
  data = await bundledIndex();
});

const markdown = new MarkdownIt();

describe('markdownFor', () => {
  it('links a news report’s title and names its outlet and date', () => {
    const url = data.sources.get(NBC_GLENDALE)!.url;
    expect(markdownFor(data, 'source', NBC_GLENDALE)).toBe(
      `[Glendale terminates contract with HSI, ICE to house detainees in its jail](${url}) — NBC Los Angeles (NBC4), June 9, 2025`,
    );
  });

  it('gives a law’s citation and enactment date, a case’s citation, court and decision date', () => {
    const lawUrl = data.sources.get(data.laws.get(SB54)!.primarySource)!.url;
    expect(markdownFor(data, 'law', SB54)).toBe(
      `[California Values Act (SB 54, 2017)](${lawUrl}) — Cal. Gov. Code §§7284–7284.12 (added by SB 54, ch. 495, Stats. 2017; SB 54 also amended §§7282 and 7282.5), October 5, 2017`,
    );
    const caseUrl = data.sources.get(data.cases.get(PRINTZ)!.primarySource)!.url;
    expect(markdownFor(data, 'case', PRINTZ)).toBe(
      `[Printz v. United States](${caseUrl}) — 521 U.S. 898 (1997), Supreme Court of the United States, June 27, 1997`,
    );
  });

  it('has nothing for a place', () => {
    expect(markdownFor(data, 'jurisdiction', 'us-ca-glendale')).toBe('');
  });
});

describe('markdownLine, read by markdown-it', () => {
  it('renders as one link whose text and address are the title and URL, however awkward', () => {
    const work: Work = {
      id: 'src-test',
      what: { of: 'source', kind: 'news' },
      title: 'Sheriff [sic] says *no* to ICE_holds & `detainers` <b>now</b>',
      publisher: 'The *Star* | [Daily]',
      date: '2025-06',
      url: 'https://example.org/wiki/Act_(2017) page?a=1&b=2',
      accessed: '2026-01-01',
    };
    const line = markdownLine(work);
    const tokens = markdown.parseInline(line, {})[0]!.children!;
    const open = tokens.find((t) => t.type === 'link_open')!;
    expect(open.attrGet('href')).toBe('https://example.org/wiki/Act_%282017%29%20page?a=1&b=2');
    const close = tokens.findIndex((t) => t.type === 'link_close');
    const linkText = tokens
      .slice(tokens.indexOf(open) + 1, close)
      .map((t) => t.content)
      .join('');
    expect(linkText).toBe(work.title);
    // No emphasis, code or HTML leaked out of the title or the publisher.
    expect(tokens.filter((t) => t.type !== 'text' && !t.type.startsWith('link_'))).toEqual([]);
    const after = tokens
      .slice(close + 1)
      .map((t) => t.content)
      .join('');
    expect(after).toBe(' — The *Star* | [Daily], June 2025');
  });

  it('escapes only ASCII punctuation Markdown reads as markup', () => {
    expect(escapeMarkdown('a [b] *c* _d_ `e` <f> & g | h — é')).toBe(
      'a \\[b\\] \\*c\\* \\_d\\_ \\`e\\` \\<f\\> \\& g \\| h — é',
    );
  });
});
