/**
 * Owns the sidebar's host element: `<footnote-sidebar>` with an open shadow root holding the styles and
 * the Preact tree. Creates it, re-renders it, and removes it without leaving anything behind.
 */
import { h, render } from 'preact';
import Sidebar from '@/components/sidebar/Sidebar';
import type { SidebarModel } from '../context/model';
import type { ArticleMentions } from './marks';
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
  /** Opens a law's card (expanding the panel if it is folded), scrolls it into view and focuses it. */
  openCard(lawId: string): void;
  /** The law names marked in the article, for the cards' "show in the article" buttons. */
  setMentions(mentions: ArticleMentions | undefined): void;
  remove(): void;
}

export interface MountOptions {
  css: string;
  collapsed?: boolean;
  /** Called after the reader closes the sidebar (it is already removed). */
  onClose?: () => void;
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
        onCollapse: () => setCollapsed(true),
        onExpand: () => setCollapsed(false),
        onClose: () => {
          host.remove();
          options.onClose?.();
        },
        onSaveArticle: (save: boolean) => saveArticle(current, save),
      }),
      mountPoint,
    );
  };
  // Focus moves with collapse and expand (and Esc hands it back to the page) inside Sidebar itself.
  const setCollapsed = (value: boolean, quietly = false) => {
    collapsed = value;
    moveFocus = !quietly;
    draw();
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
