// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ThisPage from '@/components/lookup/ThisPage';
import ResizeHandle from '@/components/sidebar/ResizeHandle';
import SiteModeMenu from '@/components/sidebar/SiteModeMenu';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import type { PageStatus, Result } from '@/lib/messaging';

let root: HTMLElement;
beforeAll(() => activateStrings('en', stringsFor('en')));
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(node: preact.VNode) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await act(async () => {});
  return root;
}

const key = (target: Element, name: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });

describe('the sidebar’s "On this site" menu', () => {
  it('opens, shows the site’s mode, and reports the choice', async () => {
    const onChange = vi.fn();
    const el = await mount(<SiteModeMenu mode="edge-tab" onChange={onChange} />);
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.parentElement!.textContent)).toEqual([
      'Open automatically',
      'Edge tab only',
      'Only when asked',
      'Never',
    ]);
    expect(radios.find((r) => r.checked)?.value).toBe('edge-tab');
    await act(() => radios[2]!.click());
    expect(onChange).toHaveBeenCalledWith('on-request');
    expect(el.querySelector('fieldset')).toBeNull();
  });

  it('closes on Escape without choosing', async () => {
    const onChange = vi.fn();
    const el = await mount(<SiteModeMenu mode="auto" onChange={onChange} />);
    await act(() => el.querySelector('button')!.click());
    await key(el.querySelector('input')!, 'Escape');
    expect(el.querySelector('fieldset')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('the resize grip', () => {
  it('widens with ArrowLeft, narrows with ArrowRight, and stays within its limits', async () => {
    const onResize = vi.fn();
    const el = await mount(<ResizeHandle width={380} onResize={onResize} />);
    const grip = el.querySelector('[role="separator"]')!;
    expect(grip.getAttribute('aria-valuenow')).toBe('380');
    await key(grip, 'ArrowLeft');
    await key(grip, 'ArrowRight');
    await key(grip, 'End');
    await key(grip, 'Home');
    await key(grip, 'a');
    expect(onResize.mock.calls).toEqual([
      [400, true],
      [360, true],
      [560, true],
      [320, true],
    ]);
  });
});

describe('the popup’s "This page"', () => {
  const replying = (value: PageStatus) => async (): Promise<Result<PageStatus>> => ({ ok: true, value });

  it('says what was found, and shows the sidebar on request', async () => {
    const showHere = vi.fn(replying({ reason: 'shown', jurisdiction: 'Glendale, California' }));
    const el = await mount(
      <ThisPage
        status={replying({ reason: 'on-request', jurisdiction: 'Glendale, California' })}
        showHere={showHere}
      />,
    );
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Footnote found Glendale, California. On this site the sidebar opens only when you ask.',
    );
    await act(async () => el.querySelector('button')!.click());
    expect(showHere).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[role="status"]')!.textContent).toBe(
      'Footnote found Glendale, California and shows the sidebar.',
    );
  });

  it('gives the confidence when a page was below the gate, and no button where Footnote cannot run', async () => {
    let el = await mount(<ThisPage status={replying({ reason: 'low-confidence', score: 0.384 })} showHere={vi.fn()} />);
    expect(el.textContent).toContain('(confidence 38%)');
    render(null, root);
    root.remove();
    el = await mount(<ThisPage status={replying({ reason: 'not-web-page' })} showHere={vi.fn()} />);
    expect(el.textContent).toContain('Footnote does not run on this page');
    expect(el.querySelector('button')).toBeNull();
  });
});
