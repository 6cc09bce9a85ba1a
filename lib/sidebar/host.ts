/**
 * Owns the sidebar's host element: `<footnote-sidebar>` with an open shadow root holding the styles and
 * the Preact tree. Creates it, re-renders it, and removes it without leaving anything behind.
 */
import { h, render } from 'preact';
import Sidebar from '@/components/sidebar/Sidebar';
import type { SidebarModel } from '../context/model';
import { PANEL_WIDTH } from '@/components/sidebar/ResizeHandle';
import type { ArticleMentions } from './marks';
import type { SiteMode } from '../settings/schema';
import { sendMessage } from '../messaging';

export const HOST_TAG = 'footnote-sidebar';

/** The page may restyle our tag name; inline !important declarations on the host win over its rules. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'right: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'contain: style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export interface SidebarHost {
  readonly element: HTMLElement;
  update(model: SidebarModel): void;
  readonly collapsed: boolean;
  /** Folds the panel to its edge tab, or opens it, as the reader's own action would (focus follows). */
  setCollapsed(value: boolean): void;
  /** Opens a law's card (expanding the panel if it is folded), scrolls it into view and focuses it. */
  openCard(lawId: string): void;
  /** The law names marked in the article, for the cards' "show in the article" buttons. */
  setMentions(mentions: ArticleMentions | undefined): void;
  remove(): void;
}

export interface MountOptions {
  css: string;
  collapsed?: boolean;
  /** The panel's width in CSS pixels (the reader's last choice on this site). */
  width?: number;
  /** The mode on the page's site, for the header's "On this site" menu. */
  siteMode?: SiteMode;
  /** Called after the reader closes the sidebar (it is already removed). */
  onClose?: () => void;
  /** Called when the reader folds or opens the panel, or finishes resizing it. */
  onUiChange?: (ui: { collapsed: boolean; width: number }) => void;
  /** Called when the reader picks a mode for the site in the header menu. */
  onSiteMode?: (mode: SiteMode) => void;
  /**
   * Opens the browser's side panel instead; resolves true when it opened. Given, the header offers it,
   * and opening from the edge tab tries it first.
   */
  openSidePanel?: () => Promise<boolean>;
  /** Open from the edge tab into the side panel rather than on the page (the reader's setting). */
  preferSidePanel?: boolean;
}

/** Mounts the sidebar on `doc`, replacing any earlier Footnote host. */
export function mountSidebar(doc: Document, model: SidebarModel, options: MountOptions): SidebarHost {
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
  const element = doc.createElement(HOST_TAG);
  element.setAttribute('style', HOST_STYLE);
  const shadow = element.attachShadow({ mode: 'open' });
  adoptStyles(shadow, options.css);
  const mountPoint = doc.createElement('div');
  // On a right-to-left page the story's lines start on the right: the panel sits on the left, the
  // page's end edge, where its own rails are.
  if (getComputedStyle(doc.body ?? doc.documentElement).direction === 'rtl') mountPoint.dataset.side = 'left';
  shadow.append(mountPoint);

  let current = model;
  let collapsed = options.collapsed ?? false;
  let removed = false;
  let moveFocus = true;
  /** The card to reveal; `seq` counts requests, so the same card can be asked for twice. */
  let reveal: { lawId: string; seq: number } | undefined;
  let requests = 0;
  let mentions: ArticleMentions | undefined;
  let width = options.width ?? PANEL_WIDTH.initial;
  let siteMode = options.siteMode;
  const { openSidePanel } = options;

  const draw = () => {
    if (removed) return;
    render(
      h(Sidebar, {
        model: current,
        collapsed,
        moveFocus,
        reveal,
        // Forgotten once done (without a re-render), so a panel folded and unfolded later does not repeat it.
        onRevealed: () => {
          reveal = undefined;
        },
        mentions,
        width,
        siteMode,
        onCollapse: () => setCollapsed(true),
        onExpand: () => {
          // The click must reach the background at once to count as the gesture that opens the side panel.
          if (options.preferSidePanel && openSidePanel)
            void openSidePanel().then((opened) => opened || setCollapsed(false));
          else setCollapsed(false);
        },
        onClose: () => {
          host.remove();
          options.onClose?.();
        },
        onSaveArticle: (save: boolean) => saveArticle(current, save),
        onResize: (next: number, done: boolean) => {
          width = next;
          draw();
          if (done) options.onUiChange?.({ collapsed, width });
        },
        onSiteMode: options.onSiteMode
          ? (mode: SiteMode) => {
              siteMode = mode;
              options.onSiteMode!(mode);
              // The mode folds it, not the reader: nothing to remember about the fold itself.
              if (mode === 'edge-tab') setCollapsed(true, false, false);
              else draw();
            }
          : undefined,
        onOpenSidePanel: openSidePanel
          ? () => void openSidePanel().then((opened) => opened && setCollapsed(true, true))
          : undefined,
      }),
      mountPoint,
    );
  };
  // Focus moves with collapse and expand (and Esc hands it back to the page) inside Sidebar itself.
  const setCollapsed = (value: boolean, quietly = false, remember = !quietly) => {
    if (removed) return;
    const changed = collapsed !== value;
    collapsed = value;
    moveFocus = !quietly;
    draw();
    // Only the reader's own fold or unfold is remembered, not one the page's focus or the side panel caused.
    if (changed && remember) options.onUiChange?.({ collapsed, width });
  };

  // A page control that takes focus behind the open panel must not stay hidden (WCAG 2.2, 2.4.11):
  // the panel folds to its edge tab and leaves focus where the reader put it.
  const onPageFocus = (event: FocusEvent) => {
    const target = event.target;
    if (collapsed || removed || target === element || !(target instanceof Element)) return;
    const panel = shadow.querySelector('aside')?.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (panel && box.right > panel.left && box.left < panel.right && box.bottom > panel.top && box.top < panel.bottom) {
      setCollapsed(true, true);
    }
  };
  doc.addEventListener('focusin', onPageFocus, true);

  const host: SidebarHost = {
    element,
    get collapsed() {
      return collapsed;
    },
    setCollapsed: (value) => setCollapsed(value),
    update(next) {
      current = next;
      mentions = undefined;
      draw();
    },
    openCard(lawId) {
      if (!current.laws.some((law) => law.id === lawId)) return;
      reveal = { lawId, seq: ++requests };
      // Unfold without focusing the header: focus goes to the card.
      if (collapsed) setCollapsed(false, true);
      else draw();
    },
    setMentions(next) {
      mentions = next;
      draw();
    },
    remove() {
      if (removed) return;
      render(null, mountPoint);
      doc.removeEventListener('focusin', onPageFocus, true);
      removed = true;
      element.remove();
    },
  };
  // After <body>, as the last child of <html>: a page that transforms or filters <body> would make it our
  // fixed panel's containing block, and overlays it adds to <body> at our z-index would paint over us.
  doc.documentElement.append(element);
  draw();
  return host;
}

/** Saves or unsaves the sidebar's article through the background, which owns the library. */
async function saveArticle({ article, jurisdiction }: SidebarModel, save: boolean): Promise<boolean> {
  if (!article) return false;
  const reply = save
    ? await sendMessage('librarySave', {
        kind: 'article',
        ref: article.url,
        title: article.title,
        jurisdiction: jurisdiction.label,
      })
    : await sendMessage('libraryUnsave', { kind: 'article', ref: article.url });
  return reply.ok;
}

/** Constructable stylesheets are exempt from the page's CSP; fall back to a <style> element where they are not available. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
