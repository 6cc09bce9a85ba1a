import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/footnote';
import { PAGES } from '../helpers';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

describe('footnote CLI', () => {
  it('detect prints one JSON object per file with the documented fields', async () => {
    const { status, out, err } = await run(
      'detect',
      join(PAGES, 'demo-glendale.html'),
      join(PAGES, 'council-budget.html'),
      join(PAGES, 'wildlife-sanctuary.html'),
    );
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(3);
    const [demo, budget, wildlife] = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(demo!).sort()).toEqual(
      ['file', 'jurisdictions', 'language', 'laws', 'relevant', 'score', 'why'].sort(),
    );
    expect(demo).toMatchObject({ relevant: true, language: 'en' });
    expect((demo!.jurisdictions as unknown[])[0]).toEqual({
      id: 'us-ca-glendale',
      name: 'Glendale',
      type: 'city',
      state: 'CA',
    });
    expect((demo!.laws as { id: string }[]).map((l) => l.id)).toContain('law-ca-sb54-2017');
    expect(budget).toMatchObject({ relevant: false });
    expect(wildlife).toMatchObject({ relevant: false });
  });

  it('a missing file gives a clear message and a non-zero status, and the other files are still processed', async () => {
    const { status, out, err } = await run(
      'detect',
      join(PAGES, 'no-such-page.html'),
      join(PAGES, 'demo-glendale.html'),
      PAGES,
    );
    expect(status).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/cannot read .*no-such-page\.html: no such file/),
      expect.stringMatching(/cannot read .*pages: is a directory/),
    ]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ relevant: true });
  });

  it('lookup prints the toolbar search results as JSON', async () => {
    const { status, out } = await run('lookup', 'SB 54');
    expect(status).toBe(0);
    expect((JSON.parse(out.join('\n')) as { id: string }[])[0]!.id).toBe('law-ca-sb54-2017');
  });

  it('stats prints the dataset counts', async () => {
    const { status, out } = await run('stats');
    expect(status).toBe(0);
    const stats = JSON.parse(out.join('\n')) as { version: string; counts: Record<string, number> };
    expect(stats.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
    expect(stats.counts.laws).toBeGreaterThan(5);
    expect(stats.counts.sources).toBeGreaterThan(10);
  });

  it('usage errors exit 2 with a message', async () => {
    expect((await run()).status).toBe(2);
    expect((await run('detect')).err.join()).toMatch(/give one or more HTML files/);
    expect((await run('lookup')).status).toBe(2);
    const unknown = await run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.err.join()).toMatch(/unknown command "frobnicate"/);
  });
});
