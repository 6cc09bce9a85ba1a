// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarModel } from '@/lib/context/model';
import Sidebar from '@/components/sidebar/Sidebar';
import { FACTS_SHOWN } from '@/components/sidebar/DecisionSection';
import { sidebarModel, sources } from './fixtures';

let root: HTMLElement | undefined;

async function mount(model: SidebarModel = sidebarModel, collapsed = false) {
  root = document.createElement('div');
  document.body.append(root);
  const handlers = { onCollapse: vi.fn(), onExpand: vi.fn(), onClose: vi.fn() };
  const draw = (isCollapsed: boolean) => render(<Sidebar model={model} collapsed={isCollapsed} {...handlers} />, root!);
  await act(() => draw(collapsed));
  return { root, ...handlers, rerender: (isCollapsed: boolean) => act(() => draw(isCollapsed)) };
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Sidebar', () => {
  it('is a labelled complementary landmark with the jurisdiction as its main heading', async () => {
    const { root } = await mount();
    const aside = root.querySelector('aside');
    expect(aside?.getAttribute('role')).toBe('complementary');
    expect(aside?.getAttribute('aria-label')).toBe('Footnote');
    const h2 = root.querySelectorAll('h2');
    expect(h2).toHaveLength(1);
    expect(text(h2[0])).toBe('Glendale, California');
    expect(text(root.querySelector('.fn-place p'))).toBe('City · California');
  });

  it('keeps headings in order: one h2, then h3 sections, h4 only inside law cards', async () => {
    const { root } = await mount();
    const levels = [...root.querySelectorAll('h2, h3, h4')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const sections = [...root.querySelectorAll('h3')].map(text);
    expect(sections).toEqual(['What was decided', "Why you're seeing this", 'Laws that apply', 'Timeline', 'Sources']);
  });

  it('shows the decision headline, its date and type, and each fact', async () => {
    const { root } = await mount();
    const decision = root.querySelector('.fn-decision');
    expect(text(decision?.querySelector('.fn-decision-headline'))).toContain(
      'Glendale ended its 2007 agreement to hold ICE detainees in the city jail.',
    );
    expect(text(decision)).toContain('June 10, 2025');
    expect(text(decision)).toContain('Detention contract ended');
    const facts = [...(decision?.querySelectorAll('.fn-facts li') ?? [])].map(text);
    expect(facts).toHaveLength(2);
    expect(facts[0]).toContain('82 ICE detainees');
  });

  it('shows the first facts of a long decision and reveals the rest from a button', async () => {
    const facts = Array.from({ length: 13 }, (_, i) => ({ text: `Fact number ${i + 1}.`, sources: [sources.news] }));
    const { root } = await mount({ ...sidebarModel, decision: { ...sidebarModel.decision!, facts } });
    const decision = root.querySelector('.fn-decision')!;
    const shown = () => [...decision.querySelectorAll('.fn-facts li')].map(text);
    const more = decision.querySelector<HTMLButtonElement>('button.fn-more')!;
    expect(shown()).toHaveLength(FACTS_SHOWN);
    expect(text(more)).toBe('Show all 13 facts');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${more.getAttribute('aria-controls')}`)).toBe(decision.querySelector('.fn-facts'));
    // The sections after the decision stay in order: the button sits inside "What was decided".
    expect(more.closest('section')).toBe(decision);

    await act(() => more.click());
    expect(shown()).toHaveLength(13);
    expect(shown()[12]).toContain('Fact number 13.');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(text(more)).toBe('Show fewer facts');

    await act(() => more.click());
    expect(shown()).toHaveLength(FACTS_SHOWN);
  });

  it('shows every fact, with no button, when only one more would be hidden', async () => {
    const facts = Array.from({ length: FACTS_SHOWN + 1 }, (_, i) => ({ text: `Fact ${i + 1}.`, sources: [] }));
    const { root } = await mount({ ...sidebarModel, decision: { ...sidebarModel.decision!, facts } });
    expect(root.querySelectorAll('.fn-facts li')).toHaveLength(FACTS_SHOWN + 1);
    expect(root.querySelector('button.fn-more')).toBeNull();
  });

  it('shows the posture instead when there is no decision', async () => {
    const { root } = await mount({ ...sidebarModel, decision: undefined });
    const section = root.querySelector('.fn-decision');
    expect(text(section?.querySelector('h3'))).toBe('Where Glendale stands');
    expect(text(section)).toContain('Glendale follows California law');
    expect(text(section)).toContain('As of June 10, 2025');
  });

  it('explains why it is shown, with the confidence', async () => {
    const { root } = await mount();
    const why = root.querySelector('.fn-why');
    expect(text(why)).toContain('matched: ICE, detainees, city jail, contract');
    expect(text(why)).toContain('Confidence: High');
    expect(text(why)).toContain('Also mentioned: Burbank, California');
  });

  it('renders one keyboard-operable card per law, the first open, with provisions and notes', async () => {
    const { root } = await mount();
    const cards = [...root.querySelectorAll('details.fn-law')] as HTMLDetailsElement[];
    expect(cards).toHaveLength(2);
    expect(cards.map((c) => c.open)).toEqual([true, false]);
    const [sb54, ab103] = cards;
    expect(text(sb54!.querySelector('summary'))).toBe('SB 54 California Values Act');
    expect(text(ab103!.querySelector('summary'))).toContain('AB 103');
    expect(text(sb54)).toContain('Cal. Gov. Code §§7284–7284.12');
    // The status date is when the status was checked, kept apart from the law's own dates.
    expect(text(sb54)).toContain('Enacted October 5, 2017 · Effective January 1, 2018');
    expect(text(sb54)).toContain('In force (status checked June 1, 2025)');
    expect(text(sb54!.querySelector('.fn-provisions'))).toContain(
      'Gov. Code §7284.6(a)(1)(C) Bars responding to notification requests',
    );
    expect(text(sb54)).toContain('Often misstated');
    expect(text(sb54)).toContain('SB 54 does not forbid all contact with ICE.');
    // AB 103 has no exceptions or misstatements: no empty headings.
    expect([...ab103!.querySelectorAll('h4')].map(text)).toEqual(['Key provisions']);
    const read = sb54!.querySelector<HTMLAnchorElement>('a.fn-read');
    expect(read?.href).toBe(sources.sb54.url);
    expect(text(read)).toBe('Read the text of SB 54');
  });

  it('badges a law that is not simply in force', async () => {
    const law = { ...sidebarModel.laws[1]!, status: { value: 'enjoined' as const, asOf: '2025-05-01' } };
    const { root } = await mount({ ...sidebarModel, laws: [law] });
    expect(text(root.querySelector('summary .fn-badge-warn'))).toBe('Blocked by a court');
  });

  it('lists the timeline newest first', async () => {
    const { root } = await mount();
    const dates = [...root.querySelectorAll('.fn-timeline time')].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual(['2025-06-10', '2007-03-01']);
  });

  it('numbers source links to match the Sources list, primary first, opening in a new tab safely', async () => {
    const shuffled = { ...sidebarModel, sources: [sources.news, sources.statement, sources.sb54, sources.gov7310] };
    const { root } = await mount(shuffled);
    const list = [...root.querySelectorAll('.fn-sources > li')];
    const titles = list.map((li) => text(li.querySelector('a')));
    expect(titles.at(-1)).toBe(sources.news.title);
    expect(list.slice(0, 3).every((li) => text(li).includes('Primary'))).toBe(true);
    expect(text(list.at(-1))).not.toContain('Primary');

    const headlineRef = root.querySelector<HTMLAnchorElement>('.fn-decision-headline a.fn-ref');
    expect(headlineRef?.href).toBe(sources.statement.url);
    const n = Number(text(headlineRef));
    expect(list[n - 1]?.querySelector('a')?.getAttribute('href')).toBe(sources.statement.url);
    expect(headlineRef?.getAttribute('aria-label')).toContain(`Source ${n}: ${sources.statement.title}`);

    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('never links a non-http URL', async () => {
    const bad = { ...sources.news, id: 'src-bad', url: 'javascript:alert(1)' };
    const { root } = await mount({ ...sidebarModel, sources: [...sidebarModel.sources, bad] });
    expect(root.innerHTML).not.toContain('javascript:');
    expect(text(root.querySelector('.fn-sources'))).toContain(bad.title);
  });

  it('ends with the dataset footer', async () => {
    const { root } = await mount();
    expect(text(root.querySelector('footer'))).toBe(
      'Dataset 2025.06.1, as of June 15, 2025. Everything here is bundled with Footnote; nothing leaves your browser.',
    );
  });

  it('announces the jurisdiction in a polite live region', async () => {
    const { root } = await mount();
    const live = root.querySelector('[aria-live="polite"]');
    expect(text(live)).toBe('Footnote: context for Glendale, California');
  });

  it('calls onCollapse and onClose from buttons with accessible names', async () => {
    const { root, onCollapse, onClose } = await mount();
    const collapse = root.querySelector<HTMLButtonElement>('button[aria-label="Collapse Footnote"]');
    const close = root.querySelector<HTMLButtonElement>('button[aria-label="Close Footnote"]');
    await act(() => collapse!.click());
    expect(onCollapse).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    await act(() => close!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('collapses on Escape from inside the panel', async () => {
    const { root, onCollapse } = await mount();
    const summary = root.querySelector('summary')!;
    await act(() => {
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onCollapse).toHaveBeenCalledTimes(1);
  });

  it('renders only the edge tab when collapsed, and it expands', async () => {
    const { root, onExpand } = await mount(sidebarModel, true);
    expect(root.querySelector('aside')).toBeNull();
    const tab = root.querySelector<HTMLButtonElement>('button.fn-edge-tab');
    expect(tab?.getAttribute('aria-expanded')).toBe('false');
    expect(text(tab)).toBe('Footnote Glendale');
    await act(() => tab!.click());
    expect(onExpand).toHaveBeenCalledTimes(1);
  });

  it('does not take focus on first mount, but moves it with the reader on collapse and expand', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { root, rerender } = await mount();
    expect(document.activeElement).toBe(outside);
    await rerender(true);
    expect(document.activeElement).toBe(root.querySelector('.fn-edge-tab'));
    await rerender(false);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Collapse Footnote');
    outside.remove();
  });
});
