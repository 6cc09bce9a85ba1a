/**
 * `npm start`: build Footnote, serve the demo article on 127.0.0.1 and open Chromium with Footnote
 * loaded. With a display, the browser stays open until you close it. Without one (or with --headless),
 * it saves screenshots of the article with its sidebar and of the popup, prints the sidebar's text and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, serveFolder } from './harness';
import { errorMessage } from '../lib/format/error';

const DEMO = 'demo-glendale.html';
const SHOTS = join(ROOT, 'screenshots');

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveFolder();
  const browser = await launchWithExtension({ headless });
  const url = `${server.origin}/${DEMO}`;
  console.log(`Demo article: ${url}`);
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    if (!headless) {
      console.log('Chromium is open with Footnote loaded; close the window to stop.');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
      return;
    }
    const host = page.locator('footnote-sidebar');
    await host.locator('aside').waitFor({ state: 'visible', timeout: 15_000 });
    // Let the slide-in finish, so the picture shows the sidebar as a reader sees it.
    await host.evaluate((el) => Promise.all((el.shadowRoot?.getAnimations() ?? []).map((a) => a.finished)));
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'sidebar.png') });
    const text = await host.evaluate(
      (el) => (el.shadowRoot?.querySelector('aside') as HTMLElement | null)?.innerText ?? '',
    );

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('SB 54');
    await popup.getByRole('option').first().waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });

    console.log(`Screenshots: ${join('screenshots', 'sidebar.png')}, ${join('screenshots', 'popup.png')}`);
    console.log('\n--- Sidebar text ---');
    console.log(text);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm start: ${errorMessage(error)}`);
  process.exitCode = 1;
});
