import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import {
  datasetPersisted,
  ensureDataset,
  getService,
  lastLoadReport,
  resetService,
} from '../../../lib/background/dataset-provider';
import { FootnoteDatabase } from '../../../lib/dataset/db';
import { folderReader } from '../../../lib/cli/file-dataset';
import { dispatchMessage, type Envelope } from '../../../lib/messaging';
import { FootnoteService } from '../../../lib/service/footnote-service';
import { articleFromFixture, bundledDataset } from '../helpers';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

async function handlers() {
  const service = new FootnoteService(await bundledDataset());
  return createHandlers(async () => service);
}

const envelope = (type: string, data: unknown) => ({ footnote: 1, type, data }) as Envelope;

describe('message handlers', () => {
  it('detectArticle answers with the detection and a sidebar for the demo article', async () => {
    const reply = await dispatchMessage(
      await handlers(),
      envelope('detectArticle', articleFromFixture('demo-glendale.html')),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: {
        detection: { relevant: true },
        sidebar: { jurisdiction: { id: 'us-ca-glendale', label: 'Glendale, California' } },
      },
    });
  });

  it('detectArticle answers without a sidebar for an irrelevant article', async () => {
    const reply = (await dispatchMessage(
      await handlers(),
      envelope('detectArticle', articleFromFixture('wildlife-sanctuary.html')),
    )) as {
      ok: boolean;
      value: { detection: { relevant: boolean }; sidebar?: unknown };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.detection.relevant).toBe(false);
    expect(reply.value.sidebar).toBeUndefined();
  });

  it('search answers with hits', async () => {
    const reply = (await dispatchMessage(await handlers(), envelope('search', { query: 'SB 54' }))) as {
      ok: true;
      value: { id: string }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.value[0]).toMatchObject({ kind: 'law', id: 'law-ca-sb54-2017' });
  });

  it('search passes kind and state filters through', async () => {
    const reply = (await dispatchMessage(
      await handlers(),
      envelope('search', { query: 'Glendale', kinds: ['jurisdiction'], state: 'AZ' }),
    )) as { ok: true; value: { kind: string; id: string }[] };
    expect(reply.value[0]).toMatchObject({ kind: 'jurisdiction', id: 'us-az-glendale' });
    expect(reply.value.every((h) => h.kind === 'jurisdiction')).toBe(true);
  });

  it('search words its hits in the reader’s language, whichever language the index was built in', async () => {
    const service = new FootnoteService(await bundledDataset());
    const inLanguage = (language: 'en' | 'es') =>
      createHandlers(
        async () => service,
        undefined,
        async () => ({ ...DEFAULT_SETTINGS, language }),
      );
    const subtitle = async (language: 'en' | 'es') => {
      const reply = (await dispatchMessage(
        inLanguage(language),
        envelope('search', { query: 'Glendale', kinds: ['jurisdiction'], state: 'AZ' }),
      )) as { ok: true; value: { subtitle?: string }[] };
      return reply.value[0]?.subtitle ?? '';
    };
    const english = await subtitle('en');
    const spanish = await subtitle('es');
    expect(english).toMatch(/Arizona/);
    expect(spanish).not.toBe(english);
    expect(await subtitle('en')).toBe(english);
  });

  it('exportArticleSources answers with a file, or a failed Result for a bad request', async () => {
    const h = await handlers();
    const reply = await dispatchMessage(
      h,
      envelope('exportArticleSources', { refs: [{ kind: 'law', id: 'law-ca-sb54-2017' }], format: 'bibtex' }),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { filename: 'footnote-sources.bib', mimeType: 'application/x-bibtex' },
    });
    expect((reply as { value: { text: string } }).value.text).toMatch(/^@\w+\{law-ca-sb54-2017,$/m);
    expect(await dispatchMessage(h, envelope('exportArticleSources', { refs: [], format: 'docx' }))).toMatchObject({
      ok: false,
    });
  });

  it('getRecord answers with a detail, or a clear failure for an unknown id', async () => {
    const h = await handlers();
    expect(await dispatchMessage(h, envelope('getRecord', { kind: 'law', id: 'law-ca-sb54-2017' }))).toMatchObject({
      ok: true,
      value: { id: 'law-ca-sb54-2017' },
    });
    expect(await dispatchMessage(h, envelope('getRecord', { kind: 'law', id: 'law-nope' }))).toEqual({
      ok: false,
      error: 'There is no law with the id “law-nope” in the dataset.',
    });
  });

  it('bad payloads get a failed Result, not a thrown error', async () => {
    const h = await handlers();
    expect(await dispatchMessage(h, envelope('detectArticle', { title: 3 }))).toMatchObject({ ok: false });
    expect(await dispatchMessage(h, envelope('search', { query: 42 }))).toMatchObject({ ok: false });
    expect(await dispatchMessage(h, envelope('search', { query: 'x', kinds: 'law' }))).toMatchObject({ ok: false });
    expect(await dispatchMessage(h, envelope('search', { query: 'x', state: 6 }))).toMatchObject({ ok: false });
  });

  it('a handler that throws becomes a failed Result', async () => {
    const failing = createHandlers(async () => {
      throw new Error('dataset unavailable');
    });
    expect(await dispatchMessage(failing, envelope('search', { query: 'x' }))).toEqual({
      ok: false,
      error: 'dataset unavailable',
    });
  });

  it('ignores messages that are not ours, so other listeners can answer', async () => {
    const h = await handlers();
    expect(dispatchMessage(h, { type: 'search', data: { query: 'x' } })).toBeUndefined();
    expect(dispatchMessage(h, envelope('noSuchMessage', {}))).toBeUndefined();
    expect(dispatchMessage(h, 'hello')).toBeUndefined();
  });
});

