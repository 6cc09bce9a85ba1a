import { expect, test } from './fixtures';

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
