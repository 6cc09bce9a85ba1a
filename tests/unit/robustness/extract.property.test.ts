/**
 * Robustness of reading a page: random and hostile HTML through the gate and extraction (`readPage`, as
 * the content script runs it, and `readHtml`, as the command-line tool does). Whatever the page, the
 * reading never throws, answers "not an article" or an article of plain strings with its text capped,
 * leaves the page exactly as it was, and finishes in bounded time.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHtml } from '../../../lib/cli/html';
import { buildDetectionIndex, detect, type DetectionIndex } from '../../../lib/detect/engine';
import { MAX_TEXT_CHARS } from '../../../lib/detect/extract';
import { readPage, type PageReading } from '../../../lib/detect/page';
import { bundledIndex } from '../helpers';
import { BIDI, HangGuard, ODD, prose, RUNS, SCRIPT_LIKE, ZERO_WIDTH } from './arbitraries';

let index: DetectionIndex;
const guard = new HangGuard({ largeChars: 100_000, largeMs: 3_000, anyMs: 5_000, averageMs: 250 });
const URL = 'https://news.example/2025/06/10/story';
const PLACES = ['Glendale', 'Glendale, Calif.', 'Los Angeles County', 'condado de Harris', 'Phoenix', 'California'];

beforeAll(async () => {
  index = buildDetectionIndex(await bundledIndex());
});

/** A document as the browser would hold it, for the checks that need the Document itself. */
function parse(html: string): JSDOM {
  return new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() });
}

/** Releases a jsdom window; jsdom's own teardown recurses per level and overflows on very deep trees. */
function close(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // Not Footnote's code: see the known-defect test for readHtml below.
  }
}

/** The reading's documented shape: a failed gate with its reason, or an article of plain, bounded strings. */
function expectWellFormed(reading: PageReading): void {
  expect(typeof reading.pass).toBe('boolean');
  expect(typeof reading.reason).toBe('string');
  if (!reading.pass) return;
  const a = reading.article;
  for (const key of ['url', 'title', 'description', 'dateline', 'publisher', 'published', 'lang', 'text'] as const)
    expect(typeof a[key], key).toBe('string');
  expect(a.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  expect(a.published).toMatch(/^(?:\d{4}-\d{2}-\d{2})?$/);
  expect(a.lang).not.toMatch(/[-A-Z]/);
  // Title, description and publisher are cleaned: one space between words, none at the ends.
  for (const key of ['title', 'description', 'publisher'] as const)
    expect(a[key]).toBe(a[key].replace(/\s+/g, ' ').trim());
  // What extraction hands over, detection must accept.
  const result = detect(a, index);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(1);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'b',
  'table',
  'tr',
  'td',
  'template',
  'noscript',
  'svg',
  'foreignObject',
  'math',
  'mi',
  'style',
  'textarea',
  'select',
  'pre',
  'time',
  'form',
  'iframe',
  'object',
  'xmp',
];
/** The class names and attributes extraction looks for, so random trees reach its branches. */
const ATTRIBUTES = [
  'class="article-body"',
  'class="story-body"',
  'class="entry-content"',
  'class="nota"',
  'itemprop="articleBody"',
  'class="related-links"',
  'class="promo"',
  'class="share-tools"',
  'class="ad-slot"',
  'class="byline"',
  'class="caption"',
  'role="complementary"',
  'aria-hidden="true"',
  'lang="es"',
  'datetime="2025-06-10T06:00:00Z"',
  'dir="rtl"',
  'hidden',
];

const attribute: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ATTRIBUTES),
  fc
    .tuple(fc.constantFrom('class', 'id', 'data-x', 'title', 'style', 'onclick'), fc.string({ maxLength: 40 }))
    .map(([name, value]) => `${name}="${escape(value)}"`),
);

const text = fc.oneof(
  prose(PLACES, 40).map(escape),
  prose(PLACES, 40), // unescaped: stray "<" and "&" in the text
  fc.constantFrom(...SCRIPT_LIKE, ...ODD, ...ZERO_WIDTH, ...BIDI),
);

