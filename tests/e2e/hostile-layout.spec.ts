/**
 * Hostile layouts: pages whose CSS, direction, overlays or policy could bend the sidebar, or be bent by
 * it. On each, the sidebar must look as designed (px sizes whatever the page's root font size, not
 * covered by the page's highest overlays, in English left-to-right), the story must stay exactly where it
 * was before the sidebar came (no layout shift, through collapse, expand and an opened card), and the
 * law names must still be marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, serveFolder, type StaticServer } from '../../scripts/harness';
import { expect, test as base } from './fixtures';
import { SidebarPage } from './pages/sidebar-page';

const HOSTILE_DIR = join(ROOT, 'tests', 'fixtures', 'hostile');
/** Served from memory as text/html: `.htm`, so `footnote eval` leaves them out of the detection corpus. */
const HOSTILE_PAGES = new Map(
  readdirSync(HOSTILE_DIR)
    .filter((name) => name.endsWith('.htm'))
    .map((name) => [`/${name}`, readFileSync(join(HOSTILE_DIR, name), 'utf8')] as const),
);

/** Each page, what it does, and which edge the panel belongs on. */
const LAYOUTS = [
  { path: 'css-resets.htm', what: '!important resets on *, div, button, h2; a 10px root; a transformed <body>' },
  { path: 'css-resets.htm?root=200%25', what: 'the same resets with a 32px root' },
  { path: 'right-to-left.htm', what: 'a right-to-left Arabic page around an English story', side: 'left' },
  { path: 'fixed-overlays.htm', what: 'a fixed header, a sticky cookie bar and a flyout, all at z-index 2147483647' },
  { path: 'strict-csp.htm', what: "a strict CSP (default-src 'none'; style-src 'none')" },
] as const;

const test = base.extend<{ hostile: StaticServer; footnoteErrors: string[] }>({
  hostile: async ({}, use) => {
    const server = await serveFolder(HOSTILE_DIR, HOSTILE_PAGES);
    await use(server);
    await server.close();
  },
  footnoteErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => {
      if (/chrome-extension:|footnote/i.test(`${error.message}\n${error.stack}`)) errors.push(error.message);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://'))
        errors.push(message.text());
    });
    await use(errors);
  },
});

type Box = [x: number, y: number, width: number, height: number];
interface LayoutLog {
  before: Box[] | null;
  hostAtStart: boolean;
  shifts: { value: number; inArticle: boolean }[];
}

/**
 * Before the page's own scripts: the story's boxes (headline and first paragraphs, in page coordinates)
 * at DOMContentLoaded, before the content script runs (document_idle), and every layout shift.
 */
