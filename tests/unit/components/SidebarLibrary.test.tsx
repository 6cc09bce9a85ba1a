// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Sidebar from '@/components/sidebar/Sidebar';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import type { SidebarModel } from '@/lib/context/model';
import { sidebarModel } from './fixtures';

let root: HTMLElement | undefined;

beforeAll(() => activateStrings('en', stringsFor('en')));
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

async function mount(model: SidebarModel, onSaveArticle?: (save: boolean) => Promise<boolean>) {
  root = document.createElement('div');
  document.body.append(root);
  const noop = () => undefined;
  await act(() =>
    render(
      <Sidebar
        model={model}
        collapsed={false}
        onCollapse={noop}
        onExpand={noop}
        onClose={noop}
        onSaveArticle={onSaveArticle}
      />,
      root!,
    ),
  );
  return root;
}

const article = { url: 'https://news.example/story', title: 'A story', saved: false };

describe('the sidebar and the library', () => {
  it('marks a return visit in the header with the previous reading’s date', async () => {
    const el = await mount({ ...sidebarModel, article: { ...article, seenBefore: '2026-03-05T12:00:00.000Z' } });
    expect(el.querySelector('header .fn-seen')?.textContent).toBe('Seen before · March 5, 2026');
  });

  it('shows no mark on a first visit, and no Save action without a way to save', async () => {
    const el = await mount({ ...sidebarModel, article });
    expect(el.querySelector('.fn-seen')).toBeNull();
    expect(el.querySelector('.fn-save')).toBeNull();
  });

  it('saves the article, and stays unsaved when the library refuses', async () => {
    const onSave = vi.fn(async () => true);
    const el = await mount({ ...sidebarModel, article }, onSave);
    const toggle = el.querySelector<HTMLButtonElement>('.fn-save')!;
    expect(toggle.textContent).toBe('Save this article');
    await act(async () => toggle.click());
    expect(onSave).toHaveBeenCalledWith(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Saved to your library');

    onSave.mockResolvedValueOnce(false);
    await act(async () => toggle.click());
    expect(onSave).toHaveBeenLastCalledWith(false);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
