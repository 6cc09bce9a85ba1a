import type { SidebarModel } from '@/lib/context/model';
import { t } from '@/lib/i18n/translate';
import Sidebar from './Sidebar';

/** Props for {@link SidePanelView}. */
export type SidePanelViewProps = {
  /** The reader's tab's sidebar; null when the tab has none; undefined while it is being asked for. */
  model: SidebarModel | null | undefined;
};

const noop = () => undefined;

/** The browser's own side panel: the same sidebar as on the page, for whichever tab the reader is on. */
export default function SidePanelView({ model }: SidePanelViewProps) {
  if (model) return <Sidebar model={model} collapsed={false} docked onCollapse={noop} onExpand={noop} onClose={noop} />;
  return (
    <div class="fn-root" lang="en" dir="ltr">
      <main class="fn-scroll fn-panel-empty">
        <p class="fn-wordmark">Footnote</p>
        <p role="status">{model === null ? t('sidePanelNothing') : t('pageChecking')}</p>
      </main>
    </div>
  );
}