describe('the background dataset provider', () => {
  beforeEach(() => resetService());

  it('writes the bundled dataset into IndexedDB once per version, and keeps its working copy from the package', async () => {
    const db = new FootnoteDatabase('footnote-provider-test');
    const dataset = await ensureDataset(db, folderReader(), 0);
    // The answer comes before the write; the write finishes behind it.
    await datasetPersisted();
    expect(await db.laws.count()).toBe(dataset.laws.length);
    expect(lastLoadReport()).toMatchObject({ version: dataset.manifest.version, installed: true });
    const loadedAt = (await db.meta.get('loadedAt'))?.value;
    expect(loadedAt).toBeDefined();

    const again = await ensureDataset(db, folderReader(), 0);
    await datasetPersisted();
    expect(again.laws.length).toBe(dataset.laws.length);
    expect(lastLoadReport()).toMatchObject({ installed: false });
    // Same version: nothing was written again.
    expect((await db.meta.get('loadedAt'))?.value).toBe(loadedAt);
    await db.delete();
  });

  it('validates the files of a version it has not installed, and refuses a broken one', async () => {
    const db = new FootnoteDatabase('footnote-provider-broken');
    const broken = async (name: string) => {
      const file = (await folderReader()(name)) as { decisions?: { facts: { sources: string[] }[] }[] };
      if (name === 'local/ca' && file.decisions?.[0]?.facts[0]) file.decisions[0].facts[0].sources = [];
      return file;
    };
    await expect(ensureDataset(db, broken, 0)).rejects.toThrow(/has no source/);
    expect(await db.laws.count()).toBe(0);
    await db.delete();
  });

  it('retries after a failed load instead of caching the failure', async () => {
    const db = new FootnoteDatabase('footnote-provider-retry');
    let fail = true;
    const flaky = async (name: string) => {
      if (fail) throw new Error('package read failed');
      return folderReader()(name);
    };
    await expect(getService(db, flaky)).rejects.toThrow('package read failed');
    fail = false;
    await expect(getService(db, flaky)).resolves.toBeInstanceOf(FootnoteService);
    await datasetPersisted();
    await db.delete();
  });
});
