/**
 * The content script's work on a page: gate, extract, ask the background, mount the sidebar when the
 * article is relevant — and again when a single-page app moves to another article, so the sidebar
 * follows the new story or goes away. Pages that fail the gate are left untouched: no element, no message.
 * The reader can also ask for the sidebar (toolbar popup, keyboard shortcut): the background relays that
 * here, and the page is judged again with the mode and the confidence gate set aside.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPage } from '../detect/page';
import type { Locale, Strings } from '../i18n/translate';
import { listenForTabMessages, sendMessage, type PageReason, type PageStatus } from '../messaging';
import { statusFromAnswer } from '../background/tab-status';
import { normalizeHost, type SiteMode } from '../settings/schema';
import type { SidebarHost } from '../sidebar/host';
import type { TermMarks } from '../sidebar/marks';
import { readSiteUi, writeSiteUi } from '../sidebar/site-ui';
import type { SidebarModel } from '../context/model';
import type { SidebarUi } from './sidebar-ui';

/** What one look at the page concluded; `outcome` says why, for debugging and tests. */
export interface PageVerdict {
  outcome: string;
  /** The same conclusion as the popup's "this page" shows it. */
  status: PageStatus;
  sidebar?: SidebarModel;
  /** Open the panel, or only the edge tab (the reader's setting, or a page below the confidence gate). */
  display?: 'open' | 'tab';
  siteMode?: SiteMode;
  preferSidePanel?: boolean;
  /** The sidebar's language and words, as the background chose them. */
  locale?: Locale;
  strings?: Strings;
}

/** The gate's reason in the popup's terms. */
function gateReason(reason: string): PageReason {
  return reason.startsWith('no immigration') ? 'no-terms' : 'not-article';
}

/**
 * Gate, extract and ask the background; `requested` when the reader asked for the sidebar. Never throws:
 * a failure is a verdict without a sidebar.
 */
