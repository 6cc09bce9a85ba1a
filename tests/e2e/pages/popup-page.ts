import type { Locator, Page } from '@playwright/test';

/** The toolbar popup's source lookup. */
export class PopupPage {
  readonly input: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.input = page.locator('input[type="search"]');
    // The result listbox's options, not the filter selects' native options.
    this.results = page.getByRole('listbox').getByRole('option');
  }

  /** The kind-of-record filter (a native select; its first option means all kinds). */
  kindFilter(): Locator {
    return this.page.locator('.lk-filters select').nth(0);
  }

  /** The state filter (a native select; its first option means all states). */
  stateFilter(): Locator {
    return this.page.locator('.lk-filters select').nth(1);
  }

  /** The polite live region that announces result counts (not "This page"'s own status line). */
  status(): Locator {
    return this.page.locator('p.lk-results-status[role="status"]');
  }

  async search(query: string): Promise<void> {
    await this.input.fill(query);
  }

  firstResult(): Locator {
    return this.results.first();
  }

  /** The detail view's title: the only h2 in the popup. */
  detailHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  /** The "This page" section: the current tab's status. */
  thisPage(): Locator {
    return this.page.getByRole('region', { name: 'This page' });
  }

  /** Its status line. */
  thisPageStatus(): Locator {
    return this.thisPage().locator('.lk-this-page-status');
  }

  showHereButton(): Locator {
    return this.page.getByRole('button', { name: 'Show the sidebar here' });
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: 'Back' });
  }
}
