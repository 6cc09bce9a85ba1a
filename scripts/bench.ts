/**
 * `npm run bench`: measures what DESIGN.md budgets, in real Chromium.
 *   - main-thread task and script time each page costs with no extension, with an empty content-script
 *     extension (built here, the floor), and with Footnote: medians over --runs loads, with ratios;
 *   - time from DOMContentLoaded until the sidebar is painted (first load with a cold service worker,
 *     and the median of warm loads);
 *   - memory of the page and of Footnote's service worker;
 *   - the content script's gzipped size, the dataset's load time into IndexedDB, toolbar search p95
 *     (message round trip from the popup) and popup time-to-interactive.
 * Prints a table and writes .bench/results.json. With --check, exits 1 when a budget is exceeded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, ROOT, serveFolder, type ExtensionBrowser } from './harness';
import { benchPages, type BenchPage } from './bench/pages';
import { QUIET_CHROMIUM_FLAGS } from './chromium-flags';
import { checkBudgets, median, percentile, type BenchResults, type PageResult } from './bench/budgets';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 10;
const CHECK = args.includes('--check');
const QUERIES = [
  'SB 54',
  'Glendale',
  'detainer',
  '287(g)',
  'sb54',
  'Values Act',
  'San Francisco',
  'Texas',
  'sheriff',
  'ICE',
];

/** Extension pages have `chrome`; the code below runs there through page.evaluate. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

type Variant = 'none' | 'empty' | 'footnote';

/** An extension with a content script that does nothing: what any extension costs a page. */
function buildEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-empty-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script (benchmark baseline)',
      version: '1.0.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), '// intentionally empty\n');
  writeFileSync(join(dir, 'background.js'), '// intentionally empty\n');
  return dir;
}

async function launch(
  variant: Variant,
): Promise<{ context: BrowserContext; extension?: ExtensionBrowser; close(): Promise<void> }> {
  if (variant === 'footnote') {
    const extension = await launchWithExtension({ extensionDir: CHROME_BUILD });
    return { context: extension.context, extension, close: () => extension.close() };
  }
  if (variant === 'empty') {
    const extension = await launchWithExtension({ extensionDir: buildEmptyExtension() });
    return { context: extension.context, extension, close: () => extension.close() };
  }
  // "None": the same launcher with an extension-free profile would still load one; use the empty
  // profile with extensions disabled instead.
  const { chromium } = await import('playwright-core');
  const { chromiumPath } = await import('./harness');
  const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-none-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...QUIET_CHROMIUM_FLAGS],
  });
  return { context, close: () => context.close() };
}

/** Records when the sidebar's host is attached, relative to DOMContentLoaded, from the page's own clock. */
const SIDEBAR_WATCH = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('footnote-sidebar')) {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
        window.__footnoteSidebarMs = performance.now() - dcl;
      }));
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function loadOnce(context: BrowserContext, url: string, page: BenchPage, variant: Variant) {
  const tab: Page = await context.newPage();
  await tab.addInitScript(SIDEBAR_WATCH);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(url, { waitUntil: 'load' });
  let sidebarMs: number | null = null;
  if (variant === 'footnote' && page.relevant) {
    await tab.waitForFunction(
      () => (window as unknown as { __footnoteSidebarMs?: number }).__footnoteSidebarMs !== undefined,
      null,
      { timeout: 15_000 },
    );
    sidebarMs = await tab.evaluate(() => (window as unknown as { __footnoteSidebarMs: number }).__footnoteSidebarMs);
  }
  // Give content scripts (ours and the empty one) time to finish before reading the counters.
  await tab.waitForTimeout(page.relevant ? 600 : 1200);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await tab.close();
  return {
    taskMs: metric('TaskDuration') * 1000,
    scriptMs: metric('ScriptDuration') * 1000,
    heapMb: metric('JSHeapUsedSize') / 2 ** 20,
    sidebarMs,
  };
}

async function measureVariant(variant: Variant, origin: string, pages: BenchPage[]) {
  const browser = await launch(variant);
  const perPage = new Map<string, Awaited<ReturnType<typeof loadOnce>>[]>();
  try {
    for (const page of pages) {
      const samples = [];
      for (let run = 0; run < RUNS; run++)
        samples.push(await loadOnce(browser.context, `${origin}${page.path}?run=${run}`, page, variant));
      perPage.set(page.name, samples);
    }
    let extras: Partial<BenchResults['extension']> = {};
    if (variant === 'footnote' && browser.extension) extras = await measureExtension(browser.extension, origin, pages);
    return { perPage, extras };
  } finally {
    await browser.close();
  }
}

/** Cold sidebar time, service-worker memory, dataset load, search latency and popup readiness. */
async function measureExtension(
  extension: ExtensionBrowser,
  origin: string,
  pages: BenchPage[],
): Promise<Partial<BenchResults['extension']>> {
  const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl);
  const stats = await popup.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ footnote: 1, type: 'getDatasetStats', data: undefined });
    return reply as { ok: boolean; value?: { load?: { installed: boolean; ms: number } } };
  });
  const latencies = await popup.evaluate(async (queries) => {
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const query of queries) {
        const start = performance.now();
        await chrome.runtime.sendMessage({ footnote: 1, type: 'search', data: { query } });
        times.push(performance.now() - start);
      }
    }
    return times;
  }, QUERIES);
  await popup.close();

  const ttis: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await extension.context.newPage();
    await tab.goto(popupUrl);
    // Interactive: the search box has focus and a query gets results on screen.
    await tab.waitForFunction(() => document.activeElement?.matches('input[type="search"]') ?? false);
    ttis.push(await tab.evaluate(() => performance.now()));
    await tab.close();
  }

  const swHeap = await extension.serviceWorker
    .evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null)
    .catch(() => null);
  void origin;
  void pages;
  return {
    datasetLoadMs: stats.value?.load?.installed ? stats.value.load.ms : null,
    searchP95Ms: percentile(latencies, 95),
    searchMedianMs: median(latencies),
    popupInteractiveMs: median(ttis),
    serviceWorkerHeapMb: swHeap === null ? null : swHeap / 2 ** 20,
  };
}

