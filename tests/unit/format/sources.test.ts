import { describe, expect, it } from 'vitest';
import type { SourceLink } from '@/lib/context/model';
import { numberSources, orderSources } from '@/lib/format/sources';
import { safeHref } from '@/lib/format/url';

const link = (id: string, primary: boolean): SourceLink => ({
  id,
  title: id,
  publisher: 'P',
  kind: primary ? 'statute' : 'news',
  url: `https://example.org/${id}`,
  primary,
});

describe('orderSources', () => {
  it('puts primary sources first, keeps the given order otherwise, and appends cited-but-unlisted ones once', () => {
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
