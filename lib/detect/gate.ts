/**
 * The content script's first step: cheap, synchronous, and silent. A page passes only if it looks like
 * an article and its title, description or opening mentions immigration enforcement; every other page
 * is left exactly as it was.
 */

export interface GateResult {
  pass: boolean;
  /** Which article signal was seen, or why the page failed. */
  reason: string;
}

/**
 * Cheap triggers, English and Spanish: any of these in the title, description or lead. They live here
 * rather than in lexicon.ts so the content script does not bundle the classifier's term tables.
 */
const GATE_ACRONYMS = /\b(?:ICE|DHS)\b|287\(?g\)?/;
const GATE_WORDS =
  /immigra|inmigra|migra|deport|sanctuary|santuario|detainer|undocumented|indocumentad|homeland security|seguridad nacional|border patrol/i;

// An array of types is a few words long; bounding it keeps a page of unclosed `"@type": [` linear, not quadratic.
const ARTICLE_TYPES =
  /"@type"\s*:\s*(?:\[[^\]]{0,200})?"(?:News|Reportage|Analysis|Opinion|Background|Report)?Article"/;
/** How many paragraphs the gate reads, at most, looking for long-form text. */
const MAX_PARAGRAPHS_SCANNED = 60;
/** Enough of the opening to find a trigger without reading the whole page. */
const LEAD_CHARS = 1500;

/** Reads only head metadata and the first paragraphs; never walks the whole DOM. */
export function gate(doc: Document): GateResult {
  const signal = articleSignal(doc);
  if (!signal) return { pass: false, reason: 'not an article' };
  const head = [doc.title, meta(doc, 'og:title'), meta(doc, 'description'), meta(doc, 'og:description')].join(' ');
  if (GATE_ACRONYMS.test(head) || GATE_WORDS.test(head))
    return { pass: true, reason: `${signal}; trigger in title or description` };
  const lead = leadText(doc);
  if (GATE_ACRONYMS.test(lead) || GATE_WORDS.test(lead))
    return { pass: true, reason: `${signal}; trigger in the opening` };
  return { pass: false, reason: 'no immigration-enforcement term in the title or opening' };
}

function articleSignal(doc: Document): string | undefined {
  const ogType = meta(doc, 'og:type');
  if (/^article$/i.test(ogType)) return 'og:type article';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return 'JSON-LD article';
  }
  // Home pages wrap every teaser in <article>: only a single <article> marks a story page.
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0]!.querySelector('p')) return '<article> element';
  // No markup says "article": accept a page whose text has several long paragraphs (more on a page
  // that calls itself a website, as section fronts do).
  const needed = /^website$/i.test(ogType) ? 5 : 3;
  const paragraphs = doc.getElementsByTagName('p');
  // A story's long paragraphs come early; a page that has none in its first 60 is not one.
  const scan = Math.min(paragraphs.length, MAX_PARAGRAPHS_SCANNED);
  let long = 0;
  for (let i = 0; i < scan; i++) {
    if ((paragraphs[i]!.textContent ?? '').length > 200 && ++long >= needed) return 'long-form text';
  }
  return undefined;
}

function leadText(doc: Document): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  let text = '';
  for (const el of root.querySelectorAll('h1, p')) {
    text += ` ${el.textContent ?? ''}`;
    if (text.length > LEAD_CHARS) break;
  }
  return text;
}

/** The content of `<meta name|property=key>`, or "". */
export function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() ?? '';
}
