import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.describe('export the sources behind this article', () => {
  test('the sidebar footer downloads BibTeX and CSL-JSON files of the demo article’s sources', async ({
    openArticle,
    page,
  }) => {
    const sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();

    const bibtex = page.waitForEvent('download');
    await sidebar.exportButton().click();
    const bibFile = await bibtex;
    expect(bibFile.suggestedFilename()).toBe('footnote-sources-us-ca-glendale.bib');
    const bib = await readFile(await bibFile.path(), 'utf8');
    expect(bib).toMatch(/^@\w+\{law-ca-sb54-2017,$/m);
    expect(bib.match(/^@\w+\{/gm)!.length).toBeGreaterThan(3);
    // The status line (a polite live region) says the file was saved; its words come from the i18n catalog.
    await expect(sidebar.panel.locator('.fn-export [role="status"]')).not.toBeEmpty();

    await sidebar.exportFormat().selectOption('csl-json');
    const csl = page.waitForEvent('download');
    await sidebar.exportButton().click();
    const cslFile = await csl;
    expect(cslFile.suggestedFilename()).toBe('footnote-sources-us-ca-glendale.json');
    const items = JSON.parse(await readFile(await cslFile.path(), 'utf8')) as { id: string; URL?: string }[];
    expect(items.map((i) => i.id)).toContain('law-ca-sb54-2017');
    expect(items.every((i) => i.URL?.startsWith('https://'))).toBe(true);
    // The page's own DOM never holds the download link: it lived and died in the shadow root.
    expect(await page.locator('body > a[download]').count()).toBe(0);
  });
});
