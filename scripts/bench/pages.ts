/**
 * The benchmark's pages. Two are project fixtures as they are; two are built from fixtures so their
 * size is exact: a 5,000-word relevant article and a 5,000-node page that is not an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../harness';

export interface BenchPage {
  name: string;
  /** Path on the benchmark's server. */
  path: string;
  html: string;
  /** Whether Footnote should show its sidebar here (the benchmark waits for it). */
  relevant: boolean;
}

const fixture = (file: string) => readFileSync(join(PAGES_DIR, file), 'utf8');

/** The demo article grown to `words` words with paragraphs from the other fixture stories. */
function longArticle(words: number): string {
  const demo = fixture('demo-glendale.html');
  const filler = [
    'council-budget.html',
    'glendale-ca-ice-arrest.html',
    'sf-sanctuary-explainer.html',
    'national-immigration-no-local.html',
  ]
    .flatMap((file) => [...fixture(file).matchAll(/<p>([^<]{200,})<\/p>/g)].map((m) => m[1]!))
    .filter((text) => text.length > 0);
  const current = (demo.match(/<p>[^<]*<\/p>/g) ?? []).join(' ').split(/\s+/).length;
  const extra: string[] = [];
  let count = current;
  for (let i = 0; count < words; i++) {
    const text = filler[i % filler.length]!;
    extra.push(`<p>${text}</p>`);
    count += text.split(/\s+/).length;
  }
  return demo.replace('</article>', `${extra.join('\n')}\n</article>`);
}

/** A product-listing page: 5,000 elements, no story, no immigration vocabulary. */
function manyNodes(nodes: number): string {
  const items: string[] = [];
  // Each item is 5 elements: li, h3, p, span, a.
  for (let i = 0; items.length * 5 < nodes; i++) {
    items.push(
      `<li><h3>Item ${i}</h3><p>Garden hose, ${25 + (i % 50)} ft</p><span>$${(i % 90) + 10}.99</span><a href="#i${i}">Details</a></li>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hardware catalog</title></head><body><h1>Catalog</h1><ul>${items.join('')}</ul></body></html>`;
}

/** The four pages DESIGN.md's budgets are stated for. */
export function benchPages(): BenchPage[] {
  return [
    { name: 'non-article page', path: '/non-article.html', html: fixture('spa-index.html'), relevant: false },
    {
      name: 'short relevant article',
      path: '/short-article.html',
      html: fixture('demo-glendale.html'),
      relevant: true,
    },
    { name: '5,000-word relevant article', path: '/long-article.html', html: longArticle(5000), relevant: true },
    { name: '5,000-node page', path: '/many-nodes.html', html: manyNodes(5000), relevant: false },
  ];
}
