/**
 * The second half of extraction, for pages that mark no story body: Mozilla's Readability reads the HTML
 * the content script handed over. It runs where the detector runs (the background, the command line), on
 * linkedom's DOM, which works in a service worker; the page's own script never carries Readability.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from './article';
import { capText, clean, findDateline, hostOf } from './extract';

interface Readable {
  title: string;
  excerpt: string;
  siteName: string;
  paragraphs: string[];
}

/**
 * `article` with its text read from its HTML when it came without one; unchanged when it has no HTML.
 * What the page itself stated (its title, description, publisher) wins over Readability's guesses.
 */
export function completeArticle(article: ExtractedArticle): ExtractedArticle {
  if (article.html === undefined) return article;
  const { html, ...rest } = article;
  const document = parseDocument(html);
  // Readability's cost grows steeply with depth (seconds at 500 levels, minutes at 2,000); story pages
  // nest a few dozen levels, so a deeper tree is read by the plain fallback.
  const readable = document && depthOf(document) <= MAX_READABLE_DEPTH ? parseReadable(document) : undefined;
  const paragraphs = readable?.paragraphs ?? (document ? fallbackParagraphs(document) : []);
  return {
    ...rest,
    title: rest.title || clean(readable?.title ?? ''),
    description: rest.description || clean(readable?.excerpt ?? ''),
    publisher: readable?.siteName && rest.publisher === hostOf(rest.url) ? clean(readable.siteName) : rest.publisher,
    dateline: rest.dateline || findDateline(paragraphs),
    text: capText(paragraphs.join('\n\n')),
  };
}

/** The deepest a page may nest for Readability to read it. */
export const MAX_READABLE_DEPTH = 120;

/** Nesting depth of `doc`'s elements, counted without recursion (a hostile page may nest thousands deep). */
function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_READABLE_DEPTH) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Scripts and styles are never story text; dropping them first makes a page's HTML much cheaper to parse. */
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

function parseDocument(html: string): Document | undefined {
  try {
    html = html.replace(SCRIPT_OR_STYLE, '');
    // linkedom's Document is not typed as the DOM's, but offers what Readability and this module use.
    return parseHTML(html).document as unknown as Document;
  } catch {
    return undefined;
  }
}

function parseReadable(doc: Document): Readable | undefined {
  try {
    // The serializer hands back the article's node itself, which is read for text and never attached.
    const result = new Readability<Element>(doc, {
      charThreshold: 300,
      serializer: (node) => node as Element,
    }).parse();
    if (!result?.content) return undefined;
    return {
      title: result.title ?? '',
      excerpt: result.excerpt ?? '',
      siteName: result.siteName ?? '',
      paragraphs: blocksOf(result.content),
    };
  } catch {
    return undefined;
  }
}

function blocksOf(root: ParentNode): string[] {
  const blocks = Array.from(root.querySelectorAll('p, h2, h3, li, blockquote'))
    .filter((el) => !el.querySelector('p'))
    .map((el) => clean(el.textContent ?? ''))
    .filter((t) => t.length > 0);
  return blocks.length > 0 ? blocks : [clean((root as Element).textContent ?? '')];
}

function fallbackParagraphs(doc: Document): string[] {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return root ? blocksOf(root) : [];
}
