import type { Confidence, JurisdictionSummary } from '@/lib/context/model';
import { confidenceLabel } from '@/lib/format/labels';
import { t, tAround } from '@/lib/i18n/translate';

/** Props for {@link WhyShown}. */
export type WhyShownProps = {
  why: readonly string[];
  confidence: Confidence;
  alsoMentioned?: readonly JurisdictionSummary[];
};

/** "Why you're seeing this": what the detector matched and how sure it is, so a wrong match is easy to spot. */
export default function WhyShown({ why, confidence, alsoMentioned = [] }: WhyShownProps) {
  const label = tAround('sidebarConfidence');
  return (
    <section class="fn-section fn-why">
      <h3 class="fn-section-title">{t('sidebarWhyTitle')}</h3>
      {why.length > 0 && (
        <ul class="fn-why-lines">
          {why.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <p class="fn-meta">
        {label[0]}
        <strong data-confidence={confidence}>{confidenceLabel(confidence)}</strong>
        {label[1]}
      </p>
      {alsoMentioned.length > 0 && (
        <p class="fn-meta">{t('sidebarAlsoMentioned', alsoMentioned.map((j) => j.label).join('; '))}</p>
      )}
    </section>
  );
}
