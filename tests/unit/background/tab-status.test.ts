import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCommandHandler, TOGGLE_SIDEBAR_COMMAND } from '../../../lib/background/commands';
import { createHandlers } from '../../../lib/background/handlers';
import { TabRecords } from '../../../lib/background/tab-status';
import { dispatchMessage, type Envelope, type MessageSender, type PageStatus } from '../../../lib/messaging';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { articleFromFixture, bundledDataset } from '../helpers';

let service: FootnoteService;
beforeAll(async () => {
  service = new FootnoteService(await bundledDataset());
  // The first article builds the detection index; that belongs to no single test's time.
  service.articleContext(articleFromFixture('demo-glendale.html'));
}, 60_000);

const envelope = (type: string, data: unknown) => ({ footnote: 1, type, data }) as Envelope;
const fromTab = (id: number, url = 'https://news.example/story'): MessageSender => ({ tab: { id }, url });

/** A fake browser.tabs whose content scripts answer with `answers[tabId]`, or are missing. */
function fakeTabs(answers: Record<number, PageStatus>) {
  return {
    sendMessage: vi.fn(async (tabId: number, message: unknown) => {
      if (!(tabId in answers)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ...answers[tabId], asked: (message as Envelope).type };
    }),
  };
}

function setup(settings: Partial<Settings> = {}, tabs = fakeTabs({})) {
  const records = new TabRecords();
  let stored: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const openSidePanel = vi.fn(async (_tabId: number) => undefined);
  const injectSidebarUi = vi.fn(async (tabId: number, _frameId: number) => {
    if (tabId === 404) throw new Error('No tab with id: 404.');
  });
  const handlers = createHandlers(
    async () => service,
    () => undefined,
    async () => stored,
    {
      records,
      tabs,
      openSidePanel,
      injectSidebarUi,
      saveSettings: async (next) => {
        stored = next;
      },
    },
  );
  // Replies are read loosely here: each test checks the fields it is about.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type LooseReply = { ok: boolean; value?: any; error?: string };
  const send = (type: string, data: unknown, sender: MessageSender = {}) =>
    dispatchMessage(handlers, envelope(type, data), sender) as Promise<LooseReply>;
  return { records, send, tabs, openSidePanel, injectSidebarUi, stored: () => stored };
}

describe('each tab’s status in the background', () => {
  it('records the verdict of the tab that asked, and the popup reads it', async () => {
    const { send } = setup();
    await send('detectArticle', articleFromFixture('demo-glendale.html'), fromTab(7));
    const status = await send('getPageStatus', { tabId: 7 });
    expect(status.value).toMatchObject({ reason: 'shown', jurisdiction: 'Glendale, California' });
    expect(status.value.why.length).toBeGreaterThan(0);
    expect((await send('getTabSidebar', { tabId: 7 })).value.jurisdiction.id).toBe('us-ca-glendale');
    expect((await send('getTabSidebar', { tabId: 8 })).value).toBeNull();
  });

  it('says why nothing was shown: not relevant, only when asked, excluded', async () => {
    const { send } = setup({ siteModes: { 'asked.example': 'on-request' }, neverOnSites: ['off.example'] });
    await send('detectArticle', articleFromFixture('wildlife-sanctuary.html'), fromTab(1));
    expect((await send('getPageStatus', { tabId: 1 })).value.reason).toBe('not-relevant');

    const glendale = articleFromFixture('demo-glendale.html');
    const onRequest = await send('detectArticle', { ...glendale, url: 'https://asked.example/a' }, fromTab(2));
    expect(onRequest.value).toMatchObject({ withheld: 'on-request', siteMode: 'on-request' });
    expect(onRequest.value.sidebar).toBeUndefined();
    expect((await send('getPageStatus', { tabId: 2 })).value).toMatchObject({
      reason: 'on-request',
      jurisdiction: 'Glendale, California',
    });
    // The side panel may still show what the page waits to be asked for.
    expect((await send('getTabSidebar', { tabId: 2 })).value).not.toBeNull();

    await send('detectArticle', { ...glendale, url: 'https://off.example/a' }, fromTab(3));
    expect((await send('getPageStatus', { tabId: 3 })).value.reason).toBe('excluded');
    expect((await send('getTabSidebar', { tabId: 3 })).value).toBeNull();
  });

  it('opens the sidebar when the reader asks, whatever the mode', async () => {
    const { send } = setup({ sidebarMode: 'on-request' });
    const reply = await send(
      'detectArticle',
      { ...articleFromFixture('demo-glendale.html'), requested: true },
      fromTab(4),
    );
    expect(reply.value).toMatchObject({ display: 'open', sidebar: { jurisdiction: { id: 'us-ca-glendale' } } });
    expect((await send('getPageStatus', { tabId: 4 })).value.reason).toBe('shown');
  });

  it('forgets a tab that closed or navigated', async () => {
    const { send, records } = setup();
    const changed = vi.fn();
    records.onChange(changed);
    await send('detectArticle', articleFromFixture('demo-glendale.html'), fromTab(5));
    records.forget(5);
    expect(changed.mock.calls).toEqual([[5], [5]]);
    expect((await send('getPageStatus', { tabId: 5 })).value.reason).toBe('not-web-page');
  });

  it('asks the content script of a tab that reported nothing; no content script means not a web page', async () => {
    const { send, tabs } = setup({}, fakeTabs({ 9: { reason: 'no-terms', url: 'https://x.example/' } }));
    expect((await send('getPageStatus', { tabId: 9 })).value).toMatchObject({
      reason: 'no-terms',
      asked: 'pageStatus',
    });
    expect((await send('getPageStatus', { tabId: 10 })).value).toEqual({ reason: 'not-web-page' });
    expect((await send('showSidebarInTab', { tabId: 9 })).value.asked).toBe('showSidebar');
    expect(tabs.sendMessage).toHaveBeenCalledTimes(3);
    expect((await send('getPageStatus', { tabId: 'x' })).ok).toBe(false);
  });

  it('saves the mode the reader picks for the sending page’s site', async () => {
    const { send, stored } = setup();
    const reply = await send('setSiteMode', { mode: 'edge-tab' }, fromTab(1, 'https://www.news.example/a'));
    expect(reply).toEqual({ ok: true, value: 'edge-tab' });
    expect(stored().siteModes).toEqual({ 'news.example': 'edge-tab' });
    await send('setSiteMode', { mode: 'never' }, fromTab(1, 'https://news.example/b'));
    expect(stored()).toMatchObject({ siteModes: {}, neverOnSites: ['news.example'] });
    expect((await send('setSiteMode', { mode: 'sideways' }, fromTab(1))).ok).toBe(false);
    expect((await send('setSiteMode', { mode: 'auto' }, {})).ok).toBe(false);
  });

  it('opens the side panel in the same turn as the message, so the click still counts as the gesture', async () => {
    const { send, openSidePanel } = setup();
    const reply = send('openSidePanel', undefined, fromTab(12));
    expect(openSidePanel).toHaveBeenCalledWith(12);
    expect(await reply).toEqual({ ok: true, value: true });
    expect((await send('openSidePanel', undefined, {})).ok).toBe(false);
  });

  it('loads the sidebar’s script into the frame that asked, and says so when it cannot', async () => {
    const { send, injectSidebarUi } = setup();
    expect(await send('loadSidebarUi', undefined, { ...fromTab(5), frameId: 3 })).toEqual({ ok: true, value: true });
    expect(injectSidebarUi).toHaveBeenLastCalledWith(5, 3);
    await send('loadSidebarUi', undefined, fromTab(6));
    expect(injectSidebarUi).toHaveBeenLastCalledWith(6, 0);
    expect(await send('loadSidebarUi', undefined, fromTab(404))).toEqual({ ok: false, error: 'No tab with id: 404.' });
    expect((await send('loadSidebarUi', undefined, {})).ok).toBe(false);
    expect(injectSidebarUi).toHaveBeenCalledTimes(3);
  });

  it('tells the content script to prefer the side panel only where it can be opened', async () => {
    const { send } = setup({ preferSidePanel: true });
    const article = articleFromFixture('demo-glendale.html');
    expect((await send('detectArticle', article, fromTab(1))).value.preferSidePanel).toBe(true);
    const noPanel = createHandlers(
      async () => service,
      undefined,
      async () => ({ ...DEFAULT_SETTINGS, preferSidePanel: true }),
    );
    const reply = (await dispatchMessage(noPanel, envelope('detectArticle', article), fromTab(1))) as { value: object };
    expect(reply.value).not.toHaveProperty('preferSidePanel');
  });
});

