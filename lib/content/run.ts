/**
 * The content script's work on one page: gate, extract, ask the background, mount the sidebar when
 * the article is relevant. Pages that fail the gate are left untouched: no element, no message.
 */
import { readPage } from '../detect/page';
import { sendMessage } from '../messaging';
import { mountSidebar, type SidebarHost } from '../sidebar/host';

export interface PageRun {
  /** What happened, for debugging and tests: "gate: not an article", "not relevant", "shown". */
  outcome: string;
  host?: SidebarHost;
}

/** Runs Footnote once on `doc`. Never throws: a failure leaves the page as it was. */
export async function runOnPage(doc: Document, url: string, css: string, isActive: () => boolean): Promise<PageRun> {
  const reading = readPage(doc, url);
  if (!reading.pass) return { outcome: `gate: ${reading.reason}` };
  const reply = await sendMessage('detectArticle', reading.article);
  if (!reply.ok) return { outcome: `background: ${reply.error}` };
  const sidebar = reply.value.sidebar;
  if (!sidebar) return { outcome: 'not relevant' };
  if (!isActive()) return { outcome: 'page changed before the answer arrived' };
  return { outcome: 'shown', host: mountSidebar(doc, sidebar, { css }) };
}
