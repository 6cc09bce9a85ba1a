import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LawCard, SourcedText } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { lawStatusLabel, lawStatusLine } from '@/lib/format/labels';
import ExternalLink from '@/components/shared/ExternalLink';
import FormattedDate from '@/components/shared/FormattedDate';
import SourcedList from '@/components/shared/SourcedList';
import SourceRefs from '@/components/shared/SourceRefs';
import { t, tAround, type MessageKey } from '@/lib/i18n/translate';

/** Props for {@link LawCardView}. */
export type LawCardViewProps = {
  law: LawCard;
  /** Start expanded; the reader can still toggle it. */
  open?: boolean;
  numbers?: SourceNumbers;
  /**
   * Open the card, scroll it into view and focus its summary (the reader chose its term in the
   * article): each new non-zero number is one request.
   */
  reveal?: number;
  /** Called once the card has been revealed, so the same request is not acted on twice. */
  onRevealed?(): void;
  /** How many times the article names this law (its marked terms); 0 or absent hides the line. */
  mentions?: number;
  /** Shows the `index`th mention in the article. */
  onShowMention?(index: number): void;
};

/** One law as a disclosure card: <details>/<summary> gives keyboard and screen-reader support for free. */
export default function LawCardView({
  law,
  open = false,
  numbers,
  reveal = 0,
  onRevealed,
  mentions = 0,
  onShowMention,
}: LawCardViewProps) {
  // A closed card renders only its summary line: the sidebar mounts on the reader's page, and most of
  // its weight is law text nobody has opened yet.
  const [isOpen, setOpen] = useState(open);
  const [shown, setShown] = useState<number>();
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = summary.current;
    if (!reveal || !target) return;
    setOpen(true);
    // Scroll our own panel, never the page: scrollIntoView could move the article under the reader.
    const scroller = target.closest('.fn-scroll');
    if (scroller) scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    target.focus({ preventScroll: true });
    onRevealed?.();
  }, [reveal]);
  const status = law.status.value;
  const dates: [label: MessageKey, date: string][] = [];
  if (law.enacted) dates.push(['sidebarLawEnacted', law.enacted]);
  if (law.effective) dates.push(['sidebarLawEffective', law.effective]);
  return (
    <details
      class="fn-law"
      open={isOpen}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="fn-law-summary" ref={summary}>
        <span class="fn-law-names">
          {/* The space keeps the summary's accessible name "SB 54 California Values Act"; flex hides it. */}
          <span class="fn-law-short">{law.shortTitle}</span>{' '}
          {law.title !== law.shortTitle && <span class="fn-law-title">{law.title}</span>}
        </span>
        {/* Only a law that is not simply in force earns a badge in the closed card: that is the surprise. */}
        {status !== 'in-force' && (
          <span class="fn-badge fn-badge-warn" data-status={status}>
            {lawStatusLabel(status)}
          </span>
        )}
      </summary>
      {isOpen && (
        <div class="fn-law-body">
          <p class="fn-law-cite">{law.citation}</p>
          {dates.length > 0 && (
            <p class="fn-meta">
              {dates.map(([label, date], index) => {
                const [before, after] = tAround(label);
                return (
                  <Fragment key={label}>
                    {index > 0 && <span aria-hidden="true"> · </span>}
                    {before}
                    <FormattedDate date={date} />
                    {after}
                  </Fragment>
                );
              })}
            </p>
          )}
          <p class="fn-meta" data-status={status}>
            {lawStatusLine(status, law.status.asOf)}
          </p>
          <p>
            {law.summary.text} <SourceRefs sources={law.summary.sources} numbers={numbers} />
          </p>
          {sourcedList(t('sharedKeyProvisions'), law.provisions, numbers, 'fn-provisions')}
          {sourcedList(t('sharedExceptions'), law.exceptions, numbers)}
          {sourcedList(t('sharedOftenMisstated'), law.misstated, numbers, 'fn-misstated')}
          {mentions > 0 && onShowMention && (
            <p class="fn-meta fn-law-mentions">
              <span aria-live="polite">
                {shown === undefined ? t('mentionsInArticle', mentions) : t('mentionShown', shown + 1, mentions)}
              </span>{' '}
              <button
                type="button"
                class="fn-quiet-button"
                onClick={() => {
                  const next = shown === undefined ? 0 : (shown + 1) % mentions;
                  setShown(next);
                  onShowMention(next);
                }}
              >
                {t('showInArticle')}
                <span class="fn-sr-only">: {law.shortTitle}</span>
              </button>
            </p>
          )}
          <p class="fn-law-links">
            <ExternalLink href={law.primarySource.url} class="fn-read">
              {t('sidebarReadText')}
              <span class="fn-sr-only">{t('sidebarReadTextOf', law.shortTitle)}</span>
            </ExternalLink>
            <span class="fn-muted"> · {law.primarySource.publisher}</span>
          </p>
          {law.reason && <p class="fn-meta fn-law-reason">{t('sidebarShownBecause', law.reason)}</p>}
        </div>
      )}
    </details>
  );
}

// Provisions, exceptions and misstatements share a shape; a plain helper (not a component) keeps the card readable.
function sourcedList(
  title: string,
  items: readonly (SourcedText & { cite?: string })[],
  numbers?: SourceNumbers,
  className?: string,
) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 class="fn-law-subhead">{title}</h4>
      <SourcedList items={items} numbers={numbers} class={className} />
    </>
  );
}