export async function judgePage(doc: Document, url: string, requested = false): Promise<PageVerdict> {
  const reading = measured('footnote:read-page', () => readPage(doc, url));
  if (!reading.pass)
    return {
      outcome: `gate: ${reading.reason}`,
      status: { reason: gateReason(reading.reason), url, title: doc.title },
    };
  const reply = await sendMessage('detectArticle', requested ? { ...reading.article, requested } : reading.article);
  if (!reply.ok) return { outcome: `background: ${reply.error}`, status: { reason: 'not-recognized', url } };
  const { sidebar, display, siteMode, preferSidePanel, locale, strings } = reply.value;
  const status = statusFromAnswer(reply.value, reading.article);
  return sidebar && display
    ? { outcome: `shown (${display})`, status, sidebar, display, siteMode, preferSidePanel, locale, strings }
    : { outcome: 'not shown', status };
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

/**
 * Runs Footnote on the page for the content script's lifetime. `loadUi` brings in the sidebar the first
 * time a page earns one (see ./sidebar-ui); until then nothing of it is compiled on the page.
 */
export function startOnPage(
  ctx: ContentScriptContext,
  doc: Document,
  loadUi: () => Promise<SidebarUi | undefined>,
): void {
  let host: SidebarHost | undefined;
  let generation = 0;
  let status: PageStatus = { reason: 'not-recognized' };
  let marks: TermMarks | undefined;
  /** URLs whose sidebar the reader closed: not shown again until they navigate elsewhere or ask for it. */
  const dismissed = new Set<string>();
  const clearMarks = () => {
    marks?.clear();
    marks = undefined;
  };
  const dropHost = () => {
    clearMarks();
    host?.remove();
    host = undefined;
  };

  const show = async (waitMs: number, retryIfUnrendered = false, requested = false): Promise<PageStatus> => {
    const mine = ++generation;
    if (waitMs > 0) await settled(doc, TIMING.quietMs, waitMs, ctx.signal);
    if (mine !== generation || ctx.isInvalid) return status;
    // Read the address only now: the navigation event fires before the new URL is committed.
    const url = doc.location?.href ?? '';
    // Whether the page looked like an app shell when it was read: the story may arrive while the
    // background answers, and that must not cost it the second look.
    const shell = retryIfUnrendered && looksUnrendered(doc);
    let verdict = await judgePage(doc, url, requested);
    if (mine === generation) status = verdict.status;
    if (shell && !verdict.sidebar) {
      // The story may be rendered by script after load: look once more when the page settles. The head
      // may already pass the gate (a server-rendered title over a client-rendered body), so any verdict
      // without a sidebar gets the second look, not only a failed gate.
      await settled(doc, TIMING.quietMs, TIMING.lateBodyMs, ctx.signal, looksUnrendered(doc));
      if (mine !== generation || ctx.isInvalid) return status;
      verdict = await judgePage(doc, url, requested);
    }
    // A newer navigation or a closed extension context makes this answer stale.
    if (mine !== generation || ctx.isInvalid) return status;
    status = verdict.status;
    if (requested) dismissed.delete(url);
    clearMarks();
    if (!verdict.sidebar || dismissed.has(url)) {
      if (verdict.sidebar) status = { ...status, reason: 'dismissed' };
      dropHost();
      return status;
    }
    const site = normalizeHost(url);
    const [ui, sidebarUi] = await Promise.all([readSiteUi(site), loadUi()]);
    if (mine !== generation || ctx.isInvalid) return status;
    if (!sidebarUi) return status;
    const collapsed = !requested && (verdict.display === 'tab' || ui.collapsed === true);
    // The words arrive with each sidebar: a Spanish story after an English one re-renders in Spanish.
    if (verdict.locale && verdict.strings) sidebarUi.activateStrings(verdict.locale, verdict.strings);
    if (host?.element.isConnected) {
      host.update(verdict.sidebar);
      if (requested) host.setCollapsed(false);
      markWhenIdle(mine, sidebarUi, host, verdict.sidebar);
      return status;
    }
    try {
      host = measured('footnote:mount', () =>
        sidebarUi.mountSidebar(doc, verdict.sidebar!, {
          collapsed,
          width: ui.width,
          siteMode: verdict.siteMode,
          onClose: () => {
            dismissed.add(url);
            clearMarks();
            status = { ...status, reason: 'dismissed' };
          },
          onUiChange: (next) => void writeSiteUi(site, next),
          onSiteMode: (mode) => {
            void sendMessage('setSiteMode', { mode });
            if (mode === 'never') {
              dropHost();
              status = { ...status, reason: 'excluded' };
            }
          },
          // Chromium opens its side panel from a click on the page; Firefox only from its own toolbar.
          openSidePanel: import.meta.env.FIREFOX
            ? undefined
            : () => sendMessage('openSidePanel', undefined).then((reply) => reply.ok),
          preferSidePanel: verdict.preferSidePanel,
        }),
      );
    } catch {
      // The page has taken our tag name for a custom element of its own that refuses a shadow root:
      // show nothing rather than throw into its console or fight it for the element.
      host = undefined;
    }
    if (host) markWhenIdle(mine, sidebarUi, host, verdict.sidebar);
    return status;
  };

  // Marking walks the story's text: after the sidebar has painted, when the page has a quiet moment.
  const markWhenIdle = (mine: number, sidebarUi: SidebarUi, shown: SidebarHost, model: SidebarModel) => {
    const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200));
    idle(
      () => {
        if (mine !== generation || ctx.isInvalid || host !== shown || !shown.element.isConnected) return;
        try {
          marks = measured('footnote:mark', () =>
            sidebarUi.markTerms(doc, model.terms ?? [], (lawId) => shown.openCard(lawId)),
          );
        } catch {
          // A page that breaks ranges or stylesheets for itself gets no marks, not an error in its console.
          marks = undefined;
        }
        shown.setMentions(marks);
      },
      { timeout: 2000 },
    );
  };

  /** Opens the sidebar the reader asked for: unfolds it when it is there, else judges the page for it. */
  const reveal = (): Promise<PageStatus> => {
    if (!host?.element.isConnected) return show(0, false, true);
    host.setCollapsed(false);
    return Promise.resolve(status);
  };

  // Judge at once; a page that may still be rendering its story gets one bounded second look.
  void show(0, true);
  ctx.addEventListener(window, 'wxt:locationchange', () => void show(TIMING.navigationMs));
  const stopListening = listenForTabMessages({
    pageStatus: () => Promise.resolve(status),
    showSidebar: reveal,
    toggleSidebar: () => {
      if (!host?.element.isConnected || host.collapsed) return reveal();
      // The shortcut closes an open sidebar, as its Close button would.
      dropHost();
      dismissed.add(doc.location?.href ?? '');
      status = { ...status, reason: 'dismissed' };
      return Promise.resolve(status);
    },
  });
  ctx.onInvalidated(() => {
    stopListening();
    dropHost();
  });
}