describe('records after the service worker restarts', () => {
  it('reads a tab’s record back from the store, and forgets it there too', async () => {
    const items: Record<string, unknown> = {};
    const store = {
      get: async (key: string) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
      set: async (more: Record<string, unknown>) => void Object.assign(items, more),
      remove: async (key: string) => void delete items[key],
    };
    new TabRecords(store).set(3, { status: { reason: 'on-request', jurisdiction: 'Glendale, California' } });
    await Promise.resolve();
    const restarted = new TabRecords(store);
    expect(await restarted.get(3)).toEqual({ status: { reason: 'on-request', jurisdiction: 'Glendale, California' } });
    restarted.forget(3);
    await Promise.resolve();
    expect(await new TabRecords(store).get(3)).toBeUndefined();
    expect(await new TabRecords().get(3)).toBeUndefined();
  });
});

describe('the keyboard shortcut', () => {
  const tabsWithActive = (activeId?: number) => ({
    ...fakeTabs({ 3: { reason: 'shown' }, 4: { reason: 'shown' } }),
    query: vi.fn(async () => (activeId === undefined ? [] : [{ id: activeId }])),
  });

  it('asks the tab it was pressed in to toggle its sidebar', async () => {
    const tabs = tabsWithActive(4);
    const onCommand = createCommandHandler(tabs);
    expect(await onCommand(TOGGLE_SIDEBAR_COMMAND, { id: 3 })).toMatchObject({ asked: 'toggleSidebar' });
    expect(tabs.sendMessage).toHaveBeenCalledWith(3, { footnote: 1, type: 'toggleSidebar', data: undefined });
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, and reports a tab without Footnote', async () => {
    const tabs = tabsWithActive(4);
    await createCommandHandler(tabs)(TOGGLE_SIDEBAR_COMMAND);
    expect(tabs.sendMessage).toHaveBeenCalledWith(4, expect.objectContaining({ type: 'toggleSidebar' }));
    expect(await createCommandHandler(tabsWithActive(99))(TOGGLE_SIDEBAR_COMMAND)).toEqual({ reason: 'not-web-page' });
    expect(await createCommandHandler(tabsWithActive())(TOGGLE_SIDEBAR_COMMAND)).toEqual({ reason: 'not-web-page' });
  });

  it('ignores other commands', async () => {
    const tabs = tabsWithActive(4);
    expect(await createCommandHandler(tabs)('something-else', { id: 3 })).toBeUndefined();
    expect(tabs.sendMessage).not.toHaveBeenCalled();
  });
});
