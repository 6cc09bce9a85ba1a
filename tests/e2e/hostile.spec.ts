/**
 * Hostile pages: sites that remove our element, patch or freeze the built-ins, take our tag name, never
 * stop mutating, or forbid every script and style. Footnote must not throw into their console, must not
 * fight them in a loop, and must not break them; where it can still show the sidebar, it does.
 *
 * Content scripts run in an isolated world: the page's changes to prototypes and globals do not reach
 * them, while the DOM itself (and custom element definitions, which belong to the document) is shared.
 * The tests assert that actual behaviour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { ROOT, serveFolder, type StaticServer } from '../../scripts/harness';
import { expect, test as base } from './fixtures';
import { SidebarPage } from './pages/sidebar-page';

const HOSTILE_DIR = join(ROOT, 'tests', 'fixtures', 'hostile');
/**
 * The pages by path, served as text/html. They are `.htm` files so that `footnote eval`, which scores every
 * `*.html` under tests/fixtures against a label, leaves them out of the detection corpus.
 */
const HOSTILE_PAGES = new Map(
  readdirSync(HOSTILE_DIR)
    .filter((name) => name.endsWith('.htm'))
    .map((name) => [`/${name}`, readFileSync(join(HOSTILE_DIR, name), 'utf8')] as const),
);

/** Console errors and uncaught errors seen while a test ran, split by whether Footnote caused them. */
interface ErrorLog {
  footnote: string[];
  page: string[];
}

/** A message is Footnote's if it comes from the extension's scripts or names Footnote. */
function fromFootnote(text: string, url = ''): boolean {
  return url.startsWith('chrome-extension://') || text.includes('chrome-extension://') || /footnote/i.test(text);
}

const test = base.extend<{
  hostile: StaticServer;
  errors: ErrorLog;
  openHostile: (path: string) => Promise<SidebarPage>;
}>({
  hostile: async ({}, use) => {
    const server = await serveFolder(HOSTILE_DIR, HOSTILE_PAGES);
    await use(server);
    await server.close();
  },
  errors: async ({ page, browserWithExtension }, use) => {
    const log: ErrorLog = { footnote: [], page: [] };
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const url = message.location().url;
      if (url.endsWith('/favicon.ico')) return; // the fixture server has none
      const line = `console.${message.type()}: ${message.text()} (${url})`;
      (fromFootnote(message.text(), url) ? log.footnote : log.page).push(line);
    });
    page.on('pageerror', (error) => {
      const line = `uncaught: ${error.message}\n${error.stack ?? ''}`;
      (fromFootnote(line) ? log.footnote : log.page).push(line);
    });
    const watch = (worker: Worker) =>
      worker.on('console', (message) => {
        if (message.type() === 'error') log.footnote.push(`service worker: ${message.text()}`);
      });
    watch(browserWithExtension.serviceWorker);
    browserWithExtension.context.on('serviceworker', watch);
    await use(log);
  },
  openHostile: async ({ page, hostile, errors }, use) => {
    void errors; // listening before the first navigation
    await use(async (path) => {
      await page.goto(`${hostile.origin}/${path}`);
      return new SidebarPage(page);
    });
  },
});

/** A counter the page's own script advances; reading it twice shows the page kept working. */
function pageCounter(page: Page, name: '__ticks' | '__mutations'): Promise<number> {
  return page.evaluate((key) => Number((window as unknown as Record<string, unknown>)[key] ?? 0), name);
}

async function expectPageKeepsRunning(page: Page, name: '__ticks' | '__mutations'): Promise<void> {
  const before = await pageCounter(page, name);
  await expect.poll(() => pageCounter(page, name), { timeout: 5_000 }).toBeGreaterThan(before + 5);
}

/** The sidebar is shown and styled by its adopted stylesheet: a fixed panel 380 px wide. */
async function expectStyledSidebar(sidebar: SidebarPage): Promise<void> {
  await expect(sidebar.panel).toBeVisible();
  await expect(sidebar.heading()).toContainText('Glendale, California');
  const look = await sidebar.host.evaluate((host) => {
    const aside = host.shadowRoot?.querySelector('aside');
    const style = aside ? getComputedStyle(aside) : undefined;
    return {
      mode: host.shadowRoot?.mode,
      sheets: host.shadowRoot?.adoptedStyleSheets.length ?? 0,
      position: style?.position,
      width: style?.width,
    };
  });
  expect(look).toEqual({ mode: 'open', sheets: 1, position: 'fixed', width: '380px' });
}

