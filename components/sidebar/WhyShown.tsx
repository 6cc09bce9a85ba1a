import type { Confidence, JurisdictionSummary } from '@/lib/context/model';
import { confidenceLabel } from '@/lib/format/labels';

/** Props for {@link WhyShown}. */
export type WhyShownProps = {
  why: readonly string[];
  confidence: Confidence;
  alsoMentioned?: readonly JurisdictionSummary[];
};

/** "Why you're seeing this": what the detector matched and how sure it is, so a wrong match is easy to spot. */
export default function WhyShown({ why, confidence, alsoMentioned = [] }: WhyShownProps) {
  return (
    <section class="fn-section fn-why">
      <h3 class="fn-section-title">Why you're seeing this</h3>
      {why.length > 0 && (
        <ul class="fn-why-lines">
          {why.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <p class="fn-meta">
        Confidence: <strong data-confidence={confidence}>{confidenceLabel(confidence)}</strong>
      </p>
      {alsoMentioned.length > 0 && (
        <p class="fn-meta">Also mentioned: {alsoMentioned.map((j) => j.label).join('; ')}</p>
      )}
    </section>
  );
}
