// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordDetail, SearchHit } from '@/lib/context/model';
import type { RecordKind } from '@/lib/dataset/schema';
import type { Result } from '@/lib/messaging';
import Lookup, { SEARCH_DEBOUNCE_MS } from '@/components/lookup/Lookup';
import type { RecordDetailViewProps } from '@/components/lookup/RecordDetailView';
import RecordDetailView from '@/components/lookup/RecordDetailView';
import { glendaleDetail, hits, sb54Detail, sources } from './fixtures';

type Search = (query: string) => Promise<Result<SearchHit[]>>;
type GetRecord = (kind: RecordKind, id: string) => Promise<Result<RecordDetail>>;

const details: Record<string, RecordDetail> = { [sb54Detail.id]: sb54Detail, [glendaleDetail.id]: glendaleDetail };

/** Answers every query at once with the fixture hits whose title contains it. */
const fakeSearch: Search = async (query) => ({
  ok: true,
  value: hits.filter((hit) => hit.title.toLowerCase().includes(query.toLowerCase())),
});
const fakeGetRecord: GetRecord = async (_kind, id) => {
  const detail = details[id];
  return detail ? { ok: true, value: detail } : { ok: false, error: `No record ${id}` };
};

let root: HTMLElement | undefined;

async function mount(search: Search = fakeSearch, getRecord: GetRecord = fakeGetRecord, initialQuery?: string) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Lookup search={search} getRecord={getRecord} initialQuery={initialQuery} />, root!));
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  return { root, input };
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Lets timers (the debounce) and pending promises run, then flushes Preact's renders and effects. */
const wait = (ms = SEARCH_DEBOUNCE_MS + 40) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function type(input: HTMLInputElement, value: string, settle = true) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (settle) await wait();
}

async function key(el: Element, name: string) {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
  await wait(5);
}

