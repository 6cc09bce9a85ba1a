/**
 * When the sidebar opens — automatically, as the edge tab, only when asked — in general and per site;
 * the width and fold the reader leaves on a site; the popup's "This page"; the browser's side panel.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { SidebarPage } from './pages/sidebar-page';
import { SidePanelPage } from './pages/side-panel-page';

const DEMO = 'demo-glendale.html';

/** Waits until the options page lists `site` with `mode`: the sidebar's menu stores its choice asynchronously. */
async function expectSiteModeStored(context: BrowserContext, extensionId: string, site: string, mode: string) {
  const options = await context.newPage();
  await expect(async () => {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByLabel(`When to open on ${site}`)).toHaveValue(mode, { timeout: 1000 });
  }).toPass();
  await options.close();
}

test.describe('sidebar modes', () => {
  /** Opens the toolbar popup in a tab of its own, so the article's tab stays the reader's tab. */
  async function popupBesides(context: { newPage(): Promise<Page> }, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  async function chooseGeneralMode(page: Page, extensionId: string, label: string): Promise<void> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel(label).check();
    await expect(page.getByRole('status')).toHaveText('Saved.');
  }

  test('open automatically: the panel opens beside a relevant article', async ({ openArticle }) => {
    const sidebar = await openArticle(DEMO);
    await expect(sidebar.heading()).toContainText('Glendale, California');
    await expect(sidebar.edgeTab()).toHaveCount(0);
  });

  test('edge tab only (chosen in the sidebar for this site): only the tab, which opens the panel', async ({
    browserWithExtension: { context, extensionId },
    openArticle,
    page,
  }) => {
    const sidebar = await openArticle(DEMO);
    await sidebar.chooseSiteMode('Edge tab only');
    await expect(sidebar.edgeTab()).toBeVisible();
    await expectSiteModeStored(context, extensionId, '127.0.0.1', 'edge-tab');
    await page.reload();
    await expect(sidebar.edgeTab()).toBeVisible();
    await expect(sidebar.panel).toHaveCount(0);
    await sidebar.edgeTab().click();
    await expect(sidebar.heading()).toContainText('Glendale, California');
  });

  test('only when asked: nothing on the page until the popup’s button, which opens it', async ({
    browserWithExtension,
    page,
    openArticle,
  }) => {
    const { context, extensionId } = browserWithExtension;
    await chooseGeneralMode(page, extensionId, 'Only when asked');
    const sidebar = await openArticle(DEMO);
    await sidebar.settle();
    await expect(sidebar.host).toHaveCount(0);

    const popup = await popupBesides(context, extensionId);
    await expect(popup.thisPageStatus()).toHaveText(
      'Footnote found Glendale, California. On this site the sidebar opens only when you ask.',
    );
    await popup.showHereButton().click();
    await expect(popup.thisPageStatus()).toHaveText('Footnote found Glendale, California and shows the sidebar.');
    await expect(sidebar.heading()).toContainText('Glendale, California');
    await expect(sidebar.panel).toBeVisible();
  });

  test('a site’s own mode stays with that site after a reload and leaves other sites alone', async ({
    browserWithExtension,
    openArticle,
    page,
    server,
  }) => {
    const { context, extensionId } = browserWithExtension;
    const sidebar = await openArticle(DEMO);
    await sidebar.chooseSiteMode('Only when asked');
    // The options page lists the site once the choice is stored.
    await expectSiteModeStored(context, extensionId, '127.0.0.1', 'on-request');

    await page.reload();
    await sidebar.settle();
    await expect(sidebar.host).toHaveCount(0);

    // The same page under another host name is another site.
    const otherSite = server.origin.replace('127.0.0.1', 'localhost');
    await page.goto(`${otherSite}/${DEMO}`);
    await expect(new SidebarPage(page).heading()).toContainText('Glendale, California');
  });

  test('width and fold survive a reload; the grip works from the keyboard', async ({ openArticle, page }) => {
    const sidebar = await openArticle(DEMO);
    await expect(sidebar.panel).toBeVisible();
    expect(await sidebar.panelWidth()).toBe(380);
    await sidebar.resizeHandle().focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(sidebar.resizeHandle()).toHaveAttribute('aria-valuenow', '440');
    expect(await sidebar.panelWidth()).toBe(440);
    await page.keyboard.press('End');
    await expect(sidebar.resizeHandle()).toHaveAttribute('aria-valuenow', '560');
    await page.keyboard.press('ArrowLeft');
    await expect(sidebar.resizeHandle()).toHaveAttribute('aria-valuenow', '560');

    await page.reload();
    await expect(sidebar.panel).toBeVisible();
    expect(await sidebar.panelWidth()).toBe(560);

    await sidebar.button('Collapse Footnote').click();
    await expect(sidebar.edgeTab()).toBeVisible();
    await page.reload();
    await expect(sidebar.edgeTab()).toBeVisible();
    await expect(sidebar.panel).toHaveCount(0);
    await sidebar.edgeTab().click();
    await page.reload();
    await expect(sidebar.panel).toBeVisible();
  });
});

