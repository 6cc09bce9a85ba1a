import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationReport, type ExpectedLabel, type Outcome } from '../../../lib/cli/evaluate';
import { runCli } from '../../../lib/cli/footnote';
import { PAGES } from '../helpers';

const label = (over: Partial<ExpectedLabel>): ExpectedLabel => ({
  relevant: true,
  language: 'en',
  jurisdictions: [],
  laws: [],
  ...over,
});
const outcome = (file: string, over: Partial<Outcome>): Outcome => ({
  file,
  relevant: true,
  jurisdictions: [],
  laws: [],
  ...over,
});

describe('evaluate', () => {
  it('computes precision, recall, jurisdiction@1 and law-link per language, and lists the misses', () => {
    const labels = new Map<string, ExpectedLabel>([
      ['a.html', label({ jurisdictions: ['us-ca-glendale'], laws: ['law-ca-sb54-2017'] })],
      ['b.html', label({ jurisdictions: ['us-az-glendale'] })],
      ['c.html', label({ relevant: false })],
      ['d.html', label({ relevant: false })],
      ['e.html', label({ language: 'es', jurisdictions: ['us-il-chicago'] })],
    ]);
    const report = evaluate(
      [
        outcome('a.html', { jurisdictions: ['us-ca-glendale'], laws: ['law-ca-sb54-2017'] }),
        outcome('b.html', { jurisdictions: ['us-ca-glendale'] }),
        outcome('c.html', { jurisdictions: ['us-ny-new-york-city'] }),
        outcome('d.html', { relevant: false }),
        outcome('e.html', { relevant: false, jurisdictions: ['us-il-chicago'] }),
      ],
      labels,
    );
    expect(report.byLanguage.en).toEqual({
      pages: 4,
      positives: 2,
      negatives: 2,
      precision: 0.667,
      recall: 1,
      jurisdictionAt1: 0.5,
      lawLink: 1,
    });
    expect(report.byLanguage.es).toEqual({
      pages: 1,
      positives: 1,
      negatives: 0,
      precision: null,
      recall: 0,
      jurisdictionAt1: 1,
      lawLink: 1,
    });
    expect(report.overall.recall).toBe(0.667);
    expect(report.misses.map((m) => `${m.file}:${m.kind}`).sort()).toEqual([
      'b.html:wrong-jurisdiction',
      'c.html:false-positive',
      'e.html:false-negative',
    ]);
  });

  it('refuses an outcome with no label', () => {
    expect(() => evaluate([outcome('x.html', {})], new Map())).toThrow(/no expected label/);
  });
});

describe('footnote eval on the project corpus', () => {
  it('meets the detection targets in every language', async () => {
    const out: string[] = [];
    const status = await runCli(['eval', join(PAGES, '..')], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(status).toBe(0);
    const report = JSON.parse(out.join('\n')) as EvaluationReport;
    for (const [language, m] of Object.entries(report.byLanguage)) {
      expect(
        m.precision ?? 1,
        `${language} precision; misses: ${JSON.stringify(report.misses)}`,
      ).toBeGreaterThanOrEqual(0.97);
      expect(m.recall, `${language} recall`).toBeGreaterThanOrEqual(0.93);
      expect(m.jurisdictionAt1, `${language} jurisdiction@1`).toBeGreaterThanOrEqual(0.95);
      expect(m.lawLink, `${language} law-link`).toBeGreaterThanOrEqual(0.9);
    }
  }, 120_000);
});
