import { useState } from 'preact/hooks';
import type { AgreementView, SourceLink } from '@/lib/context/model';
import type { SourceNumbers } from '@/lib/format/sources';
import { formatDate } from '@/lib/format/date';
import ExternalLink from '@/components/shared/ExternalLink';
import FormattedDate from '@/components/shared/FormattedDate';
import ShowAllToggle from '@/components/shared/ShowAllToggle';
import SourceRefs from '@/components/shared/SourceRefs';
import { t, tAround } from '@/lib/i18n/translate';

/** Props for {@link AgreementsSection}. */
export type AgreementsSectionProps = {
  agreements: readonly AgreementView[];
  numbers?: SourceNumbers;
};

/** Agreements shown before "Show all": a sheriff with a dozen renewals should not push the sources away. */
export const AGREEMENTS_SHOWN = 4;

const LIST_ID = 'fn-agreements';

/** "287(g) agreements": each agency's model, signed date and agreement, cited once to ICE's list. */
export default function AgreementsSection({ agreements, numbers }: AgreementsSectionProps) {
  const [all, setAll] = useState(false);
  const folds = agreements.length > AGREEMENTS_SHOWN;
  // Every agreement is read from the same list, so the list is cited once for the section, not per row.
  const cited = new Map<string, SourceLink>();
  for (const a of agreements) for (const s of a.sources) cited.set(s.id, s);
  const sources = [...cited.values()];
  const listDates = [
    ...new Set(sources.flatMap((s) => (s.kind === 'agency-list' && s.date ? [formatDate(s.date)] : []))),
  ];
  const title = tAround('sidebarAgreementsTitle');
  const signed = tAround('sidebarAgreementSigned');
  return (
    <section class="fn-section">
      <h3 class="fn-section-title">
        {/* A statute's subsection letter is lower case; the heading's capitals must not change it. */}
        {title[0]}
        287<span class="fn-as-written">(g)</span>
        {title[1]}
      </h3>
      <ul id={LIST_ID} class="fn-items">
        {(folds && !all ? agreements.slice(0, AGREEMENTS_SHOWN) : agreements).map((a) => (
          <li key={a.id}>
            <strong>{a.agency}</strong>
            <p class="fn-meta">
              {a.modelName}
              {a.signed && (
                <>
                  <span aria-hidden="true"> · </span>
                  {signed[0]}
                  <FormattedDate date={a.signed} />
                  {signed[1]}
                </>
              )}
              <span aria-hidden="true"> · </span>
              <ExternalLink href={a.url} class="fn-nowrap">
                {t('sidebarAgreementPdf')}
                <span class="fn-sr-only">, {a.agency}</span>
              </ExternalLink>
            </p>
          </li>
        ))}
      </ul>
      {folds && (
        <ShowAllToggle
          expanded={all}
          count={agreements.length}
          noun={t('sidebarNounAgreements')}
          controls={LIST_ID}
          onToggle={() => setAll(!all)}
        />
      )}
      <p class="fn-meta fn-provenance">
        {listDates.length > 0
          ? t('sidebarAgreementsFromListAsOf', listDates.join(t('sidebarListJoin')))
          : t('sidebarAgreementsFromList')}{' '}
        <SourceRefs sources={sources} numbers={numbers} />
        {agreements.some((a) => a.signed) && <> {t('sidebarAgreementsSignedNote')}</>}
      </p>
    </section>
  );
}
