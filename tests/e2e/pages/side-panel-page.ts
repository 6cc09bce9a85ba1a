import type { Locator, Page } from '@playwright/test';

/** The browser's side panel page (sidepanel.html), opened here as an ordinary page. */
export class SidePanelPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('aside');
  }

  heading(): Locator {
    return this.panel.getByRole('heading', { level: 2 }).first();
  }

  async sectionTitles(): Promise<string[]> {
    // Text content, not rendered text: sections below the fold are not rendered until scrolled near.
    return (await this.panel.locator('h3').allTextContents()).map((title) => title.trim());
  }
}
