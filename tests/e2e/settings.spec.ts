import { expect, test } from './fixtures';

test.describe('settings from the options page', () => {
  test('edge-tab mode shows only the tab; the tab opens the sidebar', async ({
    browserWithExtension,
    page,
    openArticle,
  }) => {
    await page.goto(`chrome-extension://${browserWithExtension.extensionId}/options.html`);
    await page.getByLabel('Edge tab only').check();
    await expect(page.getByRole('status')).toHaveText('Saved.');

    const sidebar = await openArticle('demo-glendale.html');
    const tab = sidebar.host.getByRole('button', { expanded: false });
    await expect(tab).toBeVisible();
    await expect(sidebar.panel).toBeHidden();
    await tab.click();
    await expect(sidebar.heading()).toContainText('Glendale, California');
  });

  test('a site the reader excludes gets no sidebar', async ({ browserWithExtension, page, openArticle, server }) => {
    await page.goto(`chrome-extension://${browserWithExtension.extensionId}/options.html`);
    await page.getByLabel('Site', { exact: true }).fill(server.origin);
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('button', { name: 'Remove 127.0.0.1' })).toBeVisible();

    const sidebar = await openArticle('demo-glendale.html');
    await sidebar.settle();
    await expect(sidebar.host).toHaveCount(0);
  });

  test('the options page shows the dataset version and counts', async ({ browserWithExtension, page }) => {
    await page.goto(`chrome-extension://${browserWithExtension.extensionId}/options.html`);
    await expect(page.getByText(/^Version \d{4}\.\d{2}\.\d{2}-\d+, as of /)).toBeVisible();
    await expect(page.getByText('287(g) agreements')).toBeVisible();
  });
});
