// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import LibrarySection from '@/components/options/LibrarySection';
import SaveToggle from '@/components/lookup/SaveToggle';
import { FootnoteDatabase } from '@/lib/dataset/db';
import { stringsFor } from '@/lib/i18n/catalog';
import { activateStrings } from '@/lib/i18n/translate';
import type { LibraryApi } from '@/lib/library/client';
import * as library from '@/lib/library/library';
import { exportLibrary, importLibrary, parseLibraryDocument } from '@/lib/library/transfer';
import type { Result } from '@/lib/messaging';

let db: FootnoteDatabase;
let counter = 0;
let root: HTMLElement;

/** The library API answered in-process over a fake IndexedDB, as the background would over messages. */
function directLibrary(database: FootnoteDatabase): LibraryApi {
  const result = async <T,>(work: () => Promise<T>): Promise<Result<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
  return {
    save: (request) => result(() => library.saveItem(database, request)),
    unsave: (kind, ref) => result(() => library.unsaveItem(database, { kind, ref })),
    status: (kind, ref) => result(() => library.savedStatus(database, kind, ref)),
    list: () => result(() => library.listLibrary(database)),
    remove: (id) => result(() => library.removeEntry(database, id)),
    addNote: (savedId, text) => result(() => library.addNote(database, savedId, text)),
    editNote: (id, text) => result(() => library.editNote(database, id, text)),
    deleteNote: (id) => result(() => library.deleteNote(database, id)),
    exportDocument: () => result(() => exportLibrary(database)),
    importText: (text) =>
      result(async () => {
        const parsed = parseLibraryDocument(text);
        if (!parsed.ok) throw new Error(parsed.error);
        return importLibrary(database, parsed.value);
      }),
    clear: () => result(async () => (await library.clearLibrary(database), true as const)),
  };
}

/** Lets IndexedDB and the re-renders after it finish. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const button = (name: string, scope: ParentNode = root) =>
  [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const input = (el: HTMLTextAreaElement | HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = (el: Element) => {
  el.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};
const status = () => root.querySelector('.op-status')?.textContent;

beforeAll(() => activateStrings('en', stringsFor('en')));
beforeEach(() => {
  db = new FootnoteDatabase(`footnote-library-ui-${++counter}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

describe('LibrarySection', () => {
  it('lists saved items with their notes, and adds, edits and deletes notes', async () => {
    const sb54 = await library.saveItem(db, { kind: 'law', ref: 'law-ca-sb54-2017', title: 'SB 54' });
    await library.saveItem(db, {
      kind: 'article',
      ref: 'https://news.example/story',
      title: 'A story',
      jurisdiction: 'Glendale, California',
    });
    await act(() => render(<LibrarySection library={directLibrary(db)} />, root));
    await settle();
    const items = () => [...root.querySelectorAll('.op-item')];
    expect(items().map((li) => li.querySelector('h3')!.textContent)).toEqual(['A story', 'SB 54']);
    expect(items()[0]!.querySelector('a')!.getAttribute('href')).toBe('https://news.example/story');
    expect(items()[0]!.textContent).toContain('Article · Glendale, California · Saved ');

    const lawItem = () => items()[1]!;
    await act(() => input(lawItem().querySelector('textarea')!, 'Compare with AB 103.'));
    await act(() => submit(lawItem().querySelector('textarea')!));
    await settle();
    expect(status()).toBe('Note added.');
    expect(lawItem().querySelector('.op-note-text')!.textContent).toBe('Compare with AB 103.');
    expect(lawItem().querySelector<HTMLTextAreaElement>('.op-note-form textarea')!.value).toBe('');

    await act(() => button('Edit', lawItem()).click());
    const editor = lawItem().querySelector<HTMLTextAreaElement>('.op-note textarea')!;
    expect(editor.value).toBe('Compare with AB 103.');
    await act(() => input(editor, 'Compare with AB 103 and SB 29.'));
    await act(() => submit(editor));
    await settle();
    expect((await library.listLibrary(db)).find((e) => e.id === sb54.id)!.notes.map((n) => n.text)).toEqual([
      'Compare with AB 103 and SB 29.',
    ]);

    await act(() => button('Delete', lawItem()).click());
    await settle();
    expect(status()).toBe('Note deleted.');
    expect(await db.notes.count()).toBe(0);
  });

  it('removes an item only after confirmation, and clears everything only after confirmation', async () => {
    await library.saveItem(db, { kind: 'law', ref: 'law-a', title: 'Law A' });
    await library.saveItem(db, { kind: 'case', ref: 'case-b', title: 'Case B' });
    await act(() => render(<LibrarySection library={directLibrary(db)} />, root));
    await settle();

    await act(() => button('Remove Law A from the library').click());
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(() => button('Cancel').click());
    expect(await db.saved.count()).toBe(2);
    await act(() => button('Remove Law A from the library').click());
    await act(() => button('Yes, remove').click());
    await settle();
    expect((await db.saved.toArray()).map((s) => s.ref)).toEqual(['case-b']);

    await act(() => button('Delete everything…').click());
    expect(root.textContent).toContain('This cannot be undone');
    expect(await db.saved.count()).toBe(1);
    await act(() => button('Yes, delete everything').click());
    await settle();
    expect(await db.saved.count()).toBe(0);
    expect(status()).toBe('Library cleared.');
    expect(root.textContent).toContain('Nothing saved yet.');
  });

  it('says why an import was refused, and what an accepted one added', async () => {
    const api = directLibrary(db);
    await act(() => render(<LibrarySection library={api} />, root));
    await settle();
    const file = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = async (text: string) => {
      Object.defineProperty(file, 'files', { configurable: true, value: [new File([text], 'library.json')] });
      await act(() => {
        file.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle();
    };
    await choose('{"not": "ours"}');
    expect(status()).toBe('Nothing was imported. The file is not a Footnote library export.');

    await library.saveItem(db, { kind: 'law', ref: 'law-a', title: 'Law A' });
    const exported = await api.exportDocument();
    await library.clearLibrary(db);
    await choose(JSON.stringify(exported.ok && exported.value));
    expect(status()).toBe('Imported: 1 items added, 0 already in your library, 0 notes added.');
    expect(root.querySelector('.op-item h3')!.textContent).toBe('Law A');
  });
});

describe('SaveToggle', () => {
  it('saves and unsaves a record, and refuses to drop one with notes', async () => {
    const api = directLibrary(db);
    await act(() => render(<SaveToggle kind="law" id="law-ca-sb54-2017" title="SB 54" library={api} />, root));
    await settle();
    const toggle = () => root.querySelector('button')!;
    expect(toggle().textContent).toBe('Save');
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    await act(() => toggle().click());
    await settle();
    expect(toggle().textContent).toBe('Saved');
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(await library.savedStatus(db, 'law', 'law-ca-sb54-2017')).toEqual({ saved: true, notes: 0 });

    const [entry] = await library.listLibrary(db);
    await library.addNote(db, entry!.id, 'Mine');
    await act(() => toggle().click());
    await settle();
    expect(toggle().textContent).toBe('Saved');
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/has notes/);
    expect(await db.saved.count()).toBe(1);
  });
});
