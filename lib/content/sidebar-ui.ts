/**
 * The sidebar's interface, loaded into a page only when it has something to show.
 *
 * The content script that runs on every page holds just the gate, the extraction and the messaging: most
 * pages are not relevant articles, and compiling Preact and the sidebar on each of them cost more main
 * thread than the whole budget for a page Footnote leaves alone. When a page earns a sidebar, the
 * background injects the sidebar script into the same frame; it runs in the same isolated world as the
 * content script and publishes its interface on that world's global object, out of the page's reach.
 */
import type { SidebarModel } from '../context/model';
import type { Locale, Strings } from '../i18n/translate';
import type { MountOptions, SidebarHost } from '../sidebar/host';
import type { TermMarks } from '../sidebar/marks';

/** What the content script uses of the sidebar once it is loaded. */
export interface SidebarUi {
  /** Words the sidebar in `locale` (the sidebar script has its own copy of the catalog's state). */
  activateStrings(locale: Locale, strings: Strings): void;
  /** Mounts the sidebar, its stylesheet included. */
  mountSidebar(doc: Document, model: SidebarModel, options: Omit<MountOptions, 'css'>): SidebarHost;
  /** Marks the law names in the story; see lib/sidebar/marks. */
  markTerms(
    doc: Document,
    terms: NonNullable<SidebarModel['terms']>,
    onActivate: (lawId: string) => void,
  ): TermMarks | undefined;
}

/** The file the background injects; WXT builds entrypoints/sidebar-ui.ts there. */
export const SIDEBAR_UI_FILE = '/sidebar-ui.js';

const GLOBAL_KEY = '__footnoteSidebarUi';

type WithSidebarUi = typeof globalThis & { [GLOBAL_KEY]?: SidebarUi };

/** Called by the injected sidebar script. */
export function publishSidebarUi(ui: SidebarUi): void {
  (globalThis as WithSidebarUi)[GLOBAL_KEY] = ui;
}

/** The sidebar's interface when it is loaded in this world. */
export function publishedSidebarUi(): SidebarUi | undefined {
  return (globalThis as WithSidebarUi)[GLOBAL_KEY];
}

/**
 * The sidebar's interface, asking `inject` to load it the first time. Undefined when it could not be
 * loaded (the tab went away, or the browser refused): the page then stays as it was.
 */
export async function loadSidebarUi(inject: () => Promise<boolean>): Promise<SidebarUi | undefined> {
  const loaded = publishedSidebarUi();
  if (loaded) return loaded;
  return (await inject().catch(() => false)) ? publishedSidebarUi() : undefined;
}
