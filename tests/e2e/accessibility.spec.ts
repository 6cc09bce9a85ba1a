import type { Page } from '@playwright/test';
import { describeViolations, runAxe, type AxeScope } from './axe';
import { expect, test } from './fixtures';
import type { FocusedControl, SidebarPage } from './pages/sidebar-page';

const SCHEMES = ['light', 'dark'] as const;

/** axe finds nothing in `scope`; the failure message lists each violation's rule, impact and target. */
async function expectNoViolations(page: Page, what: string, scope?: AxeScope): Promise<void> {
  const violations = await runAxe(page, scope);
  expect(violations.length, `axe, ${what}:\n${describeViolations(violations)}`).toBe(0);
}

/** The emulated scheme really reached the page, so "dark" is not light checked twice. */
async function expectScheme(page: Page, scheme: (typeof SCHEMES)[number]): Promise<void> {
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
}

/** Opens every law card and every folded list, so their contents are checked too. */
async function unfoldEverything(sidebar: SidebarPage): Promise<void> {
  const summaries = sidebar.lawSummaries();
  for (let i = 0; i < (await summaries.count()); i++) {
    const summary = summaries.nth(i);
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
  }
  // A card renders its body on the toggle event, a moment after `open` is set.
  await expect(sidebar.panel.locator('details.fn-law[open] > .fn-law-body')).toHaveCount(await summaries.count());
  const folded = sidebar.panel.locator('button.fn-more[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

test.describe('accessibility: axe finds no WCAG 2.2 A/AA violations', () => {
  for (const scheme of SCHEMES) {
    test(`sidebar on the demo article, expanded (${scheme})`, async ({ openArticle, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const sidebar = await openArticle('demo-glendale.html');
      await expect(sidebar.panel).toBeVisible();
      await expectScheme(page, scheme);
      const scope = { include: 'footnote-sidebar', scroll: sidebar.panel.locator('.fn-scroll') };
      await expectNoViolations(page, `sidebar as it opens (${scheme})`, scope);
      await unfoldEverything(sidebar);
      await expectNoViolations(page, `sidebar with every card and list open (${scheme})`, scope);
    });

    test(`sidebar on the demo article, collapsed to the edge tab (${scheme})`, async ({ openArticle, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const sidebar = await openArticle('demo-glendale.html');
      await sidebar.button('Collapse Footnote').click();
      await expect(sidebar.edgeTab()).toBeVisible();
      await expectScheme(page, scheme);
      await expectNoViolations(page, `edge tab (${scheme})`, { include: 'footnote-sidebar' });
    });

    test(`sidebar with a card opened from a mark in the article, its mentions shown (${scheme})`, async ({
      openArticle,
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const sidebar = await openArticle('demo-glendale.html');
      await expect(sidebar.panel).toBeVisible();
      const card = sidebar.lawCard('287(g)');
      const show = card.locator('.fn-law-mentions button');
      // The card opens from its mark in the story (see marks.spec.ts), then shows its first mention.
      await expect.poll(() => page.evaluate(() => CSS.highlights.get('footnote-term')?.size ?? 0)).toBeGreaterThan(0);
      const point = await page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('footnote-term') ?? [])] as Range[];
        const range = ranges.find((r) => r.toString().startsWith('287(g)'));
        if (!range) return undefined;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      expect(point, 'a marked 287(g) in the story').toBeDefined();
      await page.mouse.click(point!.x, point!.y);
      await expect(show).toBeVisible();
      await show.click();
      await expectScheme(page, scheme);
      const scope = { include: 'footnote-sidebar', scroll: sidebar.panel.locator('.fn-scroll') };
      await expectNoViolations(page, `sidebar with a card opened from the article (${scheme})`, scope);
    });

    test(`popup: empty query, results for "SB 54" and the first result's detail (${scheme})`, async ({
      openPopup,
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const popup = await openPopup();
      await expect(popup.input).toBeFocused();
      await expectScheme(page, scheme);
      await expectNoViolations(page, `popup with an empty query (${scheme})`);

      await popup.search('SB 54');
      await expect(popup.firstResult()).toContainText('California Values Act');
      await expectNoViolations(page, `popup with results for "SB 54" (${scheme})`, {
        scroll: page.locator('.lk-results'),
      });

      await popup.firstResult().click();
      await expect(popup.detailHeading()).toContainText('California Values Act');
      await expectNoViolations(page, `popup detail of the first result (${scheme})`);
    });
  }
});

test.describe('accessibility: the modes’ interface (site menu, resize grip, This page, side panel, site list)', () => {
  for (const scheme of SCHEMES) {
    test(`sidebar with its "On this site" menu open (${scheme})`, async ({ openArticle, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const sidebar = await openArticle('demo-glendale.html');
      await sidebar.siteMenuButton().click();
      await expect(sidebar.host.getByRole('radio', { name: 'Only when asked' })).toBeVisible();
      await expect(sidebar.resizeHandle()).toBeVisible();
      await expectScheme(page, scheme);
      await expectNoViolations(page, `sidebar site menu (${scheme})`, { include: 'footnote-sidebar' });
    });

    test(`popup "This page" on a relevant article, side panel, and options listing a site (${scheme})`, async ({
      browserWithExtension,
      openArticle,
      page,
    }) => {
      const { context, extensionId } = browserWithExtension;
      const sidebar = await openArticle('demo-glendale.html');
      await sidebar.chooseSiteMode('Edge tab only');
      await expect(sidebar.edgeTab()).toBeVisible();

      const other = await context.newPage();
      await other.emulateMedia({ colorScheme: scheme });
      await other.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(other.getByRole('button', { name: 'Show the sidebar here' })).toBeVisible();
      await expectScheme(other, scheme);
      await expectNoViolations(other, `popup with "This page" (${scheme})`);

      await other.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect(other.locator('aside h2').first()).toHaveText('Glendale, California');
      await expectNoViolations(other, `side panel (${scheme})`, { scroll: other.locator('.fn-scroll') });

      await page.bringToFront();
      // The sidebar's menu stores its choice asynchronously: look again until the options page lists it.
      await expect(async () => {
        await other.goto(`chrome-extension://${extensionId}/options.html`);
        await expect(other.getByLabel('When to open on 127.0.0.1')).toHaveValue('edge-tab', { timeout: 1000 });
      }).toPass();
      await expectNoViolations(other, `options with a site of its own (${scheme})`);
    });
  }
});

/**
 * Presses Tab until focus lands on a sidebar control that `wanted` accepts, checking that every control it
 * passes on the way shows a focus indicator. Fails after `max` presses, listing where focus went.
 */
async function tabTo(
  sidebar: SidebarPage,
  wanted: (control: FocusedControl) => boolean,
  max = 120,
): Promise<FocusedControl> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await sidebar.page.keyboard.press('Tab');
    const control = await sidebar.focused();
    if (!control) continue;
    visited.push(`${control.tag} "${control.name}"`);
    expect(control.focusVisible, `focus indicator on ${control.tag} "${control.name}"`).toBe(true);
    expect(control.outline, `focus outline on ${control.tag} "${control.name}"`).not.toBe('none');
    if (wanted(control)) return control;
  }
  throw new Error(`Tab never reached the control; focus went to:\n${visited.join('\n')}`);
}

test.describe('keyboard only', () => {
  test('sidebar: Tab in, collapse button, show all facts, law cards, source links; Esc collapses and returns focus to the page', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    // Opening by itself, the sidebar leaves focus on the page.
    expect(await sidebar.focused()).toBeNull();

    // The host comes last in the document: Tab reaches it after the article's own controls. Page
    // controls behind the open panel fold it to the edge tab on the way (WCAG 2.4.11), so the first
    // stop is the tab, and Enter opens the panel with focus on its first control.
    const first = await tabTo(sidebar, () => true);
    expect(first).toMatchObject({ tag: 'button', expanded: 'false' });
    await page.keyboard.press('Enter');
    expect(await sidebar.focused()).toMatchObject({ tag: 'button', name: 'Collapse Footnote', expanded: 'true' });
    await tabTo(sidebar, (c) => c.name === 'Close Footnote');

    // Every claim's source is a link in the tab order.
    const ref = await tabTo(sidebar, (c) => c.tag === 'a');
    expect(ref.name).toMatch(/^Source \d+: /);
    expect(ref.href).toMatch(/^https:\/\//);

    const showAll = await tabTo(sidebar, (c) => /^Show all \d+ facts$/.test(c.name));
    expect(showAll.expanded).toBe('false');
    const facts = sidebar.panel.locator('#fn-decision-facts > li');
    const folded = await facts.count();
    await page.keyboard.press('Enter');
    expect(await sidebar.focused()).toMatchObject({ name: 'Show fewer facts', expanded: 'true' });
    expect(await facts.count()).toBeGreaterThan(folded);
    await page.keyboard.press('Space');
    expect(await sidebar.focused()).toMatchObject({ name: showAll.name, expanded: 'false' });
    await expect(facts).toHaveCount(folded);

    // The first law card starts open; Enter and Space on its summary toggle it.
    const card = sidebar.panel.locator('details.fn-law').first();
    const summary = await tabTo(sidebar, (c) => c.tag === 'summary');
    expect(summary.name).toContain('SB 54');
    await expect(card).toHaveAttribute('open', '');
    await page.keyboard.press('Enter');
    await expect(card).not.toHaveAttribute('open');
    await page.keyboard.press('Space');
    // The card renders its body when it opens (toggle is a queued event), so wait for it before moving on.
    await expect(card.locator('.fn-law-body')).toBeVisible();
    const read = await tabTo(sidebar, (c) => c.name.startsWith('Read the text'));
    expect(read).toMatchObject({ tag: 'a', name: 'Read the text of SB 54' });
    expect(read.href).toContain('leginfo.legislature.ca.gov');

    // A closed card's summary also opens from the keyboard.
    const closedCard = sidebar.panel.locator('details.fn-law:not([open])').first();
    const closedTitle = await closedCard.locator('summary').innerText();
    await tabTo(sidebar, (c) => c.tag === 'summary');
    await page.keyboard.press('Enter');
    await expect(sidebar.panel.locator('details.fn-law[open] .fn-law-body')).toHaveCount(2);
    expect((await sidebar.focused())?.name.replace(/\s+/g, ' ')).toBe(closedTitle.replace(/\s+/g, ' '));

    // Esc collapses the panel and hands focus back to the page, not to the edge tab.
    await page.keyboard.press('Escape');
    await expect(sidebar.panel).toBeHidden();
    await expect(sidebar.edgeTab()).toBeVisible();
    expect(await sidebar.focused()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('footnote-sidebar');

    // The edge tab is still in the tab order, and Enter on it brings the panel back with focus inside.
    const tab = await tabTo(sidebar, () => true);
    expect(tab).toMatchObject({ tag: 'button', expanded: 'false' });
    await page.keyboard.press('Enter');
    await expect(sidebar.panel).toBeVisible();
    expect(await sidebar.focused()).toMatchObject({ name: 'Collapse Footnote' });
  });

  test('popup: type a query, ArrowDown and Enter open a detail, Back returns to the search box', async ({
    openPopup,
    page,
  }) => {
    const popup = await openPopup();
    await expect(popup.input).toBeFocused();
    await page.keyboard.type('SB 54');
    await expect(popup.firstResult()).toContainText('California Values Act');
    await expect(popup.input).toHaveAttribute('aria-activedescendant', 'lk-result-0');

    await page.keyboard.press('ArrowDown');
    await expect(popup.input).toHaveAttribute('aria-activedescendant', 'lk-result-1');
    await expect(popup.results.nth(1)).toHaveAttribute('aria-selected', 'true');
    const title = await popup.results.nth(1).locator('.lk-hit-title').innerText();
    await page.keyboard.press('Enter');
    // The detail's title takes focus, so a screen reader starts reading there.
    await expect(popup.detailHeading()).toHaveText(title);
    await expect(popup.detailHeading()).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(popup.backButton()).toBeFocused();
    expect(await popup.backButton().evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(popup.input).toBeFocused();
    await expect(popup.input).toHaveValue('SB 54');
    // The hit the reader opened is still the active one.
    await expect(popup.input).toHaveAttribute('aria-activedescendant', 'lk-result-1');

    // Esc in a detail view goes back the same way.
    await page.keyboard.press('Enter');
    await expect(popup.detailHeading()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup.input).toBeFocused();
  });
});
