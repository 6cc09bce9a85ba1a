/**
 * Marks in the article: law names and key terms are highlighted with the CSS Custom Highlight API (no
 * change to the page's DOM), clicking one opens its law's card, and each card's "Show in the article"
 * button is the keyboard route from the sidebar back to the marked text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SidebarPage } from './pages/sidebar-page';

const HIGHLIGHT = 'footnote-term';

/** Each marked range's text, and whether it lies in the story body (not the headline, dek, rail or footer). */
function markedRanges(page: Page): Promise<{ text: string; inStory: boolean }[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return [...(highlight ?? [])].map((range) => ({
      text: (range as Range).toString(),
      inStory: !!range.startContainer.parentElement?.closest('article .story'),
    }));
  }, HIGHLIGHT);
}

/** Scrolls the `nth` mark reading `text` into view and returns the middle of its first line box. */
function markPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([name, wanted, index]) => {
      const ranges = [...(CSS.highlights.get(name as string) ?? [])] as Range[];
      const range = ranges.filter((r) => r.toString() === wanted)[index as number];
      if (!range) throw new Error(`no mark reads ${wanted}`);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [HIGHLIGHT, text, nth] as const,
  );
}

async function openMarkedDemo(openArticle: (file: string) => Promise<SidebarPage>, page: Page) {
  // The story as the server sent it, read before the content script runs (it runs at document_idle).
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __storyHtml: string }).__storyHtml = document.querySelector('article')!.innerHTML;
    }),
  );
  const sidebar = await openArticle('demo-glendale.html');
  await expect(sidebar.panel).toBeVisible();
  await expect.poll(async () => (await markedRanges(page)).length).toBeGreaterThan(0);
  return sidebar;
}

test.describe('marks in the article', () => {
  test('law names and key terms are highlighted in the story body, and the DOM is unchanged', async ({
    openArticle,
    page,
  }) => {
    await openMarkedDemo(openArticle, page);
    const ranges = await markedRanges(page);
    const texts = ranges.map((r) => r.text);
    // Every "SB 54" the story body has (the dek in the header is not story body), and the other terms.
    const inBody = await page.evaluate(
      () => document.querySelector('article .story')!.textContent!.split('SB 54').length - 1,
    );
    expect(texts.filter((t) => t === 'SB 54')).toHaveLength(inBody);
    expect(texts).toEqual(
      expect.arrayContaining([
        'California Values Act',
        'Assembly Bill 103',
        '287(g) agreement',
        'immigration detainer',
        'sanctuary',
      ]),
    );
    expect(ranges.every((r) => r.inStory)).toBe(true);
    // Styled by a stylesheet the document adopted: the page's own <head> gained nothing.
    expect(
      await page.evaluate(
        (name) =>
          document.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.includes(`::highlight(${name})`)),
          ),
        HIGHLIGHT,
      ),
    ).toBe(true);
    const unchanged = await page.evaluate(
      () => document.querySelector('article')!.innerHTML === (window as unknown as { __storyHtml: string }).__storyHtml,
    );
    expect(unchanged).toBe(true);
  });

  test('clicking "SB 54" in the article opens the SB 54 card and moves focus to it, without scrolling the page', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openMarkedDemo(openArticle, page);
    const card = sidebar.lawCard('SB 54');
    // The first card starts open: fold it, so the click has something to do.
    await card.locator('summary').click();
    await expect(card.locator('.fn-law-body')).toHaveCount(0);
    const point = await markPoint(page, 'SB 54');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.click(point.x, point.y);
    await expect(card.locator('.fn-law-body')).toBeVisible();
    await expect(card.locator('summary')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a mark opens its own card ("Assembly Bill 103"), and unfolds a collapsed sidebar first', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openMarkedDemo(openArticle, page);
    await sidebar.button('Collapse Footnote').click();
    await expect(sidebar.panel).toBeHidden();
    const point = await markPoint(page, 'Assembly Bill 103');
    await page.mouse.click(point.x, point.y);
    await expect(sidebar.panel).toBeVisible();
    const card = sidebar.lawCard('AB 103 detention-contract rule');
    await expect(card.locator('.fn-law-body')).toBeVisible();
    await expect(card.locator('summary')).toBeFocused();
  });

  test('a click beside a mark, or a drag that selects it, opens nothing', async ({ openArticle, page }) => {
    const sidebar = await openMarkedDemo(openArticle, page);
    const card = sidebar.lawCard('AB 103 detention-contract rule');
    await expect(card.locator('.fn-law-body')).toHaveCount(0);
    const point = await markPoint(page, 'Assembly Bill 103');
    // Well to the left of the term's line box, in the same paragraph.
    await page.mouse.click(point.x - 200 > 60 ? point.x - 200 : point.x + 260, point.y + 40);
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x + 40, point.y, { steps: 4 });
    await page.mouse.up();
    await expect(card.locator('.fn-law-body')).toHaveCount(0);
  });

  test('keyboard: a card\'s "Show in the article" selects each mention of its law in turn and scrolls to it', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openMarkedDemo(openArticle, page);
    const card = sidebar.lawCard('SB 54');
    const show = card.locator('.fn-law-mentions button');
    const sb54Marks = (await markedRanges(page)).filter((r) =>
      ['SB 54', 'California Values Act', 'Values Act', 'sanctuary'].includes(r.text),
    );
    // (The line's words and count are checked in the component test, with the catalog's strings.)
    await show.focus();
    await page.keyboard.press('Enter');
    const selected = () =>
      page.evaluate(() => {
        const selection = document.getSelection()!;
        const box = selection.getRangeAt(0).getBoundingClientRect();
        return {
          text: selection.toString(),
          inStory: !!selection.anchorNode?.parentElement?.closest('article .story'),
          inView: box.top >= 0 && box.bottom <= innerHeight,
          top: box.top + scrollY,
          left: box.left,
        };
      });
    const first = await selected();
    expect(first).toMatchObject({ text: sb54Marks[0]!.text, inStory: true, inView: true });
    await page.keyboard.press('Enter');
    const second = await selected();
    expect(second).toMatchObject({ text: sb54Marks[1]!.text, inStory: true, inView: true });
    // Further down the story (the next mention may be on the same line).
    expect(second.top > first.top || (second.top === first.top && second.left > first.left)).toBe(true);
    // Focus stays on the button, so the reader can keep going; after the last mention it wraps around.
    await expect(show).toBeFocused();
    for (let i = 2; i < sb54Marks.length; i++) await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await selected()).toEqual(first);
  });
});
