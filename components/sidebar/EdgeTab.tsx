import useFocusOnMount from '@/components/shared/useFocusOnMount';
import type { JurisdictionSummary } from '@/lib/context/model';
import { t } from '@/lib/i18n/translate';

/** Props for {@link EdgeTab}. */
export type EdgeTabProps = {
  jurisdiction: JurisdictionSummary;
  onExpand(): void;
  /** Take focus when shown, so collapsing from the keyboard does not drop focus onto the page. */
  focusOnMount?: boolean;
};

/** The collapsed sidebar: a small vertical tab on the right edge that opens the panel again. */
export default function EdgeTab({ jurisdiction, onExpand, focusOnMount = false }: EdgeTabProps) {
  const ref = useFocusOnMount<HTMLButtonElement>(focusOnMount);
  return (
    <button
      ref={ref}
      type="button"
      class="fn-edge-tab"
      aria-expanded="false"
      title={t('sidebarEdgeTabTitle', jurisdiction.label)}
      onClick={onExpand}
    >
      <span class="fn-edge-brand">Footnote</span> <span class="fn-edge-place">{jurisdiction.name}</span>
    </button>
  );
}
