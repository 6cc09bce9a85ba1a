/**
 * The e2e fixture: each test gets Chromium with the built extension, the fixture pages served on
 * 127.0.0.1, and a log of every request the browser context made.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { launchWithExtension, serveFolder, type ExtensionBrowser, type StaticServer } from '../../scripts/harness';
import { SidebarPage } from './pages/sidebar-page';
import { PopupPage } from './pages/popup-page';

interface Fixtures {
  server: StaticServer;
  browserWithExtension: ExtensionBrowser;
  /** Every request seen by the context: pages, extension pages and the service worker. */
  requests: Request[];
  page: Page;
  openArticle: (file: string) => Promise<SidebarPage>;
  /** Opens popup.html in a tab; `search` (such as `?q=SB%2054`) is appended to its URL. */
  openPopup: (search?: string) => Promise<PopupPage>;
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await serveFolder();
    await use(server);
    await server.close();
  },
  browserWithExtension: async ({}, use) => {
    const browser = await launchWithExtension();
    await use(browser);
    await browser.close();
  },
  requests: async ({ browserWithExtension }, use) => {
    const seen: Request[] = [];
    browserWithExtension.context.on('request', (request) => seen.push(request));
    await use(seen);
  },
  page: async ({ browserWithExtension, requests }, use) => {
    void requests; // started first, so no request escapes the log
    const page = await browserWithExtension.context.newPage();
    await use(page);
  },
  openArticle: async ({ page, server }, use) => {
    await use(async (file) => {
      await page.goto(`${server.origin}/${file}`);
      return new SidebarPage(page);
    });
  },
  openPopup: async ({ browserWithExtension, page }, use) => {
    await use(async (search = '') => {
      await page.goto(`chrome-extension://${browserWithExtension.extensionId}/popup.html${search}`);
      return new PopupPage(page);
    });
  },
});

export { expect };
