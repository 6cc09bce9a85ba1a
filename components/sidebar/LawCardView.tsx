import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
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
};

/** One law as a disclosure card: <details>/<summary> gives keyboard and screen-reader support for free. */
export default function LawCardView({ law, open = false, numbers }: LawCardViewProps) {
  // A closed card renders only its summary line: the sidebar mounts on the reader's page, and most of
  // its weight is law text nobody has opened yet.
  const [isOpen, setOpen] = useState(open);
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
      <summary class="fn-law-summary">
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
