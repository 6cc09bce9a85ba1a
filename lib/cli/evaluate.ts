/**
 * Measures detection on a labelled corpus: precision and recall of "relevant", whether the first
 * jurisdiction is the expected one, and whether the expected laws are linked; per language, with the
 * misses listed so a person can see what went wrong.
 */
import type { Language } from '../detect/detection';

/** What a fixture is expected to produce, recorded beside it in its folder's expected.json. */
export interface ExpectedLabel {
  relevant: boolean;
  language: Language;
  /** Expected jurisdictions, most relevant first; the first is the one jurisdiction@1 checks. */
  jurisdictions: string[];
  /** Laws that must be among the linked laws. */
  laws: string[];
  note?: string;
}

/** What detection produced for one fixture. */
export interface Outcome {
  file: string;
  relevant: boolean;
  jurisdictions: string[];
  laws: string[];
}

export interface Miss {
  file: string;
  kind: 'false-positive' | 'false-negative' | 'wrong-jurisdiction' | 'missing-law';
  expected: string;
  got: string;
}

export interface Metrics {
  pages: number;
  positives: number;
  negatives: number;
  /** null when there is nothing to measure (no page predicted relevant, no positive page). */
  precision: number | null;
  recall: number | null;
  jurisdictionAt1: number | null;
  lawLink: number | null;
}

export interface EvaluationReport {
  overall: Metrics;
  byLanguage: Partial<Record<Language, Metrics>>;
  misses: Miss[];
}

/** Scores outcomes against their labels; files without a label are an error, not a silent skip. */
export function evaluate(outcomes: Outcome[], labels: Map<string, ExpectedLabel>): EvaluationReport {
  const rows = outcomes.map((outcome) => {
    const label = labels.get(outcome.file);
    if (!label) throw new Error(`${outcome.file}: no expected label recorded`);
    return { outcome, label };
  });
  const misses: Miss[] = [];
  for (const { outcome, label } of rows) {
    if (outcome.relevant && !label.relevant) {
      misses.push({
        file: outcome.file,
        kind: 'false-positive',
        expected: 'not relevant',
        got: outcome.jurisdictions[0] ?? '',
      });
    }
    if (!outcome.relevant && label.relevant) {
      misses.push({
        file: outcome.file,
        kind: 'false-negative',
        expected: label.jurisdictions[0] ?? '',
        got: 'not relevant',
      });
    }
    if (label.relevant && label.jurisdictions[0] && outcome.jurisdictions[0] !== label.jurisdictions[0]) {
      misses.push({
        file: outcome.file,
        kind: 'wrong-jurisdiction',
        expected: label.jurisdictions[0],
        got: outcome.jurisdictions[0] ?? '(none)',
      });
    }
    const missing = label.relevant ? label.laws.filter((l) => !outcome.laws.includes(l)) : [];
    if (missing.length > 0) {
      misses.push({
        file: outcome.file,
        kind: 'missing-law',
        expected: missing.join(', '),
        got: outcome.laws.join(', '),
      });
    }
  }
  const languages = [...new Set(rows.map((r) => r.label.language))].sort();
  const byLanguage: Partial<Record<Language, Metrics>> = {};
  for (const language of languages) byLanguage[language] = metrics(rows.filter((r) => r.label.language === language));
  return { overall: metrics(rows), byLanguage, misses };
}

function metrics(rows: { outcome: Outcome; label: ExpectedLabel }[]): Metrics {
  const predicted = rows.filter((r) => r.outcome.relevant);
  const positives = rows.filter((r) => r.label.relevant);
  const truePositives = predicted.filter((r) => r.label.relevant).length;
  const withJurisdiction = positives.filter((r) => r.label.jurisdictions.length > 0);
  return {
    pages: rows.length,
    positives: positives.length,
    negatives: rows.length - positives.length,
    precision: ratio(truePositives, predicted.length),
    recall: ratio(truePositives, positives.length),
    jurisdictionAt1: ratio(
      withJurisdiction.filter((r) => r.outcome.jurisdictions[0] === r.label.jurisdictions[0]).length,
      withJurisdiction.length,
    ),
    lawLink: ratio(
      positives.filter((r) => r.label.laws.every((l) => r.outcome.laws.includes(l))).length,
      positives.length,
    ),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}