test.describe('hostile pages', () => {
  test.afterEach(({ errors }, testInfo) => {
    // Kept with the report, so a failure shows what the page itself logged as well.
    if (errors.page.length > 0) void testInfo.attach('page errors', { body: errors.page.join('\n\n') });
  });

  test('a page that removes <footnote-sidebar> at once: Footnote mounts once, lets it go, and does not fight', async ({
    openHostile,
    page,
    errors,
  }) => {
    const sidebar = await openHostile('remove-host.htm');
    const removals = () => page.evaluate(() => (window as unknown as { __removed: number[] }).__removed.length);
    await expect.poll(removals, { timeout: 10_000 }).toBe(1);
    // The decision: once the page removes the sidebar, it stays removed until the reader navigates.
    await page.waitForTimeout(3_000);
    expect(await removals()).toBe(1);
    await expect(sidebar.host).toHaveCount(0);
    await expectPageKeepsRunning(page, '__ticks');
    expect(errors.footnote).toEqual([]);
    expect(errors.page).toEqual([]);
  });

  for (const mode of ['throw', 'closed'] as const) {
    test(`a page whose Element.prototype.attachShadow ${mode === 'throw' ? 'throws (and other built-ins too)' : 'forces closed roots'}: the isolated world is untouched and the sidebar works`, async ({
      openHostile,
      page,
      errors,
    }) => {
      const sidebar = await openHostile(`attach-shadow.htm?mode=${mode}`);
      await expectStyledSidebar(sidebar);
      // The override is live in the page's own world; it just does not reach the content script.
      expect(await page.evaluate(() => (window as unknown as { __ownShadow: string }).__ownShadow)).toBe(
        mode === 'throw' ? 'threw' : 'closed',
      );
      await sidebar.button('Collapse Footnote').click();
      await expect(sidebar.panel).toBeHidden();
      expect(errors.footnote).toEqual([]);
      expect(errors.page).toEqual([]);
    });
  }

  for (const kind of ['closed', 'disabled', 'removes'] as const) {
    test(`a page that defines <footnote-sidebar> as its own custom element (${kind}): Footnote shows nothing and throws nothing`, async ({
      openHostile,
      page,
      errors,
    }) => {
      const sidebar = await openHostile(`custom-element.htm?kind=${kind}`);
      // Custom element definitions are the document's, so the page's constructor runs on the element the
      // content script creates: that it ran proves Footnote judged the story relevant and tried to mount.
      const constructed = () => page.evaluate(() => (window as unknown as { __constructed: number }).__constructed);
      await expect.poll(constructed, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
      await page.waitForTimeout(2_000);
      expect(await constructed()).toBe(1);
      await expect(sidebar.host).toHaveCount(0);
      await expectPageKeepsRunning(page, '__ticks');
      expect(errors.footnote).toEqual([]);
      expect(errors.page).toEqual([]);
    });
  }

  test('a page that freezes Object, Array, Function, Element and other prototypes: the sidebar still works', async ({
    openHostile,
    page,
    errors,
  }) => {
    const sidebar = await openHostile('frozen.htm');
    await expectStyledSidebar(sidebar);
    expect(await page.evaluate(() => (window as unknown as { __frozen: boolean }).__frozen)).toBe(true);
    await sidebar.button('Collapse Footnote').click();
    await expect(sidebar.panel).toBeHidden();
    await sidebar.host.getByRole('button', { expanded: false }).click();
    await expect(sidebar.panel).toBeVisible();
    await sidebar.button('Close Footnote').click();
    await expect(sidebar.host).toHaveCount(0);
    await expectPageKeepsRunning(page, '__ticks');
    expect(errors.footnote).toEqual([]);
    expect(errors.page).toEqual([]);
  });

  test('a page that mutates its DOM every millisecond: the sidebar appears within seconds and stays, and the page keeps running', async ({
    openHostile,
    page,
    errors,
  }) => {
    const sidebar = await openHostile('mutation-flood.htm');
    await expect(sidebar.panel).toBeVisible({ timeout: 5_000 });
    await expectStyledSidebar(sidebar);
    // The same element stays: no re-mount on every burst of mutations.
    await sidebar.host.evaluate((host) => host.setAttribute('data-test-mark', '1'));
    await expectPageKeepsRunning(page, '__mutations');
    await expect(page.locator('footnote-sidebar[data-test-mark="1"]')).toHaveCount(1);
    expect(errors.footnote).toEqual([]);
    expect(errors.page).toEqual([]);
  });

  // The story arrives half a second after load, under a head that already passes the gate. The page
  // never falls quiet while flooding, so the bounded wait for a late story (4 s) is what ends it.
  for (const [query, within] of [
    ['late=1&flood=0', 5_000],
    ['late=1', 10_000],
  ] as const) {
    test(`a page that renders its story late (${query}): the sidebar appears within ${within / 1000} s`, async ({
      openHostile,
      page,
      errors,
    }) => {
      const sidebar = await openHostile(`mutation-flood.htm?${query}`);
      await expect(sidebar.panel).toBeVisible({ timeout: within });
      await expectStyledSidebar(sidebar);
      if (!query.includes('flood=0')) await expectPageKeepsRunning(page, '__mutations');
      expect(errors.footnote).toEqual([]);
      expect(errors.page).toEqual([]);
    });
  }

  test("a page with a strict CSP (default-src 'none'; style-src 'none'): the sidebar still appears, styled", async ({
    openHostile,
    page,
    errors,
  }) => {
    const sidebar = await openHostile('strict-csp.htm');
    await expectStyledSidebar(sidebar);
    // The policy is in force for the page: its own inline style is refused.
    const refused = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { margin-left: 77px !important; }';
      document.head.append(style);
      return getComputedStyle(document.body).marginLeft !== '77px';
    });
    expect(refused).toBe(true);
    expect(errors.footnote).toEqual([]);
    // The only page errors are the policy refusing the page's own style above.
    for (const line of errors.page) expect(line).toMatch(/Content Security Policy/);
  });
});
