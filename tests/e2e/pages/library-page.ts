import type { Download, Locator, Page } from '@playwright/test';

/** The options page's library section. */
export class LibraryPage {
  readonly section: Locator;
  readonly items: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Your library' });
    this.items = this.section.getByRole('list', { name: 'Saved items' }).locator(':scope > li');
    this.status = this.section.locator('.op-status');
  }

  /** Opens the options page of the extension `extensionId`. */
  async open(extensionId: string): Promise<void> {
    await this.page.goto(`chrome-extension://${extensionId}/options.html`);
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  async addNote(title: string, text: string): Promise<void> {
    const item = this.item(title);
    await item.getByLabel('Add a note').fill(text);
    await item.getByRole('button', { name: 'Add note' }).click();
  }

  /** Clicks Export and returns the download the page handed to the browser. */
  async exportLibrary(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: 'Export library' }).click();
    return download;
  }

  async clearEverything(): Promise<void> {
    await this.section.getByRole('button', { name: 'Delete everything…' }).click();
    await this.section.getByRole('button', { name: 'Yes, delete everything' }).click();
  }

  async importFile(path: string): Promise<void> {
    await this.section.getByLabel('Import a library file').setInputFiles(path);
  }
}