async function watchLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: LayoutLog = { before: null, hostAtStart: false, shifts: [] };
    const boxes = (): Box[] =>
      [...document.querySelectorAll('article h1, article p')].slice(0, 5).map((el) => {
        const r = el.getBoundingClientRect();
        return [r.left + scrollX, r.top + scrollY, r.width, r.height];
      });
    Object.assign(window, { __layout: log, __articleBoxes: boxes });
    document.addEventListener('DOMContentLoaded', () => {
      log.before = boxes();
      log.hostAtStart = !!document.querySelector('footnote-sidebar');
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[]) {
        const article = document.querySelector('article');
        log.shifts.push({
          value: entry.value,
          inArticle: entry.sources.some((s) => !!s.node && !!article?.contains(s.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

function articleBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => (window as unknown as { __articleBoxes: () => Box[] }).__articleBoxes());
}

function layoutLog(page: Page): Promise<LayoutLog> {
  return page.evaluate(() => (window as unknown as { __layout: LayoutLog }).__layout);
}

/** The sidebar's computed look, read inside its shadow root. */
function sidebarLook(sidebar: SidebarPage) {
  return sidebar.host.evaluate((host) => {
    const root = host.shadowRoot!;
    const px = (selector: string, property: string) =>
      getComputedStyle(root.querySelector(selector)!).getPropertyValue(property);
    const panel = root.querySelector('aside')!.getBoundingClientRect();
    const button = root.querySelector('.fn-icon-button')!.getBoundingClientRect();
    const heading = root.querySelector('.fn-place-name')!.getBoundingClientRect();
    return {
      rootFontSize: px('.fn-root', 'font-size'),
      rootLineHeight: px('.fn-root', 'line-height'),
      letterSpacing: px('.fn-root', 'letter-spacing'),
      direction: px('.fn-root', 'direction'),
      headingFontSize: px('.fn-place-name', 'font-size'),
      headingTransform: px('.fn-place-name', 'text-transform'),
      sectionTitleSize: px('.fn-section-title', 'font-size'),
      button: [button.width, button.height],
      panel: { left: panel.left, right: panel.right, top: panel.top, height: panel.height, width: panel.width },
      headingShown: heading.height > 0 && heading.bottom <= innerHeight && heading.top >= 0,
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    };
  });
}

/** What the page hit-tests at the middle of a box inside the sidebar: our host, or something of the page's. */
function topmostAt(sidebar: SidebarPage, selector: string) {
  return sidebar.host.evaluate((host, inner) => {
    const box = host.shadowRoot!.querySelector(inner)!.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit === host ? 'footnote' : (hit?.outerHTML.slice(0, 80) ?? 'nothing');
  }, selector);
}

test.describe('hostile layouts: a correct sidebar, and the article does not move', () => {
  for (const layout of LAYOUTS) {
    test(`${layout.what} (${layout.path})`, async ({ page, hostile, footnoteErrors }) => {
      await watchLayout(page);
      await page.goto(`${hostile.origin}/${layout.path}`);
      const sidebar = new SidebarPage(page);
      await expect(sidebar.panel).toBeVisible();
      await expect(sidebar.heading()).toContainText('Glendale, California');
      // The law names are marked here too (under the strict CSP as well).
      await expect.poll(() => page.evaluate(() => CSS.highlights.get('footnote-term')?.size ?? 0)).toBeGreaterThan(0);
      if (layout.path.startsWith('fixed-overlays')) {
        await expect.poll(() => page.evaluate(() => document.querySelector('.flyout') !== null)).toBe(true);
      }

      // Sizes in px, whatever the page's root font size and resets; English, left to right.
      const look = await sidebarLook(sidebar);
      expect(look).toMatchObject({
        rootFontSize: '14px',
        letterSpacing: 'normal',
        direction: 'ltr',
        headingFontSize: '20px',
        headingTransform: 'none',
        sectionTitleSize: '12px',
        button: [32, 32],
        headingShown: true,
      });
      expect(parseFloat(look.rootLineHeight)).toBeCloseTo(14 * 1.45, 1);
      // A fixed panel the height of the viewport, on the page's end edge.
      expect(look.panel).toMatchObject({ top: 0, height: look.viewport.height, width: 380 });
      if ('side' in layout) expect(look.panel.left).toBe(0);
      else expect(look.panel.right).toBe(look.viewport.width);

      // On top of everything the page stacks there, its header and flyout at the largest z-index included.
      expect(await topmostAt(sidebar, '.fn-scroll')).toBe('footnote');
      expect(await topmostAt(sidebar, '.fn-icon-button')).toBe('footnote');

      // Scrolling the page leaves the panel where it is (a transformed <body> must not carry it along).
      await page.evaluate(() => window.scrollTo(0, 400));
      expect((await sidebarLook(sidebar)).panel).toMatchObject({ top: 0, height: look.viewport.height });
      await page.evaluate(() => window.scrollTo(0, 0));

      // The story has not moved since before the sidebar came, and does not through collapse, expand and a card.
      const log = await layoutLog(page);
      expect(log.hostAtStart).toBe(false);
      expect(log.before).not.toBeNull();
      expect(log.before!.length).toBeGreaterThanOrEqual(3);
      expect(await articleBoxes(page)).toEqual(log.before);
      await sidebar.button('Collapse Footnote').click();
      await expect(sidebar.panel).toBeHidden();
      expect(await articleBoxes(page)).toEqual(log.before);
      await sidebar.edgeTab().click();
      await expect(sidebar.panel).toBeVisible();
      await sidebar.lawSummaries().nth(1).click();
      await expect(sidebar.panel.locator('details.fn-law[open]')).toHaveCount(2);
      expect(await articleBoxes(page)).toEqual(log.before);
      const shifts = (await layoutLog(page)).shifts;
      expect(shifts.filter((s) => s.inArticle)).toEqual([]);

      if ('side' in layout) {
        // On the left of a right-to-left page, the panel leaves the story's headline uncovered.
        const headline = await page.evaluate(() => {
          const box = document.querySelector('article h1')!.getBoundingClientRect();
          return document.elementFromPoint(box.left + 4, box.top + box.height / 2)?.closest('article') !== null;
        });
        expect(headline).toBe(true);
      }
      expect(footnoteErrors).toEqual([]);
    });
  }
});
