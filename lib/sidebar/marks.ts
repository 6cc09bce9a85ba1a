/**
 * Marks the laws' names and key terms in the article without touching its DOM: Range objects in a CSS
 * Custom Highlight, styled by a constructed stylesheet the document adopts (exempt from the page's CSP,
 * like the sidebar's own). Clicking a marked term opens its law's card. Highlights cannot take focus, so
 * the keyboard route runs the other way: each law card counts its mentions and shows them in the page.
 * Where the browser has no CSS.highlights there are no marks, and nothing else changes.
 */
import type { ArticleTerm } from '../context/model';
import { MAX_TEXT_CHARS } from '../detect/article';
import { storyBlocks, storyRoot } from '../detect/extract';

/** The highlight's name in `CSS.highlights`, and in the `::highlight()` rule. */
export const HIGHLIGHT_NAME = 'footnote-term';

/** A tint and a dotted underline: visible on light and dark pages, and the text keeps the page's colour. */
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(255,196,0,.28);text-decoration:underline dotted rgba(150,100,0,.9) 2px;text-underline-offset:3px}`;

/** Enough for any story; a page stuffed with names stops here. */
const MAX_MARKS = 300;

/** What the sidebar can ask of the marks: how often a law is named, and to show one mention. */
export interface ArticleMentions {
  count(lawId: string): number;
  /** Selects the `index`th mention (wrapping) in the page and scrolls it into view. */
  show(lawId: string, index: number): void;
}

export interface TermMarks extends ArticleMentions {
  /** Removes the highlight, its stylesheet and the click listener. */
  clear(): void;
}

/**
 * Marks `terms` in the story's text and calls `onActivate` with a law's id when the reader clicks one.
 * Undefined when the browser has no highlight API or nothing was found.
 */
export function markTerms(
  doc: Document,
  terms: readonly ArticleTerm[],
  onActivate: (lawId: string) => void,
): TermMarks | undefined {
  const view = doc.defaultView;
  if (!view || typeof view.Highlight !== 'function' || !view.CSS?.highlights || terms.length === 0) return undefined;
  const ranges = findRanges(doc, terms);
  if (ranges.length === 0) return undefined;

  // The stylesheet first: if the document refuses it, nothing has been registered yet.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets.push(sheet);
  const highlight = new view.Highlight(...ranges.map(([range]) => range));
  view.CSS.highlights.set(HIGHLIGHT_NAME, highlight);

  const aborts = new AbortController();
  doc.addEventListener(
    'click',
    (event) => {
      // A drag that selects text, or a click on a link or control, is the page's business.
      const target = event.target;
      if (event.button !== 0 || !doc.getSelection()?.isCollapsed || !(target instanceof view.Element)) return;
      if (target.closest('a[href],button,input,select,textarea,label,[contenteditable]')) return;
      // The target must hold the term: the sidebar or an overlay above the text is not the text.
      const hit = ranges.find(
        ([range]) =>
          range.intersectsNode(target) &&
          Array.from(range.getClientRects()).some(
            (box) =>
              event.clientX >= box.left &&
              event.clientX <= box.right &&
              event.clientY >= box.top &&
              event.clientY <= box.bottom,
          ),
      );
      if (hit) onActivate(hit[1]);
    },
    { capture: true, passive: true, signal: aborts.signal },
  );

  const of = (lawId: string) => ranges.filter(([, id]) => id === lawId).map(([range]) => range);
  return {
    count: (lawId) => of(lawId).length,
    show(lawId, index) {
      const mentions = of(lawId);
      const range = mentions[index % mentions.length];
      if (!range) return;
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range.cloneRange());
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    clear() {
      aborts.abort();
      if (view.CSS.highlights.get(HIGHLIGHT_NAME) === highlight) view.CSS.highlights.delete(HIGHLIGHT_NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Every occurrence of a term in the story's blocks, in document order, with the law it names. */
function findRanges(doc: Document, terms: readonly ArticleTerm[]): [Range, string][] {
  const lawOf = new Map(terms.map((t) => [t.text, t.lawId]));
  // Longest first, so "287(g) agreement" wins over "287(g)"; any run of white space matches a space.
  const alternatives = [...lawOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  const root = storyRoot(doc) ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return [];
  const found: [Range, string][] = [];
  let last: Element | undefined;
  let chars = 0;
  for (const block of storyBlocks(root)) {
    // A list inside a quote is read once, as part of the quote (descendants follow their ancestor).
    if (last?.contains(block)) continue;
    last = block;
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
    }
    chars += text.length;
    if (chars > MAX_TEXT_CHARS) break;
    for (const match of text.matchAll(pattern)) {
      const lawId = lawOf.get(match[0].replace(/\s+/g, ' '));
      if (!lawId) continue;
      const range = doc.createRange();
      const start = locate(starts, match.index, false);
      const end = locate(starts, match.index + match[0].length, true);
      range.setStart(nodes[start]!, match.index - starts[start]!);
      range.setEnd(nodes[end]!, match.index + match[0].length - starts[end]!);
      found.push([range, lawId]);
      if (found.length >= MAX_MARKS) return found;
    }
  }
  return found;
}

/** The index of the text node holding `offset`; an end offset belongs to the node it closes. */
function locate(starts: number[], offset: number, isEnd: boolean): number {
  let index = 0;
  while (index + 1 < starts.length && (isEnd ? starts[index + 1]! < offset : starts[index + 1]! <= offset)) index++;
  return index;
}
