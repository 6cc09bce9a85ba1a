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
