import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { CHROME_BUILD } from '../../scripts/harness';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { describeViolations, runAxe } from './axe';

const BUNDLED_VERSION = (
  JSON.parse(readFileSync(join(CHROME_BUILD, 'dataset', 'manifest.json'), 'utf8')) as { version: string }
).version;

/** axe finds nothing on `page`; the failure message lists each violation. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations.length, `axe, ${what}:\n${describeViolations(violations)}`).toBe(0);
}

/** Reads a meta row of the extension's database from its service worker or one of its pages (one origin). */
function storedMeta(target: Worker | Page, key: string): Promise<string | undefined> {
  // Both evaluate a function in the extension's origin; their overloads only differ in options.
  return (target as Page).evaluate(
    (metaKey: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('footnote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').get(metaKey);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { value?: string } | undefined)?.value);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

test.describe('the library', () => {
  test('save from the lookup, note in the options page; export, clear and import bring both back', async ({
    browserWithExtension,
    openPopup,
    page,
  }, testInfo) => {
    const popup = await openPopup();
    await popup.search('SB 54');
    await popup.firstResult().click();
    const title = (await popup.detailHeading().innerText()).trim();
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute('aria-pressed', 'true');

    const library = new LibraryPage(page);
    await library.open(browserWithExtension.extensionId);
    await expect(library.item(title)).toBeVisible();
    await library.addNote(title, 'Compare with AB 103 and the 2007 jail contract.');
    await expect(library.status).toHaveText('Note added.');

    const download = await library.exportLibrary();
    expect(download.suggestedFilename()).toMatch(/^footnote-library-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('library.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; saved: { notes: unknown[] }[] };
    expect(exported).toMatchObject({ format: 'footnote-library', version: 1 });
    expect(exported.saved).toHaveLength(1);

    await library.clearEverything();
    await expect(library.status).toHaveText('Library cleared.');
    await expect(library.section.getByText('Nothing saved yet.')).toBeVisible();

    await library.importFile(file);
    await expect(library.status).toHaveText('Imported: 1 items added, 0 already in your library, 1 notes added.');
    await expect(library.item(title)).toContainText('Compare with AB 103 and the 2007 jail contract.');

    // The lookup knows it is saved again.
    await popup.page.goto(`chrome-extension://${browserWithExtension.extensionId}/popup.html`);
    await popup.search('SB 54');
    await popup.firstResult().click();
    await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  });

  test('a refused import says why and leaves the library as it was', async ({
    browserWithExtension,
    page,
  }, testInfo) => {
    const library = new LibraryPage(page);
    await library.open(browserWithExtension.extensionId);
    await expect(library.section.getByText('Nothing saved yet.')).toBeVisible();
    const file = testInfo.outputPath('not-a-library.json');
    writeFileSync(file, JSON.stringify({ format: 'footnote-library', version: 1, saved: 'x' }));
    await library.importFile(file);
    await expect(library.status).toContainText('Nothing was imported. The file is not a valid Footnote library:');
    await expect(library.section.getByText('Nothing saved yet.')).toBeVisible();
  });

  test('a dataset upgrade leaves the library intact', async ({ browserWithExtension, openPopup, page }) => {
    const popup = await openPopup();
    await popup.search('Glendale');
    await popup.firstResult().click();
    const title = (await popup.detailHeading().innerText()).trim();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const library = new LibraryPage(page);
    await library.open(browserWithExtension.extensionId);
    await library.addNote(title, 'Ended its ICE jail contract in 2025.');
    await expect(library.status).toHaveText('Note added.');

    // The store as an older dataset version left it; then the service worker restarts, as after an update.
    const { context, serviceWorker: worker, extensionId } = browserWithExtension;
    await expect.poll(() => storedMeta(worker, 'datasetVersion')).toBe(BUNDLED_VERSION);
    await worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('footnote');
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key: 'datasetVersion', value: '2025.01.01-1' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    expect(await storedMeta(worker, 'datasetVersion')).toBe('2025.01.01-1');
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The options page's first message starts a fresh service worker, which finds the old version.
    await library.open(extensionId);
    await expect(library.item(title)).toContainText('Ended its ICE jail contract in 2025.');
    // Only a restarted background reloads the dataset: the one that stopped had already checked the version.
    await expect.poll(() => storedMeta(page, 'datasetVersion'), { timeout: 20_000 }).toBe(BUNDLED_VERSION);
    await page.reload();
    await expect(library.items).toHaveCount(1);
    await expect(library.item(title)).toContainText('Ended its ICE jail contract in 2025.');
  });

  test('the sidebar saves the article, and marks it on a return visit', async ({
    browserWithExtension,
    openArticle,
    page,
  }) => {
    let sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel).toBeVisible();
    const articleUrl = page.url();
    await expect(sidebar.panel.locator('header .fn-seen')).toHaveCount(0);
    const save = sidebar.panel.locator('button.fn-save');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');

    const library = new LibraryPage(page);
    await library.open(browserWithExtension.extensionId);
    await expect(library.items).toHaveCount(1);
    await expect(library.items.first().getByRole('link')).toHaveAttribute('href', articleUrl);
    await expect(library.items.first()).toContainText('Glendale, California');

    // The first reading, moved a day back: the next visit is a return, not a reload.
    await page.evaluate(
      (url) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('footnote');
          open.onsuccess = () => {
            const tx = open.result.transaction('seen', 'readwrite');
            tx.objectStore('seen').put({
              url,
              firstSeen: '2026-03-05T12:00:00.000Z',
              lastSeen: '2026-03-05T12:00:00.000Z',
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      articleUrl,
    );
    sidebar = await openArticle('demo-glendale.html');
    await expect(sidebar.panel.locator('header .fn-seen time')).toHaveAttribute('datetime', '2026-03-05T12:00:00.000Z');
    await expect(sidebar.panel.locator('button.fn-save')).toHaveAttribute('aria-pressed', 'true');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the library section (${scheme})`, async ({
      browserWithExtension,
      openPopup,
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const popup = await openPopup();
      await popup.search('SB 54');
      await popup.firstResult().click();
      const title = (await popup.detailHeading().innerText()).trim();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
      await expectNoViolations(page, `popup detail with a saved record (${scheme})`);

      const library = new LibraryPage(page);
      await library.open(browserWithExtension.extensionId);
      await library.addNote(title, 'A note to check.');
      await expect(library.status).toHaveText('Note added.');
      await expectNoViolations(page, `library with an item and a note (${scheme})`);
      await library.item(title).getByRole('button', { name: 'Edit' }).click();
      await library.section.getByRole('button', { name: 'Delete everything…' }).click();
      await expectNoViolations(page, `library editing a note, asking before clearing (${scheme})`);
    });
  }
});
