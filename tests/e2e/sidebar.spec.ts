import { expect, test } from './fixtures';

test.describe('sidebar on news articles', () => {
  test('the demo article shows Glendale, California, SB 54 and primary-source links', async ({ openArticle }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    await expect(sidebar.heading()).toContainText('Glendale, California');
    const text = await sidebar.text();
    expect(text).toContain('SB 54');
    expect(text).toMatch(/detain|jail/i);
    const hrefs = await sidebar.sourceLinks().evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual(expect.arrayContaining([expect.stringContaining('leginfo.legislature.ca.gov')]));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    // The host is our custom element with an open shadow root, so page styles cannot reach inside.
    expect(await sidebar.host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  });

  test('collapse to the edge tab, expand again, and close from the keyboard', async ({ openArticle, page }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    await sidebar.button('Collapse Footnote').focus();
    await page.keyboard.press('Enter');
    await expect(sidebar.panel).toBeHidden();
    const tab = sidebar.host.getByRole('button', { expanded: false });
    await expect(tab).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sidebar.panel).toBeVisible();
    await sidebar.button('Close Footnote').focus();
    await page.keyboard.press('Enter');
    await expect(sidebar.host).toHaveCount(0);
  });

  test('Esc collapses the open sidebar', async ({ openArticle, page }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    await sidebar.button('Collapse Footnote').focus();
    await page.keyboard.press('Escape');
    await expect(sidebar.panel).toBeHidden();
  });

  for (const file of ['council-budget.html', 'wildlife-sanctuary.html', 'spa-index.html']) {
    test(`${file} shows no sidebar and leaves no element behind`, async ({ openArticle, page }) => {
      const before = await page.context().newPage();
      await before.close();
      const sidebar = await openArticle(file);
      await sidebar.settle();
      await expect(sidebar.host).toHaveCount(0);
      const footnoteNodes = await page.evaluate(
        () => document.querySelectorAll('footnote-sidebar, [data-footnote]').length,
      );
      expect(footnoteNodes).toBe(0);
    });
  }
});

test.describe('single-page apps', () => {
  test('the sidebar follows pushState navigation: updates for a new relevant story, goes away for an irrelevant one, returns on back', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openArticle('spa-news.html?story=glendale');
    await expect(sidebar.heading()).toContainText('Glendale, California');

    await page.getByRole('link', { name: 'San Francisco' }).click();
    await expect(page).toHaveURL(/story=sf/);
    await expect(sidebar.heading()).toContainText('San Francisco, California');
    await expect(sidebar.host).toHaveCount(1);

    await page.getByRole('link', { name: 'Budget' }).click();
    await expect(page).toHaveURL(/story=budget/);
    await expect(sidebar.host).toHaveCount(0);

    await page.goBack();
    await expect(page).toHaveURL(/story=sf/);
    await expect(sidebar.heading()).toContainText('San Francisco, California');
  });

  test('a closed sidebar stays closed on that story but comes back on the next relevant one', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openArticle('spa-news.html?story=glendale');
    await sidebar.button('Close Footnote').click();
    await expect(sidebar.host).toHaveCount(0);
    await page.getByRole('link', { name: 'San Francisco' }).click();
    await expect(sidebar.heading()).toContainText('San Francisco, California');
  });
});

test('a story rendered after load still gets its sidebar (bounded wait)', async ({ openArticle }) => {
  const sidebar = await openArticle('late-render.html');
  await expect(sidebar.heading()).toContainText('Glendale, California');
});

test('a page control focused behind the open panel folds it to the tab and keeps focus (WCAG 2.4.11)', async ({
  openArticle,
  page,
}) => {
  const sidebar = await openArticle('demo-glendale.html');
  await expect(sidebar.panel).toBeVisible();
  const hidden = await page.evaluate(() => {
    const panelLeft = window.innerWidth - 380;
    const link = [...document.querySelectorAll('a[href]')].find((a) => {
      const box = a.getBoundingClientRect();
      return box.left > panelLeft && box.top > 0 && box.bottom < window.innerHeight;
    });
    link?.setAttribute('data-test-behind', '');
    return !!link;
  });
  expect(hidden).toBe(true);
  await page.locator('[data-test-behind]').focus();
  await expect(sidebar.panel).toBeHidden();
  await expect(sidebar.host.getByRole('button', { expanded: false })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-test-behind'))).toBe(true);
});
