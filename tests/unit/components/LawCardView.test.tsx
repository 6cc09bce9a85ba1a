// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import LawCardView from '@/components/sidebar/LawCardView';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import { sidebarModel } from './fixtures';

const law = sidebarModel.laws[0]!;
let root: HTMLElement | undefined;

beforeAll(() => activateStrings('en', stringsFor('en')));
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

/** Renders the card inside a scrolling panel, as the sidebar does. */
async function mount(props: Partial<Parameters<typeof LawCardView>[0]> = {}) {
  root = document.createElement('div');
  root.className = 'fn-scroll';
  document.body.append(root);
  const draw = (more: Partial<Parameters<typeof LawCardView>[0]> = {}) =>
    act(() => render(<LawCardView law={law} {...props} {...more} />, root!));
  await draw();
  return { root, draw };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('LawCardView: revealed from a mark in the article', () => {
  it('opens a closed card, focuses its summary and reports back, once per request', async () => {
    const onRevealed = vi.fn();
    const { root, draw } = await mount({ onRevealed });
    expect(root.querySelector('.fn-law-body')).toBeNull();
    await draw({ reveal: 1, onRevealed });
    expect(root.querySelector('details')!.open).toBe(true);
    expect(root.querySelector('.fn-law-body')).not.toBeNull();
    expect(document.activeElement).toBe(root.querySelector('summary'));
    expect(onRevealed).toHaveBeenCalledTimes(1);
    // The same request again is not a new one; the next number is.
    await draw({ reveal: 1, onRevealed });
    expect(onRevealed).toHaveBeenCalledTimes(1);
    await draw({ reveal: 2, onRevealed });
    expect(onRevealed).toHaveBeenCalledTimes(2);
  });

  it('does nothing without a request', async () => {
    const { root } = await mount({ reveal: 0 });
    expect(root.querySelector('details')!.open).toBe(false);
    expect(document.activeElement).not.toBe(root.querySelector('summary'));
  });
});

describe('LawCardView: mentions in the article', () => {
  it('counts the mentions and shows each in turn from a button that names the law', async () => {
    const onShowMention = vi.fn();
    const { root } = await mount({ open: true, mentions: 3, onShowMention });
    const line = root.querySelector('.fn-law-mentions')!;
    expect(text(line.querySelector('[aria-live]'))).toBe('Mentions in this article: 3');
    const button = line.querySelector('button')!;
    expect(text(button)).toBe(`Show in the article: ${law.shortTitle}`);
    for (const expected of [0, 1, 2, 0]) {
      await act(() => button.click());
      expect(onShowMention).toHaveBeenLastCalledWith(expected);
      expect(text(line.querySelector('[aria-live]'))).toBe(`Showing mention ${expected + 1} of 3`);
    }
  });

  it('has no line when the article is not marked (no highlight API) or never names the law', async () => {
    const { root, draw } = await mount({ open: true });
    expect(root.querySelector('.fn-law-mentions')).toBeNull();
    await draw({ mentions: 0, onShowMention: vi.fn() });
    expect(root.querySelector('.fn-law-mentions')).toBeNull();
  });
});
