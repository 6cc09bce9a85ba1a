import { expect, test } from './fixtures';

/** The extension API inside extension pages, as far as these tests use it. */
declare const chrome: { storage: { session: { set(items: object): Promise<void> } } };

test.describe('toolbar source lookup', () => {
  test('"SB 54" finds the California Values Act first', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.search('SB 54');
    await expect(popup.firstResult()).toContainText('California Values Act');
  });

  test('"Glendale" lists both Glendales, California first', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.search('Glendale');
    await expect(popup.firstResult()).toContainText('Glendale, California');
    const titles = await popup.results.allInnerTexts();
    const ca = titles.findIndex((t) => t.includes('Glendale, California'));
    const az = titles.findIndex((t) => t.includes('Glendale, Arizona'));
    expect(ca).toBeGreaterThanOrEqual(0);
    expect(az).toBeGreaterThan(ca);
  });

  test('opening a result shows its citation and source links', async ({ openPopup, page }) => {
    const popup = await openPopup();
    await popup.search('SB 54');
    await expect(popup.firstResult()).toContainText('California Values Act');
    // The first result is active while typing: Enter opens it, as a keyboard user expects.
    await popup.input.press('ArrowDown');
    await popup.input.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('California Values Act');
    await expect(page.getByText(/Gov\. Code/).first()).toBeVisible();
    await expect(page.locator('a[href*="leginfo.legislature.ca.gov"]').first()).toBeVisible();
  });
});

test.describe('toolbar lookup quality: citation forms, names and misspellings find the right record first', () => {
  const cases: [query: string, firstTitle: RegExp][] = [
    ['SB54', /California Values Act/],
    ['sb 54', /California Values Act/],
    ['Senate Bill 54', /California Values Act/],
    ['Values Act', /California Values Act/],
    ['287g', /287\(g\)/],
    ['Gov Code 7284.6', /California Values Act/],
    ['Glendle', /Glendale, California/],
    ['detainer', /detainer/i],
  ];
  // One popup for all of them: a browser launch per query would cost more than the queries.
  test(cases.map(([query]) => `"${query}"`).join(', '), async ({ openPopup }) => {
    const popup = await openPopup();
    for (const [query, firstTitle] of cases) {
      // Emptied between queries, so a first result can only come from the query just typed.
      await popup.search('');
      await expect(popup.results).toHaveCount(0);
      await popup.search(query);
      await expect(popup.firstResult(), query).toContainText(firstTitle);
    }
  });
});

test.describe('toolbar lookup filters', () => {
  test('kind and state narrow the results and the count is announced', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.search('Glendale');
    await expect(popup.firstResult()).toContainText('Glendale, California');
    await popup.stateFilter().selectOption('AZ');
    await expect(popup.firstResult()).toContainText('Glendale, Arizona');
    for (const text of await popup.results.allInnerTexts()) expect(text).not.toContain('California');
    await popup.stateFilter().selectOption('CA');
    await popup.kindFilter().selectOption('decision');
    await expect(popup.firstResult().locator('.lk-kind')).toHaveAttribute('data-kind', 'decision');
    await expect(popup.status()).toHaveText(/^\d+ results?$/);
    const kinds = await popup.page
      .locator('[role="option"] .lk-kind')
      .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe('decision');
    // Back to all kinds and all states: California's Glendale leads again.
    await popup.kindFilter().selectOption('');
    await popup.stateFilter().selectOption('');
    await expect(popup.firstResult()).toContainText('Glendale, California');
  });

  test('Tab from the search box reaches the kind filter, then the state filter', async ({ openPopup, page }) => {
    const popup = await openPopup();
    await popup.search('SB 54');
    await expect(popup.firstResult()).toContainText('California Values Act');
    await page.keyboard.press('Tab');
    await expect(popup.kindFilter()).toBeFocused();
    await popup.kindFilter().selectOption('source');
    await expect(popup.firstResult().locator('.lk-kind')).toHaveAttribute('data-kind', 'source');
    await page.keyboard.press('Tab');
    await expect(popup.stateFilter()).toBeFocused();
  });
});

test.describe('lookup opened with a query (the page the "Look up in Footnote" context menu opens)', () => {
  // Playwright cannot click the browser's native context menu: this opens the same popup.html?q= URL the
  // menu's handler opens when the toolbar popup cannot be shown (the handler is unit-tested).
  test('popup.html?q=SB%2054 shows the query and its results without typing', async ({ openPopup }) => {
    const popup = await openPopup('?q=SB%2054');
    await expect(popup.input).toHaveValue('SB 54');
    await expect(popup.firstResult()).toContainText('California Values Act');
  });

  test('a query left in session storage is run once, then forgotten', async ({ openPopup, page }) => {
    const popup = await openPopup();
    await page.evaluate(() => chrome.storage.session.set({ pendingLookup: { query: 'Values Act', at: Date.now() } }));
    await page.reload();
    await expect(popup.input).toHaveValue('Values Act');
    await expect(popup.firstResult()).toContainText('California Values Act');
    await page.reload();
    await expect(popup.input).toHaveValue('');
  });
});
