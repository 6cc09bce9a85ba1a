import type { Locator, Page } from '@playwright/test';

/** The sidebar as a test sees it: the `<footnote-sidebar>` host and its open shadow root. */
export class SidebarPage {
  readonly host: Locator;
  /** Playwright's CSS locators pierce open shadow roots, so these find elements inside the sidebar. */
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('footnote-sidebar');
    this.panel = this.host.locator('aside');
  }

  heading(): Locator {
    return this.panel.getByRole('heading', { level: 2 }).first();
  }

  sourceLinks(): Locator {
    return this.panel.locator('a[href^="https://"]');
  }

  button(name: RegExp | string): Locator {
    return this.host.getByRole('button', { name });
  }

  /** The footer's "export these sources" control: its format select and download button. */
  exportFormat(): Locator {
    return this.panel.locator('.fn-export select');
  }

  exportButton(): Locator {
    return this.panel.locator('.fn-export button');
  }

  /** The collapsed sidebar's tab on the right edge. */
  edgeTab(): Locator {
    return this.host.locator('button.fn-edge-tab');
  }

  /** The header's "On this site" menu button. */
  siteMenuButton(): Locator {
    return this.button('Footnote on this site');
  }

  /** Picks a mode for the page's site from the header menu. */
  async chooseSiteMode(label: string): Promise<void> {
    await this.siteMenuButton().click();
    // The menu closes as soon as a choice is made, so the radio is clicked rather than checked.
    await this.host.getByRole('radio', { name: label }).click();
  }

  /** The grip on the panel's inner edge. */
  resizeHandle(): Locator {
    return this.host.getByRole('separator', { name: 'Resize Footnote' });
  }

  /** The open panel's rendered width in CSS pixels. */
  async panelWidth(): Promise<number> {
    return Math.round((await this.panel.boundingBox())?.width ?? 0);
  }

  /** The section titles, in order. */
  async sectionTitles(): Promise<string[]> {
    // Text content, not rendered text: sections below the fold are not rendered until scrolled near.
    return (await this.panel.locator('h3').allTextContents()).map((title) => title.trim());
  }

  /** The law cards' summaries, in order: each one toggles its card. */
  lawSummaries(): Locator {
    return this.panel.locator('details.fn-law > summary');
  }

  /** The law card whose summary names `shortTitle` ("SB 54"). */
  lawCard(shortTitle: string): Locator {
    return this.panel.locator('details.fn-law').filter({
      has: this.page.locator('.fn-law-short', { hasText: new RegExp(`^${shortTitle.replace(/[()]/g, '\\$&')}$`) }),
    });
  }

  /** What has focus inside the shadow root, or null when focus is elsewhere (see {@link FocusedControl}). */
  async focused(): Promise<FocusedControl | null> {
    return this.host.evaluate((el) => {
      const active = el.shadowRoot?.activeElement as HTMLElement | null | undefined;
      if (!active) return null;
      const style = getComputedStyle(active);
      return {
        tag: active.tagName.toLowerCase(),
        name: (active.getAttribute('aria-label') ?? active.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: active.getAttribute('href'),
        expanded: active.getAttribute('aria-expanded'),
        focusVisible: active.matches(':focus-visible'),
        outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      };
    });
  }

  /** The sidebar's visible text, read through the shadow root. */
  async text(): Promise<string> {
    return this.host.evaluate((el) => (el.shadowRoot?.querySelector('aside') as HTMLElement | null)?.innerText ?? '');
  }

  /** Resolves once the content script has had time to act on a page it ignores. */
  async settle(ms = 2500): Promise<void> {
    await this.page.waitForLoadState('load');
    await this.page.waitForTimeout(ms);
  }
}

/** A focused element inside the sidebar, as the keyboard walkthrough checks it. */
export interface FocusedControl {
  tag: string;
  /** aria-label, or else the text content. */
  name: string;
  href: string | null;
  expanded: string | null;
  /** Whether `:focus-visible` matches, i.e. the browser would draw a focus indicator. */
  focusVisible: boolean;
  /** The computed outline ("2px solid"), or "none". */
  outline: string;
}
