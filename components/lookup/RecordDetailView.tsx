import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { RecordDetail, SearchHit, SourceLink, SourcedText } from '@/lib/context/model';
import type { CitationFormat } from '@/lib/cite/formats';
import { CITATION_FORMATS, CITATION_FORMAT_LABELS } from '@/lib/cite/formats';
import type { SourceNumbers } from '@/lib/format/sources';
import { numberSources, orderSources } from '@/lib/format/sources';
import { recordKindLabel } from '@/lib/format/labels';
import SourceList from '@/components/shared/SourceList';
import SourcedList from '@/components/shared/SourcedList';
import SourceRefs from '@/components/shared/SourceRefs';
import BackButton from './BackButton';
import HitSummary from './HitSummary';
import { t } from '@/lib/i18n/translate';
import SaveToggle from './SaveToggle';
import type { LibraryApi } from '@/lib/library/client';

/** Props for {@link RecordDetailView}. */
export type RecordDetailViewProps = {
  detail: RecordDetail;
  /**
   * The record's citation in each format it has one in (Markdown, CSL-JSON, BibTeX), computed by the
   * background. Without it only the plain-text `detail.citation` is offered.
   */
  formats?: Partial<Record<CitationFormat, string>>;
  onBack(): void;
  /** Open a related record's detail. */
  onOpen(hit: SearchHit): void;
  /** The reader's library, for the Save toggle; without it there is no toggle. */
  library?: Pick<LibraryApi, 'save' | 'unsave' | 'status'>;
};

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed' };

/** One record in the lookup: its text with sources, provisions, citation to copy, and related records. */
export default function RecordDetailView({ detail, formats, onBack, onOpen, library }: RecordDetailViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const resetTimer = useRef<ReturnType<typeof setTimeout>>();
  const formatId = useId();
  const [format, setFormat] = useState<CitationFormat>('text');

  const citations = useMemo(() => {
    const texts: Partial<Record<CitationFormat, string>> = { ...formats, text: formats?.text || detail.citation };
    return CITATION_FORMATS.flatMap((f) => (texts[f] ? [{ format: f, text: texts[f] }] : []));
  }, [detail.citation, formats]);
  // Plain text first; a format the record has no citation in falls back to it.
  const citation = citations.find((c) => c.format === format) ?? citations[0];

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
      await navigator.clipboard.writeText(citation?.text ?? '');
      setCopy({ state: 'copied' });
      resetTimer.current = setTimeout(() => setCopy({ state: 'idle' }), 2500);
    } catch {
      setCopy({ state: 'failed' });
    }
  };

  const chooseFormat = (value: string) => {
    clearTimeout(resetTimer.current);
    setFormat(value as CitationFormat);
    setCopy({ state: 'idle' });
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
      {library && <SaveToggle kind={detail.kind} id={detail.id} title={detail.title} library={library} />}

      {detail.body.map((text, index) => (
        <p key={index} class="lk-body">
          {text.text} <SourceRefs sources={text.sources} numbers={numbers} />
        </p>
      ))}

      {sourcedSection(t('sharedKeyProvisions'), detail.provisions, numbers)}
      {sourcedSection(t('sharedExceptions'), detail.exceptions, numbers)}
      {sourcedSection(t('sharedOftenMisstated'), detail.misstated, numbers)}

      {citation && (
        <section class="fn-section">
          <h3 class="fn-section-title">{t('lookupCitation')}</h3>
          {citation.format === 'csl-json' || citation.format === 'bibtex' ? (
            <pre class="lk-citation lk-citation-code">{citation.text}</pre>
          ) : (
            <p class="lk-citation">{citation.text}</p>
          )}
          <div class="lk-copy-row">
            {citations.length > 1 && (
              <span class="lk-format">
                <label class="lk-format-label" for={formatId}>
                  {t('lookupFormat')}
                </label>
                <select
                  id={formatId}
                  class="lk-select"
                  value={citation.format}
                  onChange={(event) => chooseFormat(event.currentTarget.value)}
                >
                  {citations.map((c) => (
                    <option key={c.format} value={c.format}>
                      {formatLabel(c.format)}
                    </option>
                  ))}
                </select>
              </span>
            )}
            <button type="button" class="lk-button" onClick={() => void copyCitation()}>
              {t('lookupCopyCitation')}
            </button>
            {/* Polite status rather than alert: the reader asked for this and is waiting for it. */}
            <span class={copy.state === 'failed' ? 'lk-copy-status lk-error' : 'lk-copy-status'} role="status">
              {copy.state === 'copied' &&
                (citation.format === 'text' ? t('lookupCopied') : t('lookupCopiedAs', formatLabel(citation.format)))}
              {copy.state === 'failed' && t('lookupCopyFailed')}
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

/** A citation format's name; only "Plain text" is a phrase to translate, the others are names. */
function formatLabel(format: CitationFormat): string {
  return format === 'text' ? t('lookupFormatPlainText') : CITATION_FORMAT_LABELS[format];
}

function citedInDetail(detail: RecordDetail): SourceLink[] {
  return [
    ...detail.body.flatMap((t) => t.sources),
    ...(detail.provisions ?? []).flatMap((p) => p.sources),
    ...(detail.exceptions ?? []).flatMap((t) => t.sources),
    ...(detail.misstated ?? []).flatMap((t) => t.sources),
  ];
}
