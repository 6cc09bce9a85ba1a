import type { LawCard, SourcedText } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { lawStatusLabel } from '@/lib/format/labels';
import ExternalLink from '@/components/shared/ExternalLink';
import FormattedDate from '@/components/shared/FormattedDate';
import SourceRefs from '@/components/shared/SourceRefs';

/** Props for {@link LawCardView}. */
export type LawCardViewProps = {
  law: LawCard;
  /** Start expanded; the reader can still toggle it. */
  open?: boolean;
  numbers?: SourceNumbers;
};

/** One law as a disclosure card: <details>/<summary> gives keyboard and screen-reader support for free. */
export default function LawCardView({ law, open = false, numbers }: LawCardViewProps) {
  const status = law.status.value;
  return (
    <details class="fn-law" open={open}>
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
      <div class="fn-law-body">
        <p class="fn-law-cite">{law.citation}</p>
        <p class="fn-meta">
          <span data-status={status}>{lawStatusLabel(status)}</span> as of <FormattedDate date={law.status.asOf} />
          {law.effective && (
            <>
              <span aria-hidden="true"> · </span>effective <FormattedDate date={law.effective} />
            </>
          )}
        </p>
        <p>
          {law.summary.text} <SourceRefs sources={law.summary.sources} numbers={numbers} />
        </p>
        {law.provisions.length > 0 && (
          <>
            <h4 class="fn-law-subhead">Key provisions</h4>
            <ul class="fn-provisions">
              {law.provisions.map((provision, index) => (
                <li key={index}>
                  <span class="fn-pinpoint">{provision.cite}</span> {provision.text}{' '}
                  <SourceRefs sources={provision.sources} numbers={numbers} />
                </li>
              ))}
            </ul>
          </>
        )}
        {sourcedList('Exceptions', law.exceptions, numbers)}
        {sourcedList('Often misstated', law.misstated, numbers, 'fn-misstated')}
        <p class="fn-law-links">
          <ExternalLink href={law.primarySource.url} class="fn-read">
            Read the text<span class="fn-sr-only"> of {law.shortTitle}</span>
          </ExternalLink>
          <span class="fn-muted"> · {law.primarySource.publisher}</span>
        </p>
        {law.reason && <p class="fn-meta fn-law-reason">Shown because: {law.reason}</p>}
      </div>
    </details>
  );
}

// Exceptions and misstatements share a shape; a plain helper (not a component) keeps the card readable.
function sourcedList(title: string, items: readonly SourcedText[], numbers?: SourceNumbers, className?: string) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 class="fn-law-subhead">{title}</h4>
      <ul class={className ? `fn-sourced ${className}` : 'fn-sourced'}>
        {items.map((item, index) => (
          <li key={index}>
            {item.text} <SourceRefs sources={item.sources} numbers={numbers} />
          </li>
        ))}
      </ul>
    </>
  );
}
