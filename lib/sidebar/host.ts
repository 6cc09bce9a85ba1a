/**
 * Owns the sidebar's host element: `<footnote-sidebar>` with an open shadow root holding the styles and
 * the Preact tree. Creates it, re-renders it, and removes it without leaving anything behind.
 */
import { h, render } from 'preact';
import Sidebar from '@/components/sidebar/Sidebar';
import type { SidebarModel } from '../context/model';

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
  shadow.append(mountPoint);

  let current = model;
  let collapsed = options.collapsed ?? false;
  let removed = false;

  const draw = () => {
    if (removed) return;
    render(
      h(Sidebar, {
        model: current,
        collapsed,
        onCollapse: () => setCollapsed(true),
        onExpand: () => setCollapsed(false),
        onClose: () => {
          host.remove();
          options.onClose?.();
        },
      }),
      mountPoint,
    );
  };
  const setCollapsed = (value: boolean) => {
    collapsed = value;
    draw();
    // Move focus to the control that now stands where the reader was, so keyboard users don't get lost.
    const target = shadow.querySelector<HTMLElement>(value ? '[data-footnote-expand]' : '[data-footnote-collapse]');
    target?.focus();
  };

  shadow.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.key !== 'Escape' || collapsed) return;
    e.stopPropagation();
    collapsed = true;
    draw();
    // Esc hands focus back to the page rather than trapping it in the edge tab.
    (doc.activeElement as HTMLElement | null)?.blur?.();
  });

  const host: SidebarHost = {
    element,
    update(next) {
      current = next;
      draw();
    },
    remove() {
      if (removed) return;
      render(null, mountPoint);
      removed = true;
      element.remove();
    },
  };
  (doc.body ?? doc.documentElement).append(element);
  draw();
  return host;
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
