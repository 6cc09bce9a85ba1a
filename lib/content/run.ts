/**
 * The content script's work on a page: gate, extract, ask the background, mount the sidebar when the
 * article is relevant — and again when a single-page app moves to another article, so the sidebar
 * follows the new story or goes away. Pages that fail the gate are left untouched: no element, no message.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPage } from '../detect/page';
import { sendMessage } from '../messaging';
import { mountSidebar, type SidebarHost } from '../sidebar/host';
import { markTerms, type TermMarks } from '../sidebar/marks';
import type { SidebarModel } from '../context/model';
import { activateStrings, type Locale, type Strings } from '../i18n/translate';

/** What one look at the page concluded; `outcome` says why, for debugging and tests. */
export interface PageVerdict {
  outcome: string;
  sidebar?: SidebarModel;
  /** Open the panel, or only the edge tab (the reader's setting, or a page below the confidence gate). */
  display?: 'open' | 'tab';
  /** The sidebar's language and words, as the background chose them. */
  locale?: Locale;
  strings?: Strings;
}

/** Gate, extract and ask the background. Never throws: a failure is a verdict without a sidebar. */
export async function judgePage(doc: Document, url: string): Promise<PageVerdict> {
  const reading = measured('footnote:read-page', () => readPage(doc, url));
  if (!reading.pass) return { outcome: `gate: ${reading.reason}` };
  const reply = await sendMessage('detectArticle', reading.article);
  if (!reply.ok) return { outcome: `background: ${reply.error}` };
  const { sidebar, display, locale, strings } = reply.value;
  return sidebar && display
    ? { outcome: `shown (${display})`, sidebar, display, locale, strings }
    : { outcome: 'not shown' };
}

/** Runs `work` as a User Timing measure, so the benchmark and DevTools can see what each step costs. */
function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/**
 * Resolves once `doc` has had no DOM changes for `quietMs`, or after `maxMs` at most. With
 * `untilChanged`, the quiet period only starts counting after the first change.
 */
export function settled(
  doc: Document,
  quietMs: number,
  maxMs: number,
  signal: AbortSignal,
  untilChanged = false,
): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView;
    if (!view) return resolve();
    let quietTimer = untilChanged ? undefined : view.setTimeout(finish, quietMs);
    const hardStop = view.setTimeout(finish, maxMs);
    const observer = new view.MutationObserver(() => {
      view.clearTimeout(quietTimer);
      quietTimer = view.setTimeout(finish, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', finish, { once: true });
    function finish() {
      observer.disconnect();
      view!.clearTimeout(quietTimer);
      view!.clearTimeout(hardStop);
      resolve();
    }
  });
}

/** How long to wait for a page that renders its story late, and for an app that swaps stories. */
export const TIMING = { quietMs: 300, lateBodyMs: 4000, navigationMs: 3000 } as const;

/** An app shell: hardly any paragraphs yet, so the story may still be on its way. */
function looksUnrendered(doc: Document): boolean {
  let paragraphs = 0;
  for (const p of doc.getElementsByTagName('p')) {
    if ((p.textContent ?? '').length > 80 && ++paragraphs >= 3) return false;
  }
  return true;
}

/** Runs Footnote on the page for the content script's lifetime. */
export function startOnPage(ctx: ContentScriptContext, doc: Document, css: string): void {
  let host: SidebarHost | undefined;
  let marks: TermMarks | undefined;
  let generation = 0;
  /** URLs whose sidebar the reader closed: not shown again until they navigate elsewhere. */
  const dismissed = new Set<string>();

  const show = async (waitMs: number, retryIfUnrendered = false) => {
    const mine = ++generation;
    if (waitMs > 0) await settled(doc, TIMING.quietMs, waitMs, ctx.signal);
    if (mine !== generation || ctx.isInvalid) return;
    // Read the address only now: the navigation event fires before the new URL is committed.
    const url = doc.location?.href ?? '';
    // Whether the page looked like an app shell when it was read: the story may arrive while the
    // background answers, and that must not cost it the second look.
    const shell = retryIfUnrendered && looksUnrendered(doc);
    let verdict = await judgePage(doc, url);
    if (shell && !verdict.sidebar) {
      // The story may be rendered by script after load: look once more when the page settles. The head
      // may already pass the gate (a server-rendered title over a client-rendered body), so any verdict
      // without a sidebar gets the second look, not only a failed gate.
      await settled(doc, TIMING.quietMs, TIMING.lateBodyMs, ctx.signal, looksUnrendered(doc));
      if (mine !== generation || ctx.isInvalid) return;
      verdict = await judgePage(doc, url);
    }
    // A newer navigation or a closed extension context makes this answer stale.
    if (mine !== generation || ctx.isInvalid) return;
    marks?.clear();
    marks = undefined;
    if (!verdict.sidebar || dismissed.has(url)) {
      host?.remove();
      host = undefined;
      return;
    }
    // The words arrive with each sidebar: a Spanish story after an English one re-renders in Spanish.
    if (verdict.locale && verdict.strings) activateStrings(verdict.locale, verdict.strings);
    if (host?.element.isConnected) host.update(verdict.sidebar);
    else {
      try {
        host = measured('footnote:mount', () =>
          mountSidebar(doc, verdict.sidebar!, {
            css,
            collapsed: verdict.display === 'tab',
            onClose: () => {
              dismissed.add(url);
              marks?.clear();
              marks = undefined;
            },
          }),
        );
      } catch {
        // The page has taken our tag name for a custom element of its own that refuses a shadow root:
        // show nothing rather than throw into its console or fight it for the element.
        host = undefined;
      }
    }
    if (host) markWhenIdle(mine, host, verdict.sidebar);
  };

  // Marking walks the story's text: after the sidebar has painted, when the page has a quiet moment.
  const markWhenIdle = (mine: number, shown: SidebarHost, model: SidebarModel) => {
    const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200));
    idle(
      () => {
        if (mine !== generation || ctx.isInvalid || host !== shown || !shown.element.isConnected) return;
        try {
          marks = measured('footnote:mark', () => markTerms(doc, model.terms ?? [], (lawId) => shown.openCard(lawId)));
        } catch {
          // A page that breaks ranges or stylesheets for itself gets no marks, not an error in its console.
          marks = undefined;
        }
        shown.setMentions(marks);
      },
      { timeout: 2000 },
    );
  };

  // Judge at once; a page that may still be rendering its story gets one bounded second look.
  void show(0, true);
  ctx.addEventListener(window, 'wxt:locationchange', () => void show(TIMING.navigationMs));
  ctx.onInvalidated(() => {
    marks?.clear();
    host?.remove();
  });
}