const options = (root: Element) => [...root.querySelectorAll('[role="option"]')];
const titles = (root: Element) => options(root).map((o) => text(o.querySelector('.lk-hit-title')));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Lookup', () => {
  it('has a labelled, focused search input and shows hints for an empty query', async () => {
    const { root, input } = await mount();
    const label = root.querySelector('label');
    expect(text(label)).toBe('Search laws, places, decisions and sources');
    expect(label?.getAttribute('for')).toBe(input.id);
    expect(document.activeElement).toBe(input);
    const hints = [...root.querySelectorAll('.lk-hint')].map(text);
    expect(hints).toEqual(['SB 54', 'Glendale', 'detainer']);
  });

  it('renders hits as you type, with kind badge, title and subtitle', async () => {
    const search = vi.fn(fakeSearch);
    const { root, input } = await mount(search);
    await type(input, 'g');
    expect(search).toHaveBeenLastCalledWith('g');
    expect(titles(root)).toEqual(['Glendale', sources.statement.title]);
    const first = options(root)[0]!;
    expect(text(first.querySelector('.lk-kind'))).toBe('Place');
    expect(text(first.querySelector('.lk-hit-subtitle'))).toBe('City, California');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(text(root.querySelector('[role="status"]'))).toBe('2 results');
  });

  it('debounces: fast typing sends one search for the final query', async () => {
    const search = vi.fn(fakeSearch);
    const { root, input } = await mount(search);
    await type(input, 's', false);
    await type(input, 'sb', false);
    await type(input, 'sb 5', false);
    await wait();
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('sb 5');
    expect(titles(root)).toEqual(['SB 54: California Values Act']);
  });

  it('ignores a slow earlier reply that resolves after a later one', async () => {
    const replies = new Map<string, ReturnType<typeof deferred<Result<SearchHit[]>>>>();
    const search: Search = (query) => {
      const reply = deferred<Result<SearchHit[]>>();
      replies.set(query, reply);
      return reply.promise;
    };
    const { root, input } = await mount(search);
    await type(input, 'sb');
    await type(input, 'glendale');
    expect([...replies.keys()]).toEqual(['sb', 'glendale']);

    await act(async () => replies.get('glendale')!.resolve({ ok: true, value: [hits[1]!] }));
    await wait(5);
    expect(titles(root)).toEqual(['Glendale']);

    await act(async () => replies.get('sb')!.resolve({ ok: true, value: [hits[0]!] }));
    await wait(5);
    expect(titles(root)).toEqual(['Glendale']);
  });

  it('shows a clear message when nothing matches', async () => {
    const { root, input } = await mount();
    await type(input, 'zzz');
    expect(options(root)).toHaveLength(0);
    expect(text(root.querySelector('.lk-message'))).toContain('No matches for “zzz”');
  });

  it("shows a failed search's error text", async () => {
    const { root, input } = await mount(async () => ({ ok: false, error: 'Dataset not loaded yet.' }));
    await type(input, 'sb 54');
    expect(text(root.querySelector('[role="alert"]'))).toBe('Dataset not loaded yet.');
  });

  it('moves through results with the arrow keys and opens the active one with Enter', async () => {
    const getRecord = vi.fn(fakeGetRecord);
    const { root, input } = await mount(fakeSearch, getRecord);
    await type(input, 'g');
    await key(input, 'ArrowDown');
    await key(input, 'ArrowDown'); // stays on the last
    await key(input, 'ArrowUp');
    expect(options(root).map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[1]!.id);
    await key(input, 'ArrowUp');
    await key(input, 'Enter');
    expect(getRecord).toHaveBeenCalledWith('jurisdiction', 'us-ca-glendale');
    const heading = root.querySelector('h2');
    expect(text(heading)).toBe('Glendale, California');
    expect(document.activeElement).toBe(heading);
    expect(options(root)).toHaveLength(0);
  });

  it('shows a law detail with body, provisions, notes, sources and citation', async () => {
    const { root, input } = await mount();
    await type(input, 'sb');
    await key(input, 'Enter');
    const detail = root.querySelector('.lk-detail')!;
    expect(text(detail.querySelector('h2'))).toBe('SB 54: California Values Act');
    expect(text(detail)).toContain('Limits how California law enforcement');
    const sections = [...detail.querySelectorAll('h3')].map(text);
    expect(sections).toEqual(['Key provisions', 'Exceptions', 'Often misstated', 'Citation', 'Sources']);
    expect(text(detail.querySelector('.lk-citation'))).toBe(sb54Detail.citation);
    const ref = detail.querySelector<HTMLAnchorElement>('a.fn-ref');
    expect(ref?.href).toBe(sources.sb54.url);
    expect(ref?.rel).toBe('noopener noreferrer');
    expect(ref?.target).toBe('_blank');
  });

  it('Back returns to the results with focus and the active result restored', async () => {
    const { root, input } = await mount();
    await type(input, 'l');
    expect(titles(root)).toEqual(['SB 54: California Values Act', 'Glendale', sources.statement.title]);
    await key(input, 'ArrowDown');
    await key(input, 'Enter');
    expect(text(root.querySelector('h2'))).toBe('Glendale, California');
    const back = [...root.querySelectorAll('button')].find((b) => text(b) === 'Back')!;
    await act(() => back.click());
    await wait(5);
    expect(root.querySelector('.lk-detail')).toBeNull();
    expect(titles(root)).toHaveLength(3);
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[1]!.id);
  });

  it('opens a related record, and Back from it returns to the record it came from', async () => {
    const { root, input } = await mount();
    await type(input, 'glendale');
    await key(input, 'Enter');
    const related = root.querySelector<HTMLButtonElement>('.lk-related-hit')!;
    expect(text(related)).toContain('SB 54: California Values Act');
    await act(() => related.click());
    await wait(5);
    expect(text(root.querySelector('h2'))).toBe('SB 54: California Values Act');
    await key(root.querySelector('.lk-detail')!, 'Escape');
    expect(text(root.querySelector('h2'))).toBe('Glendale, California');
  });

  it("shows a failed record's error text, with a way back", async () => {
    const { root, input } = await mount(fakeSearch, async () => ({ ok: false, error: 'Record not found.' }));
    await type(input, 'sb');
    await key(input, 'Enter');
    expect(text(root.querySelector('[role="alert"]'))).toBe('Record not found.');
    const back = [...root.querySelectorAll('button')].find((b) => text(b) === 'Back')!;
    await act(() => back.click());
    expect(titles(root)).toEqual(['SB 54: California Values Act']);
  });

  it('copies the citation and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root, input } = await mount();
    await type(input, 'sb');
    await key(input, 'Enter');
    const copy = [...root.querySelectorAll('button')].find((b) => text(b) === 'Copy citation')!;
    await act(() => copy.click());
    await wait(5);
    expect(writeText).toHaveBeenCalledWith(sb54Detail.citation);
    expect(text(root.querySelector('.lk-copy-status'))).toBe('Copied');
  });

  it('explains a clipboard failure instead of throwing', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      configurable: true,
    });
    const { root, input } = await mount();
    await type(input, 'sb');
    await key(input, 'Enter');
    const copy = [...root.querySelectorAll('button')].find((b) => text(b) === 'Copy citation')!;
    await act(() => copy.click());
    await wait(5);
    expect(text(root.querySelector('.lk-copy-status'))).toContain("Couldn't copy");
  });

  it('searches for an initial query without typing', async () => {
    const { root } = await mount(fakeSearch, fakeGetRecord, 'SB 54');
    await wait();
    expect(titles(root)).toEqual(['SB 54: California Values Act']);
  });
});

