// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAME, markTerms } from '../../../lib/sidebar/marks';

const TERMS = [
  { text: 'SB 54', lawId: 'law-sb54' },
  { text: 'California Values Act', lawId: 'law-sb54' },
  { text: '287(g)', lawId: 'law-287g' },
  { text: '287(g) agreement', lawId: 'law-287g' },
  { text: 'detainer', lawId: 'law-detainer' },
];

const STORY = `
  <nav><a href="/sb54">SB 54 explained</a></nav>
  <article>
    <h1>SB 54 in the headline</h1>
    <div class="article-body">
      <p>The city follows SB&nbsp;54, the California
        Values Act, and has no 287(g) agreement.</p>
      <p>A bill numbered <em>SB</em> <strong>54</strong> is split across elements; SB 540 is another bill.</p>
      <p>An immigration detainer is a request; detainers are several.</p>
      <aside class="related"><p>Related: SB 54 at five years</p></aside>
    </div>
  </article>
  <footer><p>SB 54 in the footer</p></footer>`;

/** The parts of the highlight API and constructed stylesheets jsdom lacks, as the browser has them. */
function withHighlightApi() {
  class Highlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const highlights = new Map<string, Highlight>();
  vi.stubGlobal('Highlight', Highlight);
  vi.stubGlobal('CSS', { highlights });
  let adopted: CSSStyleSheet[] = [];
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => adopted,
    set: (sheets: CSSStyleSheet[]) => (adopted = sheets),
  });
  return { highlights, adopted: () => adopted };
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  document.body.innerHTML = '';
});

describe('markTerms', () => {
  it('is a quiet no-op where the browser has no CSS.highlights', () => {
    document.body.innerHTML = STORY;
    const before = document.body.innerHTML;
    expect(markTerms(document, TERMS, () => {})).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks the terms in the story body only, across elements and line breaks, longest first, whole words', () => {
    const api = withHighlightApi();
    document.body.innerHTML = STORY;
    const before = document.body.innerHTML;
    const marks = markTerms(document, TERMS, () => {})!;
    const ranges = [...api.highlights.get(HIGHLIGHT_NAME)!];
    expect(ranges.map((r) => r.toString().replace(/\s+/g, ' '))).toEqual([
      'SB 54',
      'California Values Act',
      '287(g) agreement',
      'SB 54',
      'detainer',
    ]);
    // Not in the headline, nav, rail or footer; "SB 540" and "detainers" are other words.
    for (const range of ranges) expect(range.startContainer.parentElement!.closest('.article-body p')).not.toBeNull();
    expect(marks.count('law-sb54')).toBe(3);
    expect(marks.count('law-287g')).toBe(1);
    expect(api.adopted()).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
  });

  it('shows a mention by selecting it, wrapping around, and clears everything it added', () => {
    const api = withHighlightApi();
    document.body.innerHTML = STORY;
    Element.prototype.scrollIntoView = vi.fn();
    const marks = markTerms(document, TERMS, () => {})!;
    marks.show('law-sb54', 1);
    expect(document.getSelection()!.toString().replace(/\s+/g, ' ')).toBe('California Values Act');
    marks.show('law-sb54', 3);
    expect(document.getSelection()!.toString()).toBe('SB\u00a054');
    marks.clear();
    expect(api.highlights.has(HIGHLIGHT_NAME)).toBe(false);
    expect(api.adopted()).toHaveLength(0);
  });

  it('returns undefined when the story names none of the terms', () => {
    withHighlightApi();
    document.body.innerHTML = '<article><p>A story about parks and libraries.</p></article>';
    expect(markTerms(document, TERMS, () => {})).toBeUndefined();
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
