// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ExportSources from '@/components/sidebar/ExportSources';
import type { ArticleExportRequest, ExportedFile } from '@/lib/cite/article-export';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import type { Result } from '@/lib/messaging';
import { sidebarModel } from './fixtures';

let root: HTMLElement | undefined;

beforeAll(() => activateStrings('en', stringsFor('en')));

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

async function mount(exportFile: (request: ArticleExportRequest) => Promise<Result<ExportedFile>>) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(<ExportSources model={sidebarModel} sources={sidebarModel.sources} exportFile={exportFile} />, root!),
  );
  return root;
}

const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('ExportSources', () => {
  it('asks for the sidebar’s laws, cases, agreements and sources in the chosen format, and downloads the file', async () => {
    const exportFile = vi.fn(async (_request: ArticleExportRequest): Promise<Result<ExportedFile>> => ({
      ok: true,
      value: { filename: 'footnote-sources-x.json', mimeType: 'application/json', text: '[]' },
    }));
    // jsdom has no Blob URLs or downloads: record the link the component clicks.
    URL.createObjectURL = vi.fn(() => 'blob:footnote/1');
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: root!.contains(this) });
    });
    const root = await mount(exportFile);
    const select = root.querySelector('select')!;
    await act(() => {
      select.value = 'csl-json';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => root.querySelector('button')!.click());
    await flush();

    const request = exportFile.mock.calls[0]![0];
    expect(request.format).toBe('csl-json');
    expect(request.subject).toBe(sidebarModel.jurisdiction.id);
    expect(request.refs).toEqual([
      ...sidebarModel.laws.map((l) => ({ kind: 'law', id: l.id })),
      ...sidebarModel.cases.map((c) => ({ kind: 'case', id: c.id })),
      ...sidebarModel.agreements.map((a) => ({ kind: 'agreement', id: a.id })),
      ...sidebarModel.sources.map((s) => ({ kind: 'source', id: s.id })),
    ]);
    expect(clicked).toEqual([{ href: 'blob:footnote/1', download: 'footnote-sources-x.json', inDocument: true }]);
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved footnote-sources-x.json.');
  });

  it('reports a failed export in its status line and downloads nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const root = await mount(async () => ({ ok: false, error: 'None of these records can be cited.' }));
    await act(() => root.querySelector('button')!.click());
    await flush();
    expect(click).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Could not export the sources: None of these records can be cited.',
    );
  });
});