describe('Lookup filters', () => {
  const selects = (root: Element) => [...root.querySelectorAll<HTMLSelectElement>('.lk-filters select')];
  async function pick(select: HTMLSelectElement, value: string) {
    await act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await wait();
  }

  it('offers every kind and every state, each select labelled', async () => {
    const { root } = await mount();
    const [kind, state] = selects(root);
    expect([...kind!.options].map((o) => o.value)).toEqual([
      '',
      'law',
      'jurisdiction',
      'decision',
      'case',
      'agreement',
      'claim',
      'source',
    ]);
    expect(state!.options).toHaveLength(2 + 51);
    expect([...state!.options].slice(0, 3).map((o) => o.value)).toEqual(['', 'federal', 'AL']);
    for (const select of [kind!, state!]) expect(text(select.closest('label')?.querySelector('span'))).not.toBe('');
  });

  it('sends the chosen kind and state with the query, and searches again when they change', async () => {
    const search = vi.fn(fakeSearch);
    const { root, input } = await mount(search);
    await type(input, 'glendale');
    expect(search).toHaveBeenLastCalledWith('glendale');
    const [kind, state] = selects(root);
    await pick(kind!, 'law');
    expect(search).toHaveBeenLastCalledWith('glendale', { kinds: ['law'] });
    await pick(state!, 'AZ');
    expect(search).toHaveBeenLastCalledWith('glendale', { kinds: ['law'], state: 'AZ' });
    await pick(kind!, '');
    expect(search).toHaveBeenLastCalledWith('glendale', { state: 'AZ' });
    await pick(state!, '');
    expect(search).toHaveBeenLastCalledWith('glendale');
    expect(search).toHaveBeenCalledTimes(5);
  });
});

describe('RecordDetailView citation formats', () => {
  const formats = {
    text: sb54Detail.citation,
    markdown: '[California Values Act (SB 54, 2017)](https://leginfo.legislature.ca.gov/) — Cal. Gov. Code',
    'csl-json': '[\n  {\n    "id": "law-ca-sb54-2017",\n    "type": "legislation"\n  }\n]',
    bibtex: '@misc{law-ca-sb54-2017,\n  title = {{California} {Values} {Act}},\n}',
  };

  async function mountDetail(props: Partial<RecordDetailViewProps> = {}) {
    root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(<RecordDetailView detail={sb54Detail} onBack={() => {}} onOpen={() => {}} {...props} />, root!),
    );
    return root;
  }

  async function choose(select: HTMLSelectElement, value: string) {
    await act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  const copyButton = (root: Element) => [...root.querySelectorAll('button')].find((b) => text(b) === 'Copy citation')!;

  it('offers no format choice when only the plain-text citation is known', async () => {
    const root = await mountDetail();
    expect(root.querySelector('select')).toBeNull();
    expect(text(root.querySelector('.lk-citation'))).toBe(sb54Detail.citation);
  });

  it('has a labelled, focusable format select next to the copy button, plain text first and chosen', async () => {
    const root = await mountDetail({ formats });
    const select = root.querySelector('select')!;
    expect(text(root.querySelector(`label[for="${select.id}"]`))).toBe('Format');
    expect(select.tabIndex).toBeGreaterThanOrEqual(0);
    expect(select.disabled).toBe(false);
    expect([...select.options].map((o) => [o.value, text(o)])).toEqual([
      ['text', 'Plain text'],
      ['markdown', 'Markdown'],
      ['csl-json', 'CSL-JSON'],
      ['bibtex', 'BibTeX'],
    ]);
    expect(select.value).toBe('text');
    expect(select.closest('.lk-copy-row')?.contains(copyButton(root))).toBe(true);
    expect(text(root.querySelector('.lk-citation'))).toBe(sb54Detail.citation);
  });

  it('shows and copies the chosen format, keeping CSL-JSON and BibTeX line breaks', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mountDetail({ formats });
    const select = root.querySelector('select')!;

    await choose(select, 'bibtex');
    const shown = root.querySelector('pre.lk-citation');
    expect(shown?.textContent).toBe(formats.bibtex);
    await act(() => copyButton(root).click());
    await wait(5);
    expect(writeText).toHaveBeenLastCalledWith(formats.bibtex);
    expect(text(root.querySelector('.lk-copy-status'))).toBe('Copied as BibTeX');

    // A new choice clears the old "Copied", which was about the other format.
    await choose(select, 'markdown');
    expect(text(root.querySelector('.lk-copy-status'))).toBe('');
    expect(root.querySelector('pre.lk-citation')).toBeNull();
    expect(text(root.querySelector('p.lk-citation'))).toBe(formats.markdown);
    await act(() => copyButton(root).click());
    await wait(5);
    expect(writeText).toHaveBeenLastCalledWith(formats.markdown);

    await choose(select, 'text');
    await act(() => copyButton(root).click());
    await wait(5);
    expect(writeText).toHaveBeenLastCalledWith(sb54Detail.citation);
    expect(text(root.querySelector('.lk-copy-status'))).toBe('Copied');
  });

  it('lists only the formats the record has, falling back to the plain citation for text', async () => {
    const root = await mountDetail({ formats: { markdown: formats.markdown, bibtex: '' } });
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['text', 'markdown']);
    await choose(select, 'text');
    expect(text(root.querySelector('.lk-citation'))).toBe(sb54Detail.citation);
  });
});
