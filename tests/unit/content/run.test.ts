// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { judgePage } from '../../../lib/content/run';
import { registerHandlers } from '../../../lib/messaging';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { bundledDataset, PAGES } from '../helpers';

/** Loads a fixture page into jsdom's document, as the browser would have parsed it. */
function loadPage(file: string): void {
  const html = readFileSync(join(PAGES, file), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

beforeEach(async () => {
  fakeBrowser.reset();
  const service = new FootnoteService(await bundledDataset());
  registerHandlers(createHandlers(async () => service));
});
afterEach(() => vi.restoreAllMocks());

describe('judgePage (content script)', () => {
  it.each(['spa-index.html', 'council-budget.html'])(
    'leaves %s alone: no message sent, no element added',
    async (file) => {
      loadPage(file);
      const before = document.documentElement.outerHTML;
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      const verdict = await judgePage(document, `https://news.example/${file}`);
      expect(verdict.outcome).toMatch(/^gate: /);
      expect(verdict.sidebar).toBeUndefined();
      expect(send).not.toHaveBeenCalled();
      expect(document.documentElement.outerHTML).toBe(before);
    },
  );

  it('says why a page failed the gate, in the popup’s terms', async () => {
    loadPage('spa-index.html');
    expect((await judgePage(document, 'https://news.example/')).status.reason).toBe('not-article');
    loadPage('council-budget.html');
    expect((await judgePage(document, 'https://news.example/budget')).status.reason).toBe('no-terms');
  });

  it('asks the background about an article that passes the gate and gets its sidebar', async () => {
    loadPage('demo-glendale.html');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const verdict = await judgePage(document, 'https://news.example/demo-glendale.html');
    expect(send).toHaveBeenCalledTimes(1);
    expect(verdict.outcome).toBe('shown (open)');
    expect(verdict.display).toBe('open');
    expect(verdict.sidebar?.jurisdiction.label).toBe('Glendale, California');
  });

  it('asks, but shows nothing, for an article that passes the gate and is not relevant', async () => {
    loadPage('wildlife-sanctuary.html');
    const verdict = await judgePage(document, 'https://news.example/wildlife-sanctuary.html');
    expect(verdict.outcome).toBe('not shown');
    expect(verdict.sidebar).toBeUndefined();
    expect(verdict.status).toMatchObject({
      reason: 'not-relevant',
      url: 'https://news.example/wildlife-sanctuary.html',
    });
    expect(verdict.status.score).toBeLessThan(0.5);
  });
});
