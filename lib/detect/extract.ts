/**
 * Reads an article off a page: title, dateline, publisher, date, language and main text. Runs only after
 * the gate has passed, and never modifies the page. Most news pages mark their story body; a page that
 * does not is handed over as HTML for Readability to read in the background (lib/detect/readable.ts).
 */
import { MAX_HTML_CHARS, MAX_TEXT_CHARS, type ExtractedArticle } from './article';

import { meta } from './gate';

/** Re-exported for callers that think of the cap as extraction's. */
export { MAX_TEXT_CHARS };

/**
 * "GLENDALE, Calif. —", "Glendale, Calif. —" (capitals applied by CSS), "SAN FRANCISCO (AP) —". A place
 * without a state must be in capitals, or any sentence opening with a name and a dash would qualify.
 */
const DATELINE =
  /^\s*([A-ZÁÉÍÓÚÑ][\p{L}.'’ -]{1,40}?)(,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|--)\s*/u;

/** Extracts the article from `doc`; `url` is the page's address. */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const jsonLd = readJsonLd(doc);
  // Reading a marked story body costs a few milliseconds; Readability on the whole page costs tens, and
  // its code would weigh on every page's script, so it runs in the background and only when needed.
  const paragraphs = storyParagraphs(doc);
  const title = meta(doc, 'og:title') || jsonLd.headline || doc.querySelector('h1')?.textContent?.trim() || doc.title;
  return {
    url,
    title: clean(title),
    description: clean(meta(doc, 'description') || meta(doc, 'og:description') || ''),
    dateline: paragraphs ? findDateline(paragraphs) : '',
    publisher: clean(meta(doc, 'og:site_name') || jsonLd.publisher || hostOf(url)),
    published: isoDay(
      meta(doc, 'article:published_time') ||
        jsonLd.datePublished ||
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
        '',
    ),
    lang: (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '',
    text: paragraphs ? capText(paragraphs.join('\n\n')) : '',
    ...(paragraphs ? {} : { html: pageHtml(doc) }),
  };
}

/** The page as HTML for the background's Readability reading, capped so a giant page stays a bounded message. */
function pageHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  return html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
}

/** Containers news sites put their story body in, most specific first. */
const STORY_BODY =
  '[itemprop="articleBody"], .article-body, .articleBody, .story-body, .story-text, .entry-content, .post-content, .article-content, .nota';
/** Blocks inside a story that are not the story: rails, promos, captions, embedded lists of headlines. */
const NOT_STORY =
  // (Not [class*="ad-"]: it would also match "lead-" and "head-".)
  'aside,nav,figure,footer,header,form,[aria-hidden="true"],[class*="related"],[class*="newsletter"],[class*="promo"],[class*="share"],[class*="comment"],[class*="trending"],[class*="more-news"],[class*="byline"],[class*="caption"]';
/** Less than this, and the container is probably a teaser: let Readability decide. */
const MIN_STORY_CHARS = 600;

/** The story's paragraphs from its marked container (a single <article>, or a story-body class), if any. */
function storyParagraphs(doc: Document): string[] | undefined {
  const root = storyRoot(doc);
  if (!root) return undefined;
  const paragraphs: string[] = [];
  let chars = 0;
  for (const block of storyBlocks(root)) {
    const text = clean(block.textContent ?? '');
    if (text.length === 0) continue;
    paragraphs.push(text);
    chars += text.length;
    if (chars > MAX_TEXT_CHARS) break;
  }
  return chars >= MIN_STORY_CHARS ? paragraphs : undefined;
}

/** The page's marked story container: a story-body class, or its one <article>. */
export function storyRoot(doc: Document): Element | undefined {
  const articles = doc.getElementsByTagName('article');
  return doc.querySelector(STORY_BODY) ?? (articles.length === 1 ? articles[0] : undefined);
}

/** The blocks of the story under `root` that extraction reads: paragraphs, subheads, list items, quotes. */
export function* storyBlocks(root: Element): Generator<Element> {
  const outside = notStoryWithin(root);
  for (const block of root.querySelectorAll('p, h2, h3, li, blockquote')) {
    if (outside(block) || block.querySelector('p')) continue;
    yield block;
  }
}

/**
 * Whether a block inside `root` sits in a not-story block (a rail, a promo, a caption). Matches the
 * selector list once per subtree and remembers each element's answer: `closest()` from every block
 * re-matched every ancestor, which made deeply nested blocks cost seconds.
 */
function notStoryWithin(root: Element): (block: Element) => boolean {
  // A story body inside a rail is still the story the page chose to mark.
  if (root.closest(NOT_STORY)) return () => false;
  const marked = new Set(root.querySelectorAll(NOT_STORY));
  const known = new Map<Element, boolean>();
  return (block) => {
    const path: Element[] = [];
    let verdict = false;
    for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        verdict = seen;
        break;
      }
      path.push(el);
      if (marked.has(el)) {
        verdict = true;
        break;
      }
    }
    for (const el of path) known.set(el, verdict);
    return verdict;
  };
}

/** The opening place line of a story ("GLENDALE, Calif."), from its first paragraphs. */
export function findDateline(paragraphs: string[]): string {
  for (const p of paragraphs.slice(0, 3)) {
    const match = DATELINE.exec(p);
    const place = match?.[1]?.trim();
    if (!match || !place) continue;
    if (match[2] || place === place.toUpperCase()) return `${place}${match[2] ?? ''}`.trim();
  }
  return '';
}

interface JsonLdFacts {
  headline?: string;
  publisher?: string;
  datePublished?: string;
}

function readJsonLd(doc: Document): JsonLdFacts {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Malformed JSON-LD is common; the other signals still work.
    }
    // Valid JSON of the wrong shape ("@graph": {}, "@type": {"toString": 1}) is skipped like malformed JSON.
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph'];
    const nodes: unknown[] = Array.isArray(data) ? data : [data, ...(Array.isArray(graph) ? graph : [])];
    for (const node of nodes as Record<string, unknown>[]) {
      if (!node || typeof node !== 'object' || !/Article/.test(typeText(node['@type']))) continue;
      const publisher = node.publisher as { name?: unknown } | undefined;
      return {
        headline: typeof node.headline === 'string' ? node.headline : undefined,
        publisher: typeof publisher?.name === 'string' ? publisher.name : undefined,
        datePublished: typeof node.datePublished === 'string' ? node.datePublished : undefined,
      };
    }
  }
  return {};
}

/** A JSON-LD `@type` as text: a string, or the strings of an array; anything else is no type. */
function typeText(type: unknown): string {
  if (typeof type === 'string') return type;
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string').join(',') : '';
}

/** `text` cut to the most Footnote reads. */
export function capText(text: string): string {
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
}

/** Whitespace runs as one space, none at the ends. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isoDay(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1] ?? '';
}

/** The host of `url` without "www."; "" for a malformed address. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
