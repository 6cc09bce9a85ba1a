// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import OptionsPage from '@/components/options/OptionsPage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/lib/settings/schema';
import type { DatasetStats, Result } from '@/lib/messaging';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';

const stats: Result<DatasetStats> = {
  ok: true,
  value: { version: '2026.11.26-1', asOf: '2026-11-26', counts: { states: 51, laws: 97, sources: 1225 }, coverage: {} },
};

async function mount(initial: Settings = DEFAULT_SETTINGS, onLanguageChange?: () => Promise<void>) {
  let stored = initial;
  const save = vi.fn(async (change: Partial<Settings>) => (stored = normalizeSettings({ ...stored, ...change })));
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <OptionsPage
        load={async () => stored}
        save={save}
        stats={async () => stats}
        onLanguageChange={onLanguageChange}
      />,
      root,
    );
  });
  await act(async () => {});
  return { root, save, current: () => stored };
}

describe('OptionsPage', () => {
  it('shows the current mode and saves a change', async () => {
    const { root, save, current } = await mount();
    const edge = root.querySelector<HTMLInputElement>('input[name="sidebarMode"][value="edge-tab"]')!;
    expect(root.querySelector<HTMLInputElement>('input[name="sidebarMode"][value="auto"]')!.checked).toBe(true);
    await act(async () => edge.click());
    expect(save).toHaveBeenCalledWith({ sidebarMode: 'edge-tab' });
    expect(current().sidebarMode).toBe('edge-tab');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('adds a site from a pasted address, refuses junk with a message, and removes a site', async () => {
    const { root, current } = await mount();
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    const form = input.closest('form')!;
    await act(async () => {
      input.value = 'https://www.example.com/news/story';
      input.dispatchEvent(new Event('input'));
    });
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(current().neverOnSites).toEqual(['example.com']);
    await act(async () => {
      input.value = '   ';
      input.dispatchEvent(new Event('input'));
    });
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Type a site/);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="Remove example.com"]')!.click());
    expect(current().neverOnSites).toEqual([]);
  });

  it('saves a language choice, lets the page switch language first, and confirms in the new language', async () => {
    // The entrypoint activates the new language and renders again; this stands in for it.
    const switchLanguage = vi.fn(async () => activateStrings('es', stringsFor('es')));
    const { root, save, current } = await mount(DEFAULT_SETTINGS, switchLanguage);
    try {
      expect(root.querySelector<HTMLInputElement>('input[name="language"][value="auto"]')!.checked).toBe(true);
      // Each language names itself in its own language, marked so screen readers pronounce it right.
      expect(root.querySelector('label.op-choice [lang="es"]')?.textContent).toBe('Español');
      await act(async () => root.querySelector<HTMLInputElement>('input[name="language"][value="es"]')!.click());
      await act(async () => {});
      expect(save).toHaveBeenCalledWith({ language: 'es' });
      expect(current().language).toBe('es');
      expect(switchLanguage).toHaveBeenCalledOnce();
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Guardado.');
    } finally {
      activateStrings('en', stringsFor('en'));
    }
  });

  it('shows the dataset version and counts', async () => {
    const { root } = await mount();
    expect(root.textContent).toContain('Version 2026.11.26-1, as of November 26, 2026');
    expect(root.textContent).toContain('Laws, orders and directives');
    expect(root.textContent).toContain('1,225');
  });
});
