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

  sectionTitles(): Promise<string[]> {
    return this.panel.locator('h3').allInnerTexts();
  }
}
