/** DESIGN.md's budgets, and the arithmetic the benchmark reports them with. */

export interface PageResult {
  page: string;
  taskMs: { none: number; empty: number; footnote: number };
  scriptMs: { none: number; empty: number; footnote: number };
  heapMb: { none: number; empty: number; footnote: number };
  sidebarWarmMs: number | null;
}

export interface BenchResults {
  date: string;
  runs: number;
  chromium: string;
  pages: PageResult[];
  extension: {
    contentScriptGzipBytes: number;
    sidebarColdMs: number | null;
    datasetLoadMs: number | null;
    searchP95Ms: number | null;
    searchMedianMs: number | null;
    popupInteractiveMs: number | null;
    serviceWorkerHeapMb: number | null;
  };
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Each budget DESIGN.md states, checked against the results; returns what is over, in words. */
export function checkBudgets(results: BenchResults): string[] {
  const failures: string[] = [];
  const added = (name: string) => {
    const page = results.pages.find((p) => p.page === name);
    return page ? page.taskMs.footnote - page.taskMs.none : Number.NaN;
  };
  const limit = (label: string, value: number | null, max: number, unit = 'ms') => {
    if (value === null || Number.isNaN(value)) failures.push(`${label}: not measured`);
    else if (value > max) failures.push(`${label}: ${value.toFixed(1)} ${unit} > ${max} ${unit}`);
  };
  limit('non-article page, added main-thread time', added('non-article page'), 2);
  limit('short relevant article with sidebar, added main-thread time', added('short relevant article'), 16);
  limit('5,000-word article, added main-thread time', added('5,000-word relevant article'), 20);
  const e = results.extension;
  limit('sidebar painted after DOMContentLoaded (cold service worker)', e.sidebarColdMs, 300);
  limit('content script, gzipped', e.contentScriptGzipBytes / 1024, 30, 'KB');
  limit('dataset load into IndexedDB', e.datasetLoadMs, 1000);
  limit('toolbar search p95', e.searchP95Ms, 15);
  limit('popup interactive', e.popupInteractiveMs, 150);
  return failures;
}
