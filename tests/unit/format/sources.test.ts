import { describe, expect, it } from 'vitest';
import type { SourceLink } from '@/lib/context/model';
import { numberSources, orderSources } from '@/lib/format/sources';
import { safeHref } from '@/lib/format/url';

const link = (id: string, primary: boolean, date?: string): SourceLink => ({
  id,
  title: id,
  publisher: 'P',
  kind: primary ? 'statute' : 'news',
  url: `https://example.org/${id}`,
  primary,
  ...(date ? { date } : {}),
});

describe('orderSources', () => {
  it('puts primary sources first, then newest first, undated last, then by title', () => {
    const listed = [
      link('news-undated', false),
      link('news-2024', false, '2024-03-01'),
      link('law-2017', true, '2017-10-05'),
      link('news-2025', false, '2025-06-10'),
      link('law-undated', true),
      link('law-2013', true, '2013-10-05'),
      link('news-2025', false, '2025-06-10'),
    ];
    expect(orderSources(listed).map((s) => s.id)).toEqual([
      'law-2017',
      'law-2013',
      'law-undated',
      'news-2025',
      'news-2024',
      'news-undated',
    ]);
  });

  it('appends cited-but-unlisted sources once, in the order cited, so every reference number resolves', () => {
    const listed = [link('news-a', false), link('law-a', true), link('news-b', false), link('law-b', true)];
    const cited = [link('law-a', true), link('extra', false), link('extra', false)];
    const ordered = orderSources(listed, cited).map((s) => s.id);
    expect(ordered).toEqual(['law-a', 'law-b', 'news-a', 'news-b', 'extra']);
    expect(numberSources(orderSources(listed, cited)).get('extra')).toBe(5);
  });
});

describe('safeHref', () => {
  it('allows http(s) and refuses script and data URLs', () => {
    expect(safeHref('https://leginfo.legislature.ca.gov/x')).toBe('https://leginfo.legislature.ca.gov/x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