test.describe('the popup’s "This page"', () => {
  async function statusFor(
    { context, extensionId }: { context: { newPage(): Promise<Page> }; extensionId: string },
    openArticle: (file: string) => Promise<SidebarPage>,
    file: string,
  ): Promise<PopupPage> {
    const sidebar = await openArticle(file);
    await sidebar.settle();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  test('a relevant article: the jurisdiction and what matched', async ({ browserWithExtension, openArticle }) => {
    const popup = await statusFor(browserWithExtension, openArticle, DEMO);
    await expect(popup.thisPageStatus()).toHaveText('Footnote found Glendale, California and shows the sidebar.');
    await expect(popup.thisPage()).toContainText('matched');
  });

  test('an article not about a local decision: why nothing was shown; asked, the sidebar opens and says it is unsure', async ({
    browserWithExtension,
    openArticle,
    page,
  }) => {
    const popup = await statusFor(browserWithExtension, openArticle, 'wildlife-sanctuary.html');
    await expect(popup.thisPageStatus()).toHaveText(
      /^Nothing shown: not about a local immigration-enforcement decision \(confidence \d+%\)\.$/,
    );
    await popup.showHereButton().click();
    // Asking sets the confidence gate aside, not honesty: the place it found, and how unsure it is.
    await expect(popup.thisPageStatus()).toHaveText(/^Footnote found .+ and shows the sidebar\.$/);
    const sidebar = new SidebarPage(page);
    await expect(sidebar.panel).toBeVisible();
    await expect(sidebar.panel.locator('[data-confidence]')).toHaveAttribute('data-confidence', 'low');
  });

  test('asked on a page without immigration-enforcement terms: it says there is nothing to show', async ({
    browserWithExtension,
    openArticle,
    page,
  }) => {
    const popup = await statusFor(browserWithExtension, openArticle, 'council-budget.html');
    await popup.showHereButton().click();
    await expect(popup.thisPage()).toContainText('You asked: Footnote has no sidebar for this page.');
    await expect(popup.thisPageStatus()).toHaveText(
      'Nothing shown: no immigration-enforcement terms in the headline or opening.',
    );
    await expect(new SidebarPage(page).host).toHaveCount(0);
  });

  test('a page without immigration-enforcement terms, and one that is not an article', async ({
    browserWithExtension,
    openArticle,
  }) => {
    let popup = await statusFor(browserWithExtension, openArticle, 'council-budget.html');
    await expect(popup.thisPageStatus()).toHaveText(
      'Nothing shown: no immigration-enforcement terms in the headline or opening.',
    );
    await popup.page.close();
    popup = await statusFor(browserWithExtension, openArticle, 'spa-index.html');
    await expect(popup.thisPageStatus()).toHaveText('Nothing shown: this page does not look like a news article.');
  });
});

test('the browser’s side panel shows the same sidebar as the page', async ({ browserWithExtension, openArticle }) => {
  const sidebar = await openArticle(DEMO);
  await expect(sidebar.heading()).toContainText('Glendale, California');
  const onPage = await sidebar.sectionTitles();

  const page = await browserWithExtension.context.newPage();
  await page.goto(`chrome-extension://${browserWithExtension.extensionId}/sidepanel.html`);
  const sidePanel = new SidePanelPage(page);
  await expect(sidePanel.heading()).toHaveText('Glendale, California');
  expect(await sidePanel.sectionTitles()).toEqual(onPage);
  // The browser closes its own panel: no collapse or close buttons there.
  await expect(page.getByRole('button', { name: 'Close Footnote' })).toHaveCount(0);
});
