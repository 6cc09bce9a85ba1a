import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { launchWithExtension } from '../../scripts/harness';
import { expect, test } from './fixtures';
import { loggedRequests, requestsLeaving } from './net-log';
import { PopupPage } from './pages/popup-page';
import { SidebarPage } from './pages/sidebar-page';

/** A request is ours to allow only if it stays inside the extension or goes to the local fixture server. */
function outsideRequests(requests: Request[], serverOrigin: string): string[] {
  return requests
    .map((r) => r.url())
    .filter(
      (url) =>
        !url.startsWith(`${serverOrigin}/`) &&
        !url.startsWith('chrome-extension://') &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:') &&
        !url.startsWith('about:'),
    );
}

test.describe('privacy', () => {
  test('one session — fresh install, an article, a negative page, lookups with a detail view, the options page — makes no request outside the extension and the fixture server', async ({
    server,
  }) => {
    const logDir = mkdtempSync(join(tmpdir(), 'footnote-netlog-'));
    const netLog = join(logDir, 'net.json');
    // A fresh profile: the extension is installed (and loads its dataset) while the network log records.
    const browser = await launchWithExtension({ extraArgs: [`--log-net-log=${netLog}`] });
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const seen: Request[] = [];
    browser.context.on('request', (request) => seen.push(request));
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo-glendale.html`);
      await expect(new SidebarPage(page).panel).toBeVisible();
      await page.goto(`${server.origin}/council-budget.html`);
      await new SidebarPage(page).settle(1000);

      await page.goto(`${extensionOrigin}/popup.html`);
      const popup = new PopupPage(page);
      for (const query of ['SB 54', 'Glendle', '287g', 'Gov Code 7284.6', 'detainer']) {
        await popup.search(query);
        await expect(popup.firstResult(), query).toBeVisible();
      }
      await popup.firstResult().click();
      await expect(popup.detailHeading()).toBeVisible();
      await expect(page.locator('a[href^="https://"]').first()).toBeVisible();

      await page.goto(`${extensionOrigin}/options.html`);
      await expect(page.locator('#op-dataset-heading')).toBeVisible();
      await expect(page.locator('select, input').first()).toBeVisible();
    } finally {
      await browser.close();
    }

    expect(outsideRequests(seen, server.origin)).toEqual([]);
    const logged = loggedRequests(netLog);
    rmSync(logDir, { recursive: true, force: true });
    expect(requestsLeaving(logged, extensionOrigin, server.origin)).toEqual([]);
    // The fixture server saw only the two pages the test opened: nothing fetched by the extension.
    expect(server.requests.filter((p) => p !== '/favicon.ico')).toEqual([
      '/demo-glendale.html',
      '/council-budget.html',
    ]);
  });

  test('the request log does see requests made from extension pages (the check above can fail)', async ({
    openPopup,
    requests,
    server,
  }) => {
    const popup = await openPopup();
    await popup.page.evaluate((url) => fetch(url).catch(() => undefined), `${server.origin}/canary`);
    await expect.poll(() => requests.map((r) => r.url())).toContain(`${server.origin}/canary`);
    expect(server.requests).toContain('/canary');
  });

  test('the network log sees a request the extension starts, and flags it when it leaves (the check above can fail)', async ({
    server,
  }) => {
    const logDir = mkdtempSync(join(tmpdir(), 'footnote-netlog-'));
    const netLog = join(logDir, 'net.json');
    const browser = await launchWithExtension({ extraArgs: [`--log-net-log=${netLog}`] });
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    try {
      // From the service worker, where install-time work runs: Playwright's page events never see it.
      await browser.serviceWorker.evaluate((url) => fetch(url).then(() => undefined), `${server.origin}/canary`);
    } finally {
      await browser.close();
    }
    const logged = loggedRequests(netLog);
    rmSync(logDir, { recursive: true, force: true });
    expect(logged).toContainEqual({ url: `${server.origin}/canary`, initiator: extensionOrigin });
    // The same request, had it gone to another host, is what the session test fails on.
    expect(requestsLeaving(logged, extensionOrigin, 'http://127.0.0.2:1')).toContain(`${server.origin}/canary`);
  });
});
