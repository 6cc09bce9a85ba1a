/**
 * `npm run screenshots`: the README's pictures of the sidebar — English and Spanish articles, light and
 * dark — taken in headless Chromium with the built extension, from the project's own fixture pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, serveFolder } from './harness';
import { errorMessage } from '../lib/format/error';

const OUT = join(ROOT, 'docs');
const ARTICLES = {
  en: 'pages/demo-glendale.html',
  es: 'corpus/es/es-doj-demanda-los-angeles.html',
} as const;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveFolder(join(ROOT, 'tests', 'fixtures'));
  const browser = await launchWithExtension({ headless: true });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const [language, path] of Object.entries(ARTICLES)) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.origin}/${path}`);
        const host = page.locator('footnote-sidebar');
        await host.locator('aside').waitFor({ state: 'visible', timeout: 15_000 });
        // Let the slide-in finish, so the picture shows the sidebar as a reader sees it.
        await host.evaluate((el) => Promise.all((el.shadowRoot?.getAnimations() ?? []).map((a) => a.finished)));
        const file = join(OUT, `sidebar-${language}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm run screenshots: ${errorMessage(error)}`);
  process.exitCode = 1;
});
