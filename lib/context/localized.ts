/**
 * The dataset's reader-facing summaries in the interface's language: the Spanish translation when the
 * interface speaks Spanish and the record has one, the English text otherwise.
 */
import type { Fact, Law, Posture } from '../dataset/schema';
import { currentLocale } from '../i18n/translate';

/** A law's summary with its sources. */
export function lawSummary(law: Pick<Law, 'summary' | 'es'>): Fact {
  return currentLocale() === 'es' && law.es ? { ...law.summary, text: law.es.summary } : law.summary;
}

/** A posture's summary with its sources. */
export function postureSummary(posture: Posture): Fact {
  const text = currentLocale() === 'es' && posture.es ? posture.es.summary : posture.summary;
  return { text, sources: posture.sources };
}
