import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';

/** A request is ours to allow only if it stays inside the extension or goes to the local fixture server. */
function outsideRequests(requests: Request[], serverOrigin: string): string[] {
  return requests
    .map((r) => r.url())
    .filter(
      (url) =>
        !url.startsWith(`${serverOrigin}/`) &&
        !url.startsWith('chrome-extension://') &&
        !url.startsWith('data:') &&
        !url.startsWith('about:'),
    );
}

test.describe('privacy', () => {
  test('the extension makes no network requests across article, negative page and lookup', async ({
    openArticle,
    openPopup,
    requests,
    server,
  }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    const negative = await openArticle('council-budget.html');
    await negative.settle(1000);
    const popup = await openPopup();
    await popup.search('detainer');
    await expect(popup.firstResult()).toBeVisible();

    expect(outsideRequests(requests, server.origin)).toEqual([]);
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
});
