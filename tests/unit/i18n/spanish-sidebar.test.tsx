// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import Sidebar from '@/components/sidebar/Sidebar';
import { createHandlers } from '@/lib/background/handlers';
import { readHtml } from '@/lib/cli/html';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import type { ArticleContext } from '@/lib/messaging';
import { FootnoteService } from '@/lib/service/footnote-service';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { bundledDataset } from '../helpers';
import { listsSidebarModel } from '../components/fixtures';

const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'es');

function spanishArticle(file: string) {
  const reading = readHtml(readFileSync(join(CORPUS, file), 'utf8'), `https://noticias.example/${file}`);
  if (!reading.pass) throw new Error(`${file} did not pass the gate: ${reading.reason}`);
  return reading.article;
}

/** The background's answer for a Spanish story, for a reader with `settings` in an English browser. */
async function answer(file: string, settings: Partial<Settings> = {}): Promise<ArticleContext> {
  const service = new FootnoteService(await bundledDataset());
  const handlers = createHandlers(
    async () => service,
    () => undefined,
    async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    { uiLanguage: () => 'en-US' },
  );
  const reply = await handlers.detectArticle(spanishArticle(file), {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

let root: HTMLElement | undefined;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  activateStrings('en', stringsFor('en'));
});

// Loading the whole bundled dataset takes seconds on a busy machine.
describe('a Spanish article', { timeout: 30_000 }, () => {
  it('gets a Spanish sidebar under the automatic setting, with Spanish data where the dataset has it', async () => {
    const dataset = await bundledDataset();
    const washington = dataset.jurisdictions.find((j) => j.id === 'us-wa')!;
    const law287g = dataset.laws.find((l) => l.id === 'law-us-287g')!;

    const context = await answer('es-washington-ley-keep-washington-working.html');
    expect(context.detection.language).toBe('es');
    expect(context.locale).toBe('es');
    expect(context.strings?.sidebarLawsTitle).toBe('Leyes aplicables');
    const sidebar = context.sidebar!;
    expect(sidebar.jurisdiction.id).toBe('us-wa');
    expect(sidebar.posture?.text).toBe(washington.posture!.es!.summary);
    expect(sidebar.laws.find((l) => l.id === 'law-us-287g')?.summary.text).toBe(law287g.es!.summary);
    // A law without a translation keeps its English summary rather than showing nothing.
    const kww = sidebar.laws.find((l) => l.id === 'law-wa-kww-2019')!;
    expect(kww.summary.text).toBe(dataset.laws.find((l) => l.id === 'law-wa-kww-2019')!.summary.text);
    expect(kww.reason).toMatch(/^(Se menciona en el artículo|Rige esta decisión|Es la norma federal)/);
    expect(sidebar.why.some((line) => line.startsWith('términos encontrados: '))).toBe(true);
    expect(sidebar.why.some((line) => line.startsWith('lugar: '))).toBe(true);
  });

  it('renders in Spanish: lang="es", Spanish headings, buttons and dates', async () => {
    const context = await answer('es-washington-ley-keep-washington-working.html');
    activateStrings(context.locale!, context.strings!);
    root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(
        <Sidebar
          model={context.sidebar!}
          collapsed={false}
          onCollapse={() => {}}
          onExpand={() => {}}
          onClose={() => {}}
        />,
        root!,
      ),
    );
    expect(root.querySelector('.fn-root')?.getAttribute('lang')).toBe('es');
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toContain('Leyes aplicables');
    expect(headings).toContain('Por qué ve esto');
    expect(headings).toContain('Fuentes');
    expect(headings).toContain('La postura de Washington');
    expect(root.querySelector('.fn-decision')?.textContent).toContain('La ley de Washington prohíbe');
    expect(root.querySelector('button[aria-label="Contraer Footnote"]')).not.toBeNull();
    expect(root.querySelector('.fn-place p')?.textContent).toBe('Estado');
    expect(root.querySelector('.fn-footer')?.textContent).toMatch(
      /^Datos: versión .+, al \d{1,2} de [a-z]+ de \d{4}\./,
    );
  });

  it('words lists, toggles, badges and dates in Spanish around the data', async () => {
    activateStrings('es', stringsFor('es'));
    root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(
        <Sidebar
          model={listsSidebarModel}
          collapsed={false}
          onCollapse={() => {}}
          onExpand={() => {}}
          onClose={() => {}}
        />,
        root!,
      ),
    );
    const text = root.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Acuerdos 287(g)');
    expect(text).toContain('Firmado: 20 de mayo de 2025');
    expect(text).toContain('Mostrar los 6 acuerdos');
    expect(text).toContain('Lo que dicen las listas federales');
    expect(text).toContain('Retirada: 2 de junio de 2025');
    expect(text).toContain('Criterios de la lista: ');
    expect(text).toContain('Confianza: ');
    expect(root.querySelector('.fn-ref')?.getAttribute('aria-label')).toMatch(/^Fuente \d+: /);
  });

  it('keeps English when the reader chose English, whatever the article’s language', async () => {
    const dataset = await bundledDataset();
    const context = await answer('es-washington-ley-keep-washington-working.html', { language: 'en' });
    expect(context.locale).toBe('en');
    expect(context.strings?.sidebarLawsTitle).toBe('Laws that apply');
    expect(context.sidebar?.posture?.text).toBe(dataset.jurisdictions.find((j) => j.id === 'us-wa')!.posture!.summary);
  });

  it('sends no words when there is no sidebar to show', async () => {
    const context = await answer('es-dallas-tormenta-hielo-emergencia.html');
    expect(context.sidebar).toBeUndefined();
    expect(context.strings).toBeUndefined();
  });
});