/** The first relevant load after a fresh start: the service worker has to start and load the dataset. */
async function coldSidebar(origin: string, page: BenchPage): Promise<number | null> {
  const extension = await launchWithExtension({ extensionDir: CHROME_BUILD });
  try {
    const sample = await loadOnce(extension.context, `${origin}${page.path}?cold`, page, 'footnote');
    return sample.sidebarMs;
  } finally {
    await extension.close();
  }
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    console.log('Building Footnote…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const pages = benchPages();
  const server = await serveFolder(undefined, new Map(pages.map((p) => [p.path, p.html])));
  try {
    const cold = await coldSidebar(server.origin, pages[1]!);
    const measured = {} as Record<Variant, Awaited<ReturnType<typeof measureVariant>>>;
    for (const variant of ['none', 'empty', 'footnote'] as const) {
      console.log(
        `Measuring ${variant === 'none' ? 'no extension' : variant === 'empty' ? 'the empty extension' : 'Footnote'} (${RUNS} loads per page)…`,
      );
      measured[variant] = await measureVariant(variant, server.origin, pages);
    }
    const pageResults: PageResult[] = pages.map((page) => {
      const med = (variant: Variant, key: 'taskMs' | 'scriptMs' | 'heapMb') =>
        median(measured[variant].perPage.get(page.name)!.map((s) => s[key]));
      const sidebar = measured.footnote.perPage
        .get(page.name)!
        .map((s) => s.sidebarMs)
        .filter((v): v is number => v !== null);
      return {
        page: page.name,
        taskMs: { none: med('none', 'taskMs'), empty: med('empty', 'taskMs'), footnote: med('footnote', 'taskMs') },
        scriptMs: {
          none: med('none', 'scriptMs'),
          empty: med('empty', 'scriptMs'),
          footnote: med('footnote', 'scriptMs'),
        },
        heapMb: { none: med('none', 'heapMb'), empty: med('empty', 'heapMb'), footnote: med('footnote', 'heapMb') },
        sidebarWarmMs: sidebar.length > 0 ? median(sidebar) : null,
      };
    });
    const results: BenchResults = {
      date: new Date().toISOString(),
      runs: RUNS,
      chromium: execFileSync((await import('./harness')).chromiumPath(), ['--version'])
        .toString()
        .trim(),
      pages: pageResults,
      extension: {
        contentScriptGzipBytes: gzipSync(readFileSync(join(CHROME_BUILD, 'content-scripts', 'content.js')), {
          level: 9,
        }).length,
        sidebarColdMs: cold,
        datasetLoadMs: null,
        searchP95Ms: null,
        searchMedianMs: null,
        popupInteractiveMs: null,
        serviceWorkerHeapMb: null,
        ...measured.footnote.extras,
      },
    };
    printTable(results);
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nWrote .bench/results.json');
    if (CHECK) {
      const failures = checkBudgets(results);
      for (const failure of failures) console.log(`OVER BUDGET: ${failure}`);
      if (failures.length > 0) process.exitCode = 1;
      else console.log('All budgets met.');
    }
  } finally {
    await server.close();
  }
}

function printTable(results: BenchResults): void {
  const f = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '—');
  console.log(
    `\nMain-thread task time per load, medians of ${results.runs} (ms); "added" is Footnote minus no extension`,
  );
  console.log(
    'page                          none   empty  footnote  added  footnote/empty  footnote/none  script(fn)  heap MB(fn)  sidebar warm ms',
  );
  for (const p of results.pages) {
    console.log(
      `${p.page.padEnd(28)} ${f(p.taskMs.none).padStart(6)} ${f(p.taskMs.empty).padStart(7)} ${f(p.taskMs.footnote).padStart(9)} ${f(p.taskMs.footnote - p.taskMs.none).padStart(6)} ${ratio(p.taskMs.footnote, p.taskMs.empty).padStart(15)} ${ratio(p.taskMs.footnote, p.taskMs.none).padStart(14)} ${f(p.scriptMs.footnote).padStart(11)} ${f(p.heapMb.footnote).padStart(12)} ${f(p.sidebarWarmMs).padStart(16)}`,
    );
  }
  const e = results.extension;
  console.log('\nExtension');
  console.log(`  content script, gzipped        ${(e.contentScriptGzipBytes / 1024).toFixed(1)} KB`);
  console.log(`  sidebar after DCL, cold worker ${f(e.sidebarColdMs)} ms`);
  console.log(`  dataset load into IndexedDB    ${f(e.datasetLoadMs)} ms`);
  console.log(`  search round trip p95 / median ${f(e.searchP95Ms)} / ${f(e.searchMedianMs)} ms`);
  console.log(`  popup interactive (median)     ${f(e.popupInteractiveMs)} ms`);
  console.log(`  service worker JS heap         ${f(e.serviceWorkerHeapMb)} MB`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
