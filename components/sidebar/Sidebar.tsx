import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SidebarModel } from '@/lib/context/model';
import type { ArticleMentions } from '@/lib/sidebar/marks';
import { formatDate } from '@/lib/format/date';
import { jurisdictionTypeLine } from '@/lib/format/labels';
import { citedInSidebar, numberSources, orderSources } from '@/lib/format/sources';
import type { SiteMode } from '@/lib/settings/schema';
import SourceList from '@/components/shared/SourceList';
import AgreementsSection from './AgreementsSection';
import CasesSection from './CasesSection';
import ClaimsSection from './ClaimsSection';
import DecisionSection from './DecisionSection';
import EdgeTab from './EdgeTab';
import ExportSources from './ExportSources';
import LawCardView from './LawCardView';
import SaveArticleButton from './SaveArticleButton';
import ResizeHandle from './ResizeHandle';
import SidebarHeader from './SidebarHeader';
import Timeline from './Timeline';
import WhyShown from './WhyShown';
import { currentLocale, t } from '@/lib/i18n/translate';

/** Sources listed before "Show all" in the sidebar. */
export const SOURCES_SHOWN = 8;

/** Props for {@link Sidebar}. */
export type SidebarProps = {
  model: SidebarModel;
  collapsed: boolean;
  onCollapse(): void;
  onExpand(): void;
  onClose(): void;
  /** False when the panel folds by itself (the page took focus behind it): focus then stays put. */
  moveFocus?: boolean;
  /** The law whose card to open and focus (the reader chose one of its terms in the article); `seq` numbers the request. */
  reveal?: { lawId: string; seq: number };
  onRevealed?(): void;
  /** The law names marked in the article, when the browser can mark them. */
  mentions?: ArticleMentions;
  /** Saves or unsaves the article in the reader's library; without it there is no Save action. */
  onSaveArticle?(save: boolean): Promise<boolean>;
  /** The panel's width in CSS pixels, with a resize grip on its inner edge when `onResize` is given. */
  width?: number;
  onResize?(width: number, done: boolean): void;
  /** The mode on the page's site and the header menu that changes it. */
  siteMode?: SiteMode;
  onSiteMode?(mode: SiteMode): void;
  /** Moves the sidebar into the browser's side panel. */
  onOpenSidePanel?(): void;
  /** Rendered inside the browser's side panel: fills it, no collapse, close or resize. */
  docked?: boolean;
};

/** The article sidebar: a fixed panel on the right edge, or its edge tab when collapsed. */
export default function Sidebar({
  model,
  collapsed,
  onCollapse,
  onExpand,
  onClose,
  moveFocus = true,
  reveal,
  onRevealed,
  mentions,
  onSaveArticle,
  width,
  onResize,
  siteMode,
  onSiteMode,
  onOpenSidePanel,
  docked = false,
}: SidebarProps) {
  const { jurisdiction } = model;
  const sources = useMemo(() => orderSources(model.sources, citedInSidebar(model)), [model]);
  const numbers = useMemo(() => numberSources(sources), [sources]);

  // Focus follows the reader's own collapse/expand, but never on first mount: a sidebar that opens by
  // itself must not steal focus from the article. Nor after Esc, which hands focus back to the page.
  const lastCollapsed = useRef(collapsed);
  const toggled = useRef(false);
  const escaped = useRef(false);
  if (lastCollapsed.current !== collapsed) {
    lastCollapsed.current = collapsed;
    toggled.current = !escaped.current && moveFocus;
    escaped.current = false;
  }

  // A live region only speaks when its text changes after it is in the document, so it starts empty.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    setAnnouncement(t('sidebarAnnouncement', jurisdiction.label));
  }, [jurisdiction.label]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape is ours while focus is in the panel; the page's own Escape handlers should not also fire.
    event.stopPropagation();
    escaped.current = true;
    (event.target as HTMLElement).blur();
    onCollapse();
  };

  return (
    // lang/dir: the host page may be Spanish or right-to-left, and `all: initial` does not reset direction.
    <div class="fn-root" lang={currentLocale()} dir="ltr">
      <p class="fn-sr-only" aria-live="polite">
        {announcement}
      </p>
      {collapsed ? (
        <EdgeTab jurisdiction={jurisdiction} onExpand={onExpand} focusOnMount={toggled.current} />
      ) : (
        <aside
          role="complementary"
          aria-label="Footnote"
          class={docked ? 'fn-panel fn-docked' : 'fn-panel'}
          style={width ? { '--fn-width': `${width}px` } : undefined}
          onKeyDown={docked ? undefined : onKeyDown}
        >
          {onResize && width && <ResizeHandle width={width} onResize={onResize} />}
          <SidebarHeader
            onCollapse={docked ? undefined : onCollapse}
            onClose={docked ? undefined : onClose}
            focusOnMount={toggled.current}
            siteMode={siteMode}
            onSiteMode={onSiteMode}
            onOpenSidePanel={onOpenSidePanel}
            seenBefore={model.article?.seenBefore}
          />
          <div class="fn-scroll">
            <div class="fn-place">
              <h2 class="fn-place-name">{jurisdiction.label}</h2>
              <p class="fn-meta">{jurisdictionTypeLine(jurisdiction.type, jurisdiction.stateName)}</p>
              {model.article && onSaveArticle && (
                // Keyed by address: on a new article the toggle starts from that article's state.
                <SaveArticleButton key={model.article.url} article={model.article} onSave={onSaveArticle} />
              )}
            </div>
            <DecisionSection
              // Keyed so a new article's decision starts folded again.
              key={model.decision?.id ?? jurisdiction.id}
              decision={model.decision}
              posture={model.posture}
              jurisdictionName={jurisdiction.name}
              jurisdictionId={jurisdiction.id}
              numbers={numbers}
            />
            <WhyShown why={model.why} confidence={model.confidence} alsoMentioned={model.alsoMentioned} />
            {model.laws.length > 0 && (
              <section class="fn-section">
                <h3 class="fn-section-title">{t('sidebarLawsTitle')}</h3>
                {model.laws.map((law, index) => (
                  <LawCardView
                    key={law.id}
                    law={law}
                    open={index === 0}
                    numbers={numbers}
                    reveal={law.id === reveal?.lawId ? reveal.seq : 0}
                    onRevealed={onRevealed}
                    mentions={mentions?.count(law.id)}
                    onShowMention={(n) => mentions?.show(law.id, n)}
                  />
                ))}
              </section>
            )}
            {model.cases.length > 0 && <CasesSection cases={model.cases} numbers={numbers} />}
            {model.timeline.length > 0 && <Timeline entries={model.timeline} numbers={numbers} />}
            {model.agreements.length > 0 && (
              // Keyed so a new article's agreements start folded again.
              <AgreementsSection key={jurisdiction.id} agreements={model.agreements} numbers={numbers} />
            )}
            {model.claims.length > 0 && <ClaimsSection claims={model.claims} numbers={numbers} />}
            <SourceList sources={sources} shown={SOURCES_SHOWN} />
            <ExportSources model={model} sources={sources} />
            <footer class="fn-footer">{t('sidebarFooter', model.datasetVersion, formatDate(model.datasetAsOf))}</footer>
          </div>
        </aside>
      )}
    </div>
  );
}
