import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder, type StaticServer } from '../../scripts/harness';
import { describeViolations, runAxe } from './axe';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { SidebarPage } from './pages/sidebar-page';

/** Spanish-language news pages from the project's corpus, served like the English fixtures. */
const SPANISH_PAGES = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'es');
const WASHINGTON = 'es-washington-ley-keep-washington-working.html';

const spanishServer = test.extend<{ spanish: StaticServer }>({
  spanish: async ({}, use) => {
    const server = await serveFolder(SPANISH_PAGES);
    await use(server);
    await server.close();
  },
});

async function chooseLanguage(page: Page, extensionId: string, label: string, saved: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel(label, { exact: true }).check();
  await expect(page.getByRole('status')).toHaveText(saved);
}

spanishServer.describe('languages', () => {
  spanishServer('a Spanish article gets a Spanish sidebar under the automatic setting', async ({ page, spanish }) => {
    await page.goto(`${spanish.origin}/${WASHINGTON}`);
    const sidebar = new SidebarPage(page);
    await expect(sidebar.panel).toBeVisible();
    await expect(sidebar.host.locator('.fn-root')).toHaveAttribute('lang', 'es');
    await expect(sidebar.heading()).toHaveText('Washington');
    await expect(sidebar.panel.getByRole('heading', { level: 3, name: 'La postura de Washington' })).toBeVisible();
    await expect(sidebar.panel.getByRole('heading', { level: 3, name: 'Leyes aplicables' })).toBeVisible();
    await expect(sidebar.panel.getByRole('heading', { level: 3, name: 'Por qué ve esto' })).toBeVisible();
    await expect(sidebar.panel.locator('.fn-decision')).toContainText('La ley de Washington prohíbe');
    await sidebar.button('Contraer Footnote').click();
    await expect(sidebar.edgeTab()).toHaveAttribute('title', 'Mostrar Footnote: contexto sobre Washington');
  });

  spanishServer('the Spanish sidebar has no axe violations, open and unfolded', async ({ page, spanish }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${spanish.origin}/${WASHINGTON}`);
      const sidebar = new SidebarPage(page);
      await expect(sidebar.host.locator('.fn-root')).toHaveAttribute('lang', 'es');
      const summaries = sidebar.lawSummaries();
      for (let i = 0; i < (await summaries.count()); i++) {
        const summary = summaries.nth(i);
        if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
      }
      await expect(sidebar.panel.locator('details.fn-law[open] > .fn-law-body')).toHaveCount(await summaries.count());
      const violations = await runAxe(page, {
        include: 'footnote-sidebar',
        scroll: sidebar.panel.locator('.fn-scroll'),
      });
      expect(violations.length, `axe, Spanish sidebar (${scheme}):\n${describeViolations(violations)}`).toBe(0);
    }
  });

  spanishServer(
    'choosing English keeps a Spanish article’s sidebar in English',
    async ({ browserWithExtension, page, spanish }) => {
      await chooseLanguage(page, browserWithExtension.extensionId, 'English', 'Saved.');
      await page.goto(`${spanish.origin}/${WASHINGTON}`);
      const sidebar = new SidebarPage(page);
      await expect(sidebar.host.locator('.fn-root')).toHaveAttribute('lang', 'en');
      await expect(sidebar.panel.getByRole('heading', { level: 3, name: 'Laws that apply' })).toBeVisible();
    },
  );
});

test.describe('languages on extension pages', () => {
  test('choosing Spanish in the options page makes the options and the popup Spanish', async ({
    browserWithExtension,
    page,
  }) => {
    const id = browserWithExtension.extensionId;
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await chooseLanguage(page, id, 'Español', 'Guardado.');
    // The page switches at once, without a reload.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuración de Footnote');
    await expect(page).toHaveTitle('Configuración de Footnote');

    await page.goto(`chrome-extension://${id}/popup.html`);
    const popup = new PopupPage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByLabel('Busque leyes, lugares, decisiones y fuentes')).toBeFocused();
    await popup.search('SB 54');
    await expect(popup.firstResult()).toContainText('Ley');
    await popup.firstResult().click();
    await expect(page.getByRole('button', { name: 'Copiar cita' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Disposiciones clave' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Volver' })).toBeVisible();
  });
});
