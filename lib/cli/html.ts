/** Parses saved HTML into a Document in Node, so the browser's gate and extraction run unchanged. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage, type PageReading } from '../detect/page';
import { completeArticle } from '../detect/readable';

/**
 * Reads an HTML string as Footnote reads a page — the content script's gate and extraction, then the
 * background's Readability reading when the page marks no story body. Scripts are not run; nothing is fetched.
 */
export function readHtml(html: string, url: string): PageReading {
  // A quiet console: jsdom's complaints about page CSS it cannot parse are not the reader's business.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const reading = readPage(dom.window.document, url);
    return reading.pass ? { ...reading, article: completeArticle(reading.article) } : reading;
  } finally {
    try {
      dom.window.close();
    } catch {
      // jsdom's teardown recurses through the tree and overflows on pages thousands of levels deep;
      // the reading is done by then, and the window is garbage either way.
    }
  }
}
