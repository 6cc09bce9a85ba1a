import Icon from '@/components/shared/Icon';
import useFocusOnMount from '@/components/shared/useFocusOnMount';
import { formatInstant } from '@/lib/library/dates';
import { t } from '@/lib/i18n/translate';
import type { SiteMode } from '@/lib/settings/schema';
import SiteModeMenu from './SiteModeMenu';

/** Props for {@link SidebarHeader}. */
export type SidebarHeaderProps = {
  /** Absent in the browser's side panel, which the browser itself closes. */
  onCollapse?(): void;
  onClose?(): void;
  /** Take focus when shown, so expanding from the edge tab leaves the keyboard inside the panel. */
  focusOnMount?: boolean;
  /** When the reader last had the sidebar on this article (a return visit), as an ISO timestamp. */
  seenBefore?: string;
  /** The mode on the page's site, with the "On this site" menu to change it. */
  siteMode?: SiteMode;
  onSiteMode?(mode: SiteMode): void;
  /** Moves the sidebar into the browser's side panel (only where the browser allows it). */
  onOpenSidePanel?(): void;
};

/** The panel's top bar: the wordmark, the site menu, and the side-panel, Collapse and Close buttons. */
export default function SidebarHeader({
  onCollapse,
  onClose,
  focusOnMount = false,
  seenBefore,
  siteMode,
  onSiteMode,
  onOpenSidePanel,
}: SidebarHeaderProps) {
  const collapseRef = useFocusOnMount<HTMLButtonElement>(focusOnMount);
  return (
    <header class="fn-header">
      <span class="fn-wordmark">
        Footnote
        <span class="fn-wordmark-mark" aria-hidden="true">
          1
        </span>
      </span>
      {seenBefore && (
        <span class="fn-seen">
          {t('librarySeenBefore')} · <time dateTime={seenBefore}>{formatInstant(seenBefore)}</time>
        </span>
      )}
      <div class="fn-header-actions">
        {siteMode && onSiteMode && <SiteModeMenu mode={siteMode} onChange={onSiteMode} />}
        {onOpenSidePanel && (
          <button
            type="button"
            class="fn-icon-button"
            aria-label={t('openInSidePanel')}
            title={t('openInSidePanel')}
            onClick={onOpenSidePanel}
          >
            <Icon d="M2.5 3h11v10h-11zM9.5 3v10" />
          </button>
        )}
        {onCollapse && (
          <button
            ref={collapseRef}
            type="button"
            class="fn-icon-button"
            aria-label={t('sidebarCollapse')}
            aria-expanded="true"
            title={t('sidebarCollapseTitle')}
            onClick={onCollapse}
          >
            <Icon d="M6 3l5 5-5 5" />
          </button>
        )}
        {onClose && (
          <button
            type="button"
            class="fn-icon-button"
            aria-label={t('sidebarClose')}
            title={t('sidebarCloseTitle')}
            onClick={onClose}
          >
            <Icon d="M4 4l8 8M12 4l-8 8" />
          </button>
        )}
      </div>
    </header>
  );
}
