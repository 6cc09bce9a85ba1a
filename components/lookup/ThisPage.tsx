import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/translate';
import type { PageReason, PageStatus, Result } from '@/lib/messaging';

/** Props for {@link ThisPage}. */
export type ThisPageProps = {
  /** The current tab's status, from the background. */
  status(): Promise<Result<PageStatus>>;
  /** Shows the sidebar on the current tab whatever the mode and the confidence gate; resolves with the new status. */
  showHere(): Promise<Result<PageStatus>>;
};

/** What the popup says for each reason; `$1` is the jurisdiction, `$2` the confidence in percent. */
export const REASON_TEXT: Record<PageReason, MessageKey> = {
  shown: 'pageShown',
  'not-article': 'pageNotArticle',
  'no-terms': 'pageNoTerms',
  'not-relevant': 'pageNotRelevant',
  'low-confidence': 'pageLowConfidence',
  excluded: 'pageExcluded',
  'on-request': 'pageOnRequest',
  dismissed: 'pageDismissed',
  'not-web-page': 'pageNotWebPage',
  'not-recognized': 'pageNotRecognized',
};

/** The popup's "This page": what Footnote found on the current tab, or why it shows nothing, and a way to ask. */
export default function ThisPage({ status, showHere }: ThisPageProps) {
  const [current, setCurrent] = useState<Result<PageStatus>>();
  const [busy, setBusy] = useState(false);
  /** Set once the reader's own request has been answered, so a request that changes nothing says so. */
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    status().then(setCurrent, () => setCurrent({ ok: true, value: { reason: 'not-web-page' } }));
  }, []);
  const ask = () => {
    setBusy(true);
    showHere()
      .then(setCurrent, (error: unknown) => setCurrent({ ok: false, error: String(error) }))
      .finally(() => {
        setBusy(false);
        setAsked(true);
      });
  };
  const page = current?.ok ? current.value : undefined;
  const percent = page?.score === undefined ? '' : String(Math.round(page.score * 100));
  return (
    <section class="lk-this-page" aria-label={t('thisPageTitle')}>
      <p class="lk-this-page-label">{t('thisPageTitle')}</p>
      <p class="lk-this-page-status" role="status">
        {!current
          ? t('pageChecking')
          : page
            ? t(REASON_TEXT[page.reason] ?? 'pageNotRecognized', page.jurisdiction ?? '', percent)
            : !current.ok && current.error}
      </p>
      {page?.why && page.why.length > 0 && page.reason !== 'not-article' && page.reason !== 'no-terms' && (
        <p class="lk-this-page-why fn-muted">{page.why.join('; ')}</p>
      )}
      {asked && page && page.reason !== 'shown' && <p class="lk-this-page-why">{t('pageAskedNothing')}</p>}
      {page && page.reason !== 'not-web-page' && (
        <button type="button" class="lk-button lk-this-page-button" disabled={busy} onClick={ask}>
          {t('showSidebarHere')}
        </button>
      )}
    </section>
  );
}