/** Random element trees: mostly well-formed, with the parser left to fix what is not. */
const { tree } = fc.letrec<{ tree: string; element: string }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie('tree'), { maxLength: 6 }),
      closed: fc.boolean(),
    })
    .map(
      ({ tag, attributes, children, closed }) =>
        `<${tag}${attributes.map((a) => ` ${a}`).join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
}));

/** Fragments that have broken HTML parsers and the code after them: unclosed, misnested, foreign content. */
const FRAGMENTS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<p',
  '<article>',
  '</article>',
  '<!--',
  '-->',
  '<![CDATA[ICE <p>detainers</p>]]>',
  ']]>',
  '<svg><foreignObject><p>Glendale ICE</p></foreignObject><title>ICE</title></svg>',
  '<math><mi><table><tr><td><p>sanctuary</p></td></tr></table></mi></math>',
  '<table><p>misnested</p><tr><td>cell',
  '</p></p></p>',
  '<template><p>inert ICE</p></template>',
  '<noscript><p>no script ICE</p></noscript>',
  '&amp;',
  '&lt;script&gt;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&nbsp',
  '&ZeroWidthSpace;',
  '&rlm;',
  '&unknownentity;',
  '<script>document.write("<p>")</script>',
  '<style>p { display: none }</style>',
  '<plaintext>',
  '<frameset>',
  '<base href="javascript:alert(1)">',
  '<li><li><li>',
  '<h1>Glendale ends ICE contract',
  '\u0000',
];

const soup = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 2, arbitrary: text }, tree), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** JSON-LD: valid, truncated, wrong-typed, or arbitrary JSON, sometimes ending the script early. */
const jsonLd = fc.oneof(
  fc.constantFrom(
    '{"@type": "NewsArticle", "headline":',
    '{"@type": "NewsArticle", "headline": "Glendale ends ICE contract"}',
    '[{"@type": "NewsArticle", "headline": null, "publisher": "Ledger"}]',
    '{"@graph": {}}',
    '{"@graph": 5}',
    '{"@graph": "NewsArticle"}',
    '{"@graph": [null, 1, "x", {"@type": "NewsArticle", "headline": ["a"]}]}',
    '{"@type": {"toString": 1}}',
    '{"@type": ["NewsArticle", {"x": 1}], "datePublished": 20250610}',
    '{"@type": "NewsArticle", "publisher": {"name": {"toString": 1}}}',
    `{"@type": [${'"x", '.repeat(500)}`,
    'null',
    '',
    '{',
    '</script><script>alert(1)</script>',
    '<!-- {"@type": "NewsArticle"} -->',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        '@type': fc.oneof(fc.constantFrom('NewsArticle', 'Article', 'ReportageNewsArticle'), fc.jsonValue()),
        headline: fc.oneof(prose(PLACES, 10), fc.jsonValue()),
        publisher: fc.jsonValue(),
        datePublished: fc.oneof(fc.string(), fc.jsonValue()),
        '@graph': fc.jsonValue(),
      },
      { requiredKeys: ['@type'] },
    )
    .map((v) => JSON.stringify(v)),
);

const head = fc
  .record({
    lang: fc.constantFrom('en', 'es', 'en-US', 'ES', '', '"><script>', '\u202een'),
    title: fc.oneof(fc.constant('Glendale ends ICE jail contract'), prose(PLACES, 10)),
    ogArticle: fc.boolean(),
    description: fc.oneof(fc.constant(''), prose(PLACES, 15)),
    published: fc.oneof(fc.constant('2025-06-10T06:00:00-07:00'), fc.string({ maxLength: 30 })),
    jsonLd: fc.array(jsonLd, { maxLength: 2 }),
  })
  .map(
    (h) =>
      `<html lang="${escape(h.lang)}"><head><meta charset="utf-8"><title>${escape(h.title)}</title>` +
      (h.ogArticle ? '<meta property="og:type" content="article">' : '') +
      `<meta name="description" content="${escape(h.description)}">` +
      `<meta property="article:published_time" content="${escape(h.published)}">` +
      h.jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`).join('') +
      '</head>',
  );

const STORY =
  '<p>GLENDALE, Calif. — The city council voted to end its contract with U.S. Immigration and Customs Enforcement to hold ICE detainees in the city jail, a 2007 arrangement the police department said had been grandfathered under state law.</p>'.repeat(
    4,
  );

/** A whole page: random head and body, often with a real story somewhere, so extraction runs, not only the gate. */
const page = fc
  .record({ head, body: soup, story: fc.boolean(), storyFirst: fc.boolean(), doctype: fc.boolean() })
  .map(
    ({ head, body, story, storyFirst, doctype }) =>
      `${doctype ? '<!doctype html>' : ''}${head}<body>${story && storyFirst ? STORY : ''}${body}${story && !storyFirst ? STORY : ''}</body></html>`,
  );

describe('reading random and hostile pages', () => {
  it('never throws; answers "not an article" or an article of plain strings with the text capped', () => {
    fc.assert(
      fc.property(page, (html) => {
        expectWellFormed(guard.time(html.length, () => readHtml(html, URL)));
      }),
      { numRuns: RUNS.small },
    );
  }, 60_000);

  it('leaves the page exactly as it found it', () => {
    fc.assert(
      fc.property(page, (html) => {
        const dom = parse(html);
        try {
          const before = dom.serialize();
          expectWellFormed(readPage(dom.window.document, URL));
          expect(dom.serialize()).toBe(before);
        } finally {
          close(dom);
        }
      }),
      { numRuns: RUNS.medium },
    );
  }, 60_000);

  it('reads any JSON-LD without throwing, and takes a headline from it only when it is a string', () => {
    fc.assert(
      fc.property(jsonLd, fc.boolean(), (ld, ogArticle) => {
        const html = `<!doctype html><html lang="en"><head><title>Glendale ends ICE jail contract</title>${
          ogArticle ? '<meta property="og:type" content="article">' : ''
        }<script type="application/ld+json">${ld}</script></head><body><main>${STORY}</main></body></html>`;
        const reading = readHtml(html, URL);
        expectWellFormed(reading);
        // A story that passes the gate is never lost to its JSON-LD: extraction does not fail over it.
        expect(reading.reason).not.toMatch(/extraction failed/);
      }),
      { numRuns: RUNS.medium },
    );
  }, 60_000);
});

describe('reading targeted hostile pages', () => {
  const shell = (body: string, headExtra = '') =>
    `<!doctype html><html lang="en"><head><title>Glendale ends ICE jail contract</title><meta property="og:type" content="article">${headExtra}</head><body>${body}</body></html>`;

  /** readPage on a Document built here, timed, with jsdom's teardown kept out of the verdict. */
  function readTimed(html: string, limitMs: number): PageReading {
    const dom = parse(html);
    try {
      const started = performance.now();
      const reading = readPage(dom.window.document, URL);
      expect(performance.now() - started).toBeLessThan(limitMs);
      expectWellFormed(reading);
      return reading;
    } finally {
      close(dom);
    }
  }

  it('reads a story 5,000 <div>s deep, inside and outside an <article>', () => {
    for (const wrap of [(b: string) => `<article>${b}</article>`, (b: string) => b]) {
      const reading = readTimed(shell(wrap(`${'<div>'.repeat(5_000)}${STORY}${'</div>'.repeat(5_000)}`)), 5_000);
      expect(reading.pass).toBe(true);
    }
  }, 60_000);

  // Regression: each block's closest() re-matched every ancestor against twenty selectors, so 1,000
  // nested quotes took about 10 s (in jsdom) before the story's paragraphs were read; now well under 1 s.
  it('reads 1,000 nested <blockquote>s and <li>s in a story body in bounded time', () => {
    for (const tag of ['blockquote', 'li']) {
      const nested = `${`<${tag}>`.repeat(1_000)}ICE${`</${tag}>`.repeat(1_000)}`;
      const reading = readTimed(shell(`<div class="article-body">${STORY}${nested}</div>`), 3_000);
      expect(reading.pass).toBe(true);
    }
  }, 60_000);

  // 200 rounds of twelve is 2,400 open elements; jsdom's own parser overflows its stack near 20,000.
  it('reads 200 rounds of unclosed tags of every kind', () => {
    const unclosed = '<div><p><span><b><i><table><tr><td><ul><li><blockquote><section>'.repeat(200);
    readTimed(shell(`<article>${STORY}${unclosed}`), 5_000);
    readTimed(shell(`${unclosed}${STORY}`), 5_000);
  }, 60_000);

  it('reads a story whose only JSON-LD is truncated: the other signals still work', () => {
    const reading = readTimed(
      shell(
        `<article>${STORY}</article>`,
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline":</script>',
      ),
      2_000,
    );
    expect(reading.pass && reading.article.title).toBe('Glendale ends ICE jail contract');
  });

  // Regression: valid JSON of the wrong shape threw inside extraction, and the page lost its sidebar.
  it.each([
    ['an object "@graph"', '{"@type": "NewsArticle", "headline": "Glendale ends ICE contract", "@graph": {}}'],
    ['a number "@graph"', '{"@graph": 5}'],
    ['an "@type" that cannot become a string', '{"@type": {"toString": 1}, "headline": "x"}'],
  ])('extracts a story whose JSON-LD has %s', (_, ld) => {
    const reading = readTimed(
      shell(`<article>${STORY}</article>`, `<script type="application/ld+json">${ld}</script>`),
      2_000,
    );
    expect(reading.pass).toBe(true);
    if (reading.pass) expect(reading.article.text).toContain('Immigration and Customs Enforcement');
  });

  // Regression: the gate's JSON-LD type pattern scanned to the end of the script from every unclosed
  // `"@type": [`, quadratic in the script's length (2 s at 144 KB, minutes at 1 MB) on every page visited.
  it('gates a page with 300 KB of unclosed "@type" arrays in bounded time', () => {
    const ld = `<script type="application/ld+json">${'"@type": [ "x", '.repeat(20_000)}</script>`;
    const html = `<!doctype html><html><head><title>Council news</title>${ld}</head><body><p>Budget.</p></body></html>`;
    const reading = readTimed(html, 1_000);
    expect(reading.pass).toBe(false);
  });

  it('reads a 2 MB attribute value and a 2 MB single paragraph, capping the text', () => {
    readTimed(
      shell(`<article class="${'a'.repeat(2_000_000)}" data-x="${'&quot;'.repeat(100_000)}">${STORY}</article>`),
      3_000,
    );
    const huge = readTimed(
      shell(`<article><p>${'ICE detainees in the Glendale city jail. '.repeat(50_000)}</p></article>`),
      3_000,
    );
    expect(huge.pass && huge.article.text.length).toBe(MAX_TEXT_CHARS);
  }, 30_000);

  it('reads entities, CDATA and SVG/MathML soup as text, never as markup', () => {
    const body =
      `<article>${STORY}<p>&lt;script&gt;alert(1)&lt;/script&gt; &#0; &#xD800; &#x110000; &ZeroWidthSpace;&rlm; &nosuch;</p>` +
      '<![CDATA[<p>bogus comment</p>]]><svg><![CDATA[<p>svg cdata</p>]]><foreignObject><p>Inside SVG</p></foreignObject></svg>' +
      '<math><mi><table><tr><td><p>Inside MathML</p></td></tr></table></mi></math></article>';
    const reading = readTimed(shell(body), 2_000);
    expect(reading.pass).toBe(true);
    if (reading.pass) expect(reading.article.text).toContain('<script>alert(1)</script>');
  });

  it('reads zero-width and right-to-left characters in every field without throwing', () => {
    const marks = [...ZERO_WIDTH, ...BIDI].join('');
    const html = `<!doctype html><html lang="${marks}en"><head><title>${marks}Glendale${marks} ICE</title><meta property="og:type" content="article"><meta property="og:site_name" content="${marks}"><meta property="article:published_time" content="${marks}2025-06-10"></head><body><article>${STORY.replace(/ /g, ` ${marks}`)}</article></body></html>`;
    const reading = readTimed(html, 2_000);
    expect(reading.pass).toBe(true);
  });

  it('keeps the average reading well inside the hang bound', () => {
    expect(guard.averageMs).toBeLessThan(guard.averageLimitMs);
  });

  // Known defect, outside the files this change may touch: readHtml (lib/cli/html.ts) closes its jsdom
  // window in `finally`, and jsdom's teardown recurses once per level, so a page about 4,000+ levels
  // deep makes the command-line tool throw RangeError after a successful reading. The content script is
  // unaffected (browsers cap parser depth at 512, and readPage itself does not throw). The fix is to
  // ignore teardown errors in readHtml; when it lands, this test fails and should become a plain `it`.
  it('readHtml survives a page 5,000 levels deep (jsdom teardown overflows; readHtml ignores it)', () => {
    const reading = readHtml(shell(`${'<div>'.repeat(5_000)}${STORY}${'</div>'.repeat(5_000)}`), URL);
    expectWellFormed(reading);
  }, 60_000);
});
