// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarModel } from '@/lib/context/model';
import Sidebar, { SOURCES_SHOWN } from '@/components/sidebar/Sidebar';
import { AGREEMENTS_SHOWN } from '@/components/sidebar/AgreementsSection';
import { FACTS_SHOWN } from '@/components/sidebar/DecisionSection';
import { listSources, listsSidebarModel, sidebarModel, sources } from './fixtures';

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
    // A closed card renders only its summary; opening it renders the body.
    expect(ab103!.querySelector('.fn-law-body')).toBeNull();
    await act(() => {
      ab103!.open = true;
      ab103!.dispatchEvent(new Event('toggle'));
    });
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

/** The section whose h3 reads `title`. */
const section = (root: Element, title: string) =>
  [...root.querySelectorAll('section')].find((s) => text(s.querySelector('h3')) === title);

describe('Sidebar: court decisions, 287(g) agreements and list claims', () => {
  it('adds each section only when it has items, in reading order', async () => {
    const { root } = await mount(listsSidebarModel);
    expect([...root.querySelectorAll('h3')].map(text)).toEqual([
      'What was decided',
      "Why you're seeing this",
      'Laws that apply',
      'Court decisions',
      'Timeline',
      '287(g) agreements',
      'What federal lists say',
      'Sources',
    ]);
    render(null, root);
    await mount({ ...listsSidebarModel, cases: [], agreements: [], claims: [] });
    const titles = [...document.querySelectorAll('h3')].map(text);
    expect(titles).not.toContain('Court decisions');
    expect(titles).not.toContain('287(g) agreements');
    expect(titles).not.toContain('What federal lists say');
  });

  it('names each court decision with a link to its opinion, its citation, court, date and holding', async () => {
    const { root } = await mount(listsSidebarModel);
    const items = [...section(root, 'Court decisions')!.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    const name = items[0]!.querySelector('a')!;
    expect(text(name)).toBe('United States v. California');
    expect(name.getAttribute('href')).toBe(listSources.ninthCircuit.url);
    expect(name.getAttribute('target')).toBe('_blank');
    expect(name.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(items[0]!.querySelector('.fn-meta'))).toBe(
      '921 F.3d 865 · U.S. Court of Appeals for the Ninth Circuit · April 18, 2019',
    );
    expect(text(items[0])).toContain('Federal law does not preempt SB 54');
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe(listSources.districtCourt.url);
    expect(text(items[1])).toContain('July 5, 2018');
  });

  it('lists the first agreements with model, signed date and PDF link, citing ICE’s list once', async () => {
    const { root } = await mount(listsSidebarModel);
    const agreements = section(root, '287(g) agreements')!;
    const rows = [...agreements.querySelectorAll('li')];
    expect(rows).toHaveLength(AGREEMENTS_SHOWN);
    expect(text(rows[0]!.querySelector('strong'))).toBe("Alder County Sheriff's Office");
    expect(text(rows[0]!.querySelector('.fn-meta'))).toBe(
      "Jail Enforcement Model · Signed May 20, 2025 · Agreement (PDF), Alder County Sheriff's Office",
    );
    const pdf = rows[1]!.querySelector('a')!;
    expect(pdf.getAttribute('href')).toBe(listsSidebarModel.agreements[1]!.url);
    expect(pdf.getAttribute('target')).toBe('_blank');
    expect(pdf.getAttribute('rel')).toBe('noopener noreferrer');
    const provenance = agreements.querySelector('.fn-provenance')!;
    expect(text(provenance)).toMatch(
      /^From ICE's list of participating agencies as of June 1, 2025\. \d+ Signed dates/,
    );
    // The file-name caveat is said once for the section, not per row.
    expect(text(agreements).match(/ICE's file names/g)).toHaveLength(1);
    expect(provenance.querySelectorAll('a.fn-ref')).toHaveLength(2);
  });

  it('unfolds all six agreements from a native button that keeps keyboard focus', async () => {
    const { root } = await mount(listsSidebarModel);
    const agreements = section(root, '287(g) agreements')!;
    const rows = () => [...agreements.querySelectorAll('li')].map((li) => text(li.querySelector('strong')));
    const toggle = agreements.querySelector<HTMLButtonElement>('button.fn-more')!;
    // A native, enabled button in the tab order: browsers turn Enter and Space on it into a click.
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.type).toBe('button');
    expect(toggle.disabled).toBe(false);
    expect(toggle.tabIndex).toBe(0);
    expect(text(toggle)).toBe('Show all 6 agreements');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${toggle.getAttribute('aria-controls')}`)).toBe(agreements.querySelector('ul'));

    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    await act(() => {
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      toggle.click(); // the activation the browser performs for that Enter
    });
    expect(rows()).toHaveLength(6);
    expect(rows()[5]).toBe('Fir Police Department');
    expect(text(agreements.querySelectorAll('li')[5])).toContain("Model not stated in ICE's file name");
    expect(text(agreements.querySelectorAll('li')[5])).not.toContain('Signed');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Show fewer agreements');
    // Re-rendering must not replace the button, or a keyboard reader's focus would fall back to the page.
    expect(document.activeElement).toBe(toggle);

    await act(() => toggle.click());
    expect(rows()).toHaveLength(AGREEMENTS_SHOWN);
    expect(document.activeElement).toBe(toggle);
  });

  it('shows no toggle when every agreement fits', async () => {
    const few = listsSidebarModel.agreements.slice(0, AGREEMENTS_SHOWN);
    const { root } = await mount({ ...listsSidebarModel, agreements: few });
    const agreements = section(root, '287(g) agreements')!;
    expect(agreements.querySelectorAll('li')).toHaveLength(AGREEMENTS_SHOWN);
    expect(agreements.querySelector('button')).toBeNull();
  });

  it('attributes each list claim to its author, with its date, criteria and any withdrawal', async () => {
    const { root } = await mount(listsSidebarModel);
    const cards = [...section(root, 'What federal lists say')!.querySelectorAll('li')];
    expect(cards.map((c) => text(c.querySelector('strong')))).toEqual([
      'U.S. Department of Justice: Sanctuary jurisdiction list — about California',
      'U.S. Department of Homeland Security: Sanctuary jurisdictions defying federal immigration law',
    ]);
    const [doj, dhs] = cards;
    expect(text(doj)).toContain('August 5, 2025');
    expect(text(doj)).toContain('Lists California as a sanctuary jurisdiction.');
    expect(text(doj)).toContain("The list's criteria: Policies that, in the department’s words,");
    expect(text(doj)).not.toContain('Withdrawn');
    expect(text(dhs)).toContain('May 29, 2025');
    expect(text(dhs!.querySelector('.fn-badge'))).toBe('Withdrawn June 2, 2025');
    expect(dhs!.querySelector('.fn-badge time')?.getAttribute('datetime')).toBe('2025-06-02');
  });

  // Run with the new sources listed in the model and with none of them listed, so the numbers cannot
  // come from model.sources alone: the sections' sources must be counted by citedInSidebar.
  for (const [label, listed] of [
    ['listed by the model', listsSidebarModel.sources],
    ['cited but not listed', sidebarModel.sources],
  ] as const) {
    it(`numbers the new sections' source links to match the Sources list (${label})`, async () => {
      const { root } = await mount({ ...listsSidebarModel, sources: [...listed].reverse() });
      // A long Sources list is folded; unfold it to see every number.
      const unfold = root.querySelector<HTMLButtonElement>('button[aria-controls="fn-sources"]');
      if (unfold) await act(() => unfold.click());
      const list = [...root.querySelectorAll('.fn-sources > li')];
      const entry = (n: number) => list[n - 1]?.querySelector('a')?.getAttribute('href');
      for (const source of Object.values(listSources)) {
        expect(list.filter((li) => li.querySelector('a')?.getAttribute('href') === source.url)).toHaveLength(1);
      }
      const expectRefs = (scope: Element, urls: string[]) => {
        const refs = [...scope.querySelectorAll<HTMLAnchorElement>('a.fn-ref')];
        expect(refs.map((a) => a.getAttribute('href'))).toEqual(urls);
        for (const ref of refs) expect(entry(Number(text(ref)))).toBe(ref.getAttribute('href'));
      };
      const cases = section(root, 'Court decisions')!.querySelectorAll('li');
      expectRefs(cases[0]!, [listSources.ninthCircuit.url]);
      expectRefs(cases[1]!, [listSources.districtCourt.url]);
      expectRefs(section(root, '287(g) agreements')!.querySelector('.fn-provenance')!, [
        listSources.iceList.url,
        listSources.iceArchive.url,
      ]);
      const claims = section(root, 'What federal lists say')!.querySelectorAll('li');
      expectRefs(claims[0]!, [listSources.dojList.url, listSources.dojList.url]);
      expectRefs(claims[1]!, [listSources.dhsList.url, listSources.dhsList.url, listSources.dhsRemoved.url]);
    });
  }

  it(`lists the first ${SOURCES_SHOWN} sources and unfolds the rest, numbered on`, async () => {
    const { root } = await mount(listsSidebarModel);
    const items = () => [...root.querySelectorAll('.fn-sources > li')];
    const total = new Set([...root.querySelectorAll<HTMLAnchorElement>('a.fn-ref')].map((a) => a.getAttribute('href')))
      .size;
    expect(total).toBeGreaterThan(SOURCES_SHOWN);
    expect(items()).toHaveLength(SOURCES_SHOWN);
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls="fn-sources"]')!;
    expect(text(toggle)).toMatch(/^Show all \d+ sources$/);
    await act(() => toggle.click());
    expect(items().length).toBeGreaterThanOrEqual(total);
    expect(text(items().at(-1)!.querySelector('.fn-source-num'))).toBe(`${items().length}.`);
    expect(text(toggle)).toBe('Show fewer sources');
  });

  it('opens every link in a new tab without an opener or referrer', async () => {
    const { root } = await mount(listsSidebarModel);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(30);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });
});
