/** Gate, then extract: how every caller (content script, CLI, tests) reads a page. */
import type { ExtractedArticle } from './article';
import { extractArticle } from './extract';
import { gate } from './gate';
import { errorMessage } from '../format/error';

export type PageReading = { pass: false; reason: string } | { pass: true; reason: string; article: ExtractedArticle };

/** Reads `doc` as Footnote does: pages that fail the gate are not extracted at all. */
export function readPage(doc: Document, url: string): PageReading {
  const verdict = gate(doc);
  if (!verdict.pass) return verdict as PageReading;
  try {
    return { pass: true, reason: verdict.reason, article: extractArticle(doc, url) };
  } catch (error) {
    return { pass: false, reason: `extraction failed: ${errorMessage(error)}` };
  }
}
