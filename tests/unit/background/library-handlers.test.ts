import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import { dispatchMessage, type Envelope } from '../../../lib/messaging';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { articleFromFixture, bundledDataset } from '../helpers';

let db: FootnoteDatabase;
let counter = 0;
const envelope = (type: string, data: unknown) => ({ footnote: 1, type, data }) as Envelope;

beforeEach(() => {
  db = new FootnoteDatabase(`footnote-library-handlers-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

async function handlers() {
  const service = new FootnoteService(await bundledDataset());
  return createHandlers(
    async () => service,
    () => undefined,
    async () => DEFAULT_SETTINGS,
    { database: () => db },
  );
}

describe('library messages', () => {
  it('save, list, note, export, clear and import answer with Results', async () => {
    const h = await handlers();
    const saved = (await dispatchMessage(
      h,
      envelope('librarySave', { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' }),
    )) as { ok: true; value: { id: number } };
    expect(saved).toMatchObject({ ok: true, value: { kind: 'law', ref: 'law-ca-sb54-2017' } });
    expect(
      await dispatchMessage(h, envelope('libraryAddNote', { savedId: saved.value.id, text: 'Mine' })),
    ).toMatchObject({
      ok: true,
      value: { text: 'Mine' },
    });
    expect(await dispatchMessage(h, envelope('libraryStatus', { kind: 'law', ref: 'law-ca-sb54-2017' }))).toEqual({
      ok: true,
      value: { saved: true, notes: 1 },
    });
    const exported = (await dispatchMessage(h, envelope('libraryExport', undefined))) as { ok: true; value: unknown };
    expect(await dispatchMessage(h, envelope('libraryClear', undefined))).toEqual({ ok: true, value: true });
    expect(await dispatchMessage(h, envelope('libraryList', undefined))).toEqual({ ok: true, value: [] });
    expect(await dispatchMessage(h, envelope('libraryImport', { text: JSON.stringify(exported.value) }))).toEqual({
      ok: true,
      value: { itemsAdded: 1, itemsAlreadySaved: 0, notesAdded: 1, seenAdded: 0 },
    });
    expect(await dispatchMessage(h, envelope('libraryList', undefined))).toMatchObject({
      ok: true,
      value: [{ ref: 'law-ca-sb54-2017', notes: [{ text: 'Mine' }] }],
    });
  });

  it('bad requests get a failed Result with the reason', async () => {
    const h = await handlers();
    expect(await dispatchMessage(h, envelope('librarySave', { kind: 'article', ref: 'ftp://x', title: 'x' }))).toEqual({
      ok: false,
      error: 'An article is saved by its web address (http or https).',
    });
    expect(await dispatchMessage(h, envelope('libraryImport', { text: '[]' }))).toEqual({
      ok: false,
      error: 'The file is not a Footnote library export.',
    });
    expect(await dispatchMessage(h, envelope('libraryAddNote', undefined))).toMatchObject({ ok: false });
  });

  it('unsaving by message never drops notes, whatever the payload says', async () => {
    const h = await handlers();
    const saved = (await dispatchMessage(h, envelope('librarySave', { kind: 'case', ref: 'case-x', title: 'X' }))) as {
      value: { id: number };
    };
    await dispatchMessage(h, envelope('libraryAddNote', { savedId: saved.value.id, text: 'Keep me' }));
    expect(
      await dispatchMessage(h, envelope('libraryUnsave', { kind: 'case', ref: 'case-x', withNotes: true })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/has notes/) });
    expect(await db.notes.count()).toBe(1);
  });

  it('detectArticle tells the sidebar whether the article is saved and when it was seen before', async () => {
    const h = await handlers();
    const article = articleFromFixture('demo-glendale.html');
    const first = (await dispatchMessage(h, envelope('detectArticle', article))) as {
      ok: true;
      value: { sidebar: { article: Record<string, unknown> } };
    };
    expect(first.value.sidebar.article).toEqual({ url: article.url, title: article.title, saved: false });
    expect(await db.seen.get(article.url)).toMatchObject({ url: article.url });

    // A visit long ago, and the article saved since.
    await db.seen.put({
      url: article.url,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-02T00:00:00.000Z',
    });
    await dispatchMessage(h, envelope('librarySave', { kind: 'article', ref: article.url, title: article.title }));
    const again = (await dispatchMessage(h, envelope('detectArticle', article))) as typeof first;
    expect(again.value.sidebar.article).toEqual({
      url: article.url,
      title: article.title,
      saved: true,
      seenBefore: '2026-01-02T00:00:00.000Z',
    });
  });

  it('an article without a sidebar is not remembered', async () => {
    const h = await handlers();
    await dispatchMessage(h, envelope('detectArticle', articleFromFixture('wildlife-sanctuary.html')));
    expect(await db.seen.count()).toBe(0);
  });
});
