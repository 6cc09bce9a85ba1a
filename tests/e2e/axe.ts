/**
 * axe-core in the e2e tests: its source is evaluated in the page's main world (extension pages included:
 * the DevTools protocol is not bound by their CSP, a script tag would be) and run against the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule tags we hold the sidebar and the popup to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeScope {
  /** A selector for what to check; a shadow host brings its shadow tree along. Default: the whole page. */
  include?: string;
  /**
   * A scroll container whose hidden part axe would otherwise skip: it checks contrast only for text it
   * can see. The container is scrolled a screenful at a time and color-contrast re-run at each stop.
   */
  scroll?: Locator;
}

/** Injects axe-core into `page` (once) and returns the WCAG A/AA violations in `scope`. */
export async function runAxe(page: Page, scope: AxeScope = {}): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await axeRun(page, scope.include, { type: 'tag', values: [...WCAG_TAGS] });
  const container = scope.scroll;
  if (!container) return violations;
  const start = await container.evaluate((el) => el.scrollTop);
  for (let top = 0; ;) {
    const { clientHeight, scrollHeight } = await container.evaluate((el, y) => {
      el.scrollTop = y;
      return { clientHeight: el.clientHeight, scrollHeight: el.scrollHeight };
    }, top);
    merge(violations, await axeRun(page, scope.include, { type: 'rule', values: ['color-contrast'] }));
    if (top + clientHeight >= scrollHeight) break;
    top += Math.max(1, Math.floor(clientHeight * 0.9));
  }
  await container.evaluate((el, y) => (el.scrollTop = y), start);
  return violations;
}

async function axeRun(page: Page, include: string | undefined, runOnly: RunOptions['runOnly']): Promise<Result[]> {
  const options: RunOptions = { runOnly, resultTypes: ['violations'] };
  return page.evaluate(
    async ({ include, options }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      return (await axe.run(include ? { include: [include] } : document, options)).violations;
    },
    { include, options },
  );
}

/** Adds `found` to `into`, one entry per rule and one node per target. */
function merge(into: Result[], found: readonly Result[]): void {
  for (const violation of found) {
    const known = into.find((v) => v.id === violation.id);
    if (!known) {
      into.push(violation);
      continue;
    }
    const targets = new Set(known.nodes.map((n) => JSON.stringify(n.target)));
    known.nodes.push(...violation.nodes.filter((n) => !targets.has(JSON.stringify(n.target))));
  }
}

/** One line per failing node: rule id, impact, target (into shadow roots with `>>>`) and axe's summary. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' >>> ');
        const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `${v.id} [${v.impact ?? 'n/a'}] ${target}: ${why}`;
      }),
    )
    .join('\n');
}
