import { useEffect, useRef } from 'preact/hooks';

/** Props for {@link SidebarHeader}. */
export type SidebarHeaderProps = {
  onCollapse(): void;
  onClose(): void;
  /** Take focus when shown, so expanding from the edge tab leaves the keyboard inside the panel. */
  focusOnMount?: boolean;
};

/** The panel's top bar: the wordmark and the Collapse and Close buttons. */
export default function SidebarHeader({ onCollapse, onClose, focusOnMount = false }: SidebarHeaderProps) {
  const collapseRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) collapseRef.current?.focus();
  }, []);
  return (
    <header class="fn-header">
      <span class="fn-wordmark">
        Footnote
        <span class="fn-wordmark-mark" aria-hidden="true">
          1
        </span>
      </span>
      <div class="fn-header-actions">
        <button
          ref={collapseRef}
          type="button"
          class="fn-icon-button"
          aria-label="Collapse Footnote"
          aria-expanded="true"
          title="Collapse to the edge (Esc)"
          onClick={onCollapse}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d="M6 3l5 5-5 5"
              fill="none"
              stroke="currentColor"
              stroke-width="1.75"
              stroke-linecap="round"
              stroke-linejoin="round"
            />
          </svg>
        </button>
        <button type="button" class="fn-icon-button" aria-label="Close Footnote" title="Close" onClick={onClose}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
          </svg>
        </button>
      </div>
    </header>
  );
}
