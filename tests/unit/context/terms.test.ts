import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContext } from '../../../lib/messaging';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { articleFromFixture, article, bundledDataset } from '../helpers';

let footnote: FootnoteService;
let demo: ArticleContext;
// Compiling the detection index and the first detection take seconds on a busy machine: once per file.
beforeAll(async () => {
  footnote = new FootnoteService(await bundledDataset());
  demo = footnote.articleContext(articleFromFixture('demo-glendale.html'));
}, 60_000);

describe('articleTerms (through the service, as the content script receives them)', () => {
  it('gives the demo story its law names and key terms as written, each with the card it opens', async () => {
    const context = demo;
    const terms = new Map(context.sidebar!.terms!.map((t) => [t.text, t.lawId]));
    expect(terms.get('SB 54')).toBe('law-ca-sb54-2017');
    expect(terms.get('California Values Act')).toBe('law-ca-sb54-2017');
    expect(terms.get('Assembly Bill 103')).toBe('law-ca-ab103-2017-detention');
    expect(terms.get('287(g)')).toBe('law-us-287g');
    // A detainer is a federal instrument: its federal rule, not SB 54, though SB 54 limits it too.
    expect(terms.get('detainer')).toBe('law-us-detainers-8cfr287-7');
    expect(terms.get('sanctuary')).toBe('law-ca-sb54-2017');
    // Only laws the sidebar shows: nothing points to a card that is not there.
    const shown = new Set(context.sidebar!.laws.map((l) => l.id));
    for (const lawId of terms.values()) expect(shown).toContain(lawId);
  });

  it('finds nothing for a law the article never names, and survives text that is not a string', async () => {
    const context = demo;
    expect(context.sidebar!.terms!.some((t) => /TRUST Act|TRUTH Act/.test(t.text))).toBe(false);
    const odd = footnote.articleContext({ ...article(), text: 42 as unknown as string });
    expect(odd.sidebar?.terms ?? []).toEqual([]);
  });
});
