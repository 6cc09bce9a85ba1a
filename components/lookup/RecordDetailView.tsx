import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RecordDetail, SearchHit, SourceLink, SourcedText } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { numberSources, orderSources } from '@/lib/format/sources';
import { recordKindLabel } from '@/lib/format/labels';
import SourceList from '@/components/shared/SourceList';
import SourcedList from '@/components/shared/SourcedList';
import SourceRefs from '@/components/shared/SourceRefs';
import BackButton from './BackButton';
import HitSummary from './HitSummary';

/** Props for {@link RecordDetailView}. */
export type RecordDetailViewProps = {
  detail: RecordDetail;
  onBack(): void;
  /** Open a related record's detail. */
  onOpen(hit: SearchHit): void;
};

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed' };

/** One record in the lookup: its text with sources, provisions, citation to copy, and related records. */
export default function RecordDetailView({ detail, onBack, onOpen }: RecordDetailViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const resetTimer = useRef<ReturnType<typeof setTimeout>>();

  const sources = useMemo(() => orderSources(detail.sources, citedInDetail(detail)), [detail]);
  const numbers = useMemo(() => numberSources(sources), [sources]);

  // Moving focus to the title tells screen-reader users the view changed and starts them at the top.
  useEffect(() => {
    headingRef.current?.focus();
  }, [detail.kind, detail.id]);

  useEffect(() => () => clearTimeout(resetTimer.current), []);

  const copyCitation = async () => {
    clearTimeout(resetTimer.current);
    try {
      // Clipboard access can be missing (insecure context) or refused (no user activation, permissions).
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(detail.citation);
      setCopy({ state: 'copied' });
      resetTimer.current = setTimeout(() => setCopy({ state: 'idle' }), 2500);
    } catch {
      setCopy({ state: 'failed' });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onBack();
    }
  };

  return (
    <article class="lk-detail" onKeyDown={onKeyDown}>
      <BackButton onBack={onBack} />
      <p class="lk-detail-kind">
        <span class="lk-kind" data-kind={detail.kind}>
          {recordKindLabel(detail.kind)}
        </span>
      </p>
      <h2 class="lk-detail-title" tabIndex={-1} ref={headingRef}>
        {detail.title}
      </h2>
      {detail.subtitle && <p class="lk-detail-subtitle">{detail.subtitle}</p>}

      {detail.body.map((text, index) => (
        <p key={index} class="lk-body">
          {text.text} <SourceRefs sources={text.sources} numbers={numbers} />
        </p>
      ))}

      {sourcedSection('Key provisions', detail.provisions, numbers)}
      {sourcedSection('Exceptions', detail.exceptions, numbers)}
      {sourcedSection('Often misstated', detail.misstated, numbers)}

      {detail.citation && (
        <section class="fn-section">
          <h3 class="fn-section-title">Citation</h3>
          <p class="lk-citation">{detail.citation}</p>
          <div class="lk-copy-row">
            <button type="button" class="lk-button" onClick={() => void copyCitation()}>
              Copy citation
            </button>
            {/* Polite status rather than alert: the reader asked for this and is waiting for it. */}
            <span class={copy.state === 'failed' ? 'lk-copy-status lk-error' : 'lk-copy-status'} role="status">
              {copy.state === 'copied' && 'Copied'}
              {copy.state === 'failed' &&
                "Couldn't copy to the clipboard. Select the citation above and copy it with Ctrl+C (⌘C on a Mac)."}
            </span>
          </div>
        </section>
      )}

      <SourceList sources={sources} />

      {detail.related
        .filter((group) => group.hits.length > 0)
        .map((group) => (
          <section key={group.label} class="fn-section">
            <h3 class="fn-section-title">{group.label}</h3>
            <ul class="lk-related">
              {group.hits.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`}>
                  <button type="button" class="lk-hit lk-related-hit" onClick={() => onOpen(hit)}>
                    <HitSummary hit={hit} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </article>
  );
}

// Provisions, exceptions and misstatements share a shape; a plain helper (not a component) keeps the view readable.
function sourcedSection(
  title: string,
  items: readonly (SourcedText & { cite?: string })[] | undefined,
  numbers: SourceNumbers,
) {
  if (!items || items.length === 0) return null;
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">{title}</h3>
      <SourcedList items={items} numbers={numbers} />
    </section>
  );
}

function citedInDetail(detail: RecordDetail): SourceLink[] {
  return [
    ...detail.body.flatMap((t) => t.sources),
    ...(detail.provisions ?? []).flatMap((p) => p.sources),
    ...(detail.exceptions ?? []).flatMap((t) => t.sources),
    ...(detail.misstated ?? []).flatMap((t) => t.sources),
  ];
}
