import Icon from '@/components/shared/Icon';
import useFocusOnMount from '@/components/shared/useFocusOnMount';
import { formatInstant } from '@/lib/library/dates';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SidebarHeader}. */
export type SidebarHeaderProps = {
  onCollapse(): void;
  onClose(): void;
  /** Take focus when shown, so expanding from the edge tab leaves the keyboard inside the panel. */
  focusOnMount?: boolean;
  /** When the reader last had the sidebar on this article (a return visit), as an ISO timestamp. */
  seenBefore?: string;
};

/** The panel's top bar: the wordmark and the Collapse and Close buttons. */
export default function SidebarHeader({ onCollapse, onClose, focusOnMount = false, seenBefore }: SidebarHeaderProps) {
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
        <button
          type="button"
          class="fn-icon-button"
          aria-label={t('sidebarClose')}
          title={t('sidebarCloseTitle')}
          onClick={onClose}
        >
          <Icon d="M4 4l8 8M12 4l-8 8" />
        </button>
      </div>
    </header>
  );
}
