/** The dataset's counts and coverage, as `footnote stats`, the options page and the tests report them. */
import type { DatasetStats } from '../messaging';
import type { DatasetIndex } from './dataset-index';
import type { Fact } from './schema';

const LOCAL_TYPES = new Set(['county', 'city', 'sheriff', 'police', 'school-district']);

/** Counts of every kind of record, and the coverage figures issue reviewers ask for. */
export function datasetStats(data: DatasetIndex): DatasetStats {
  const d = data.dataset;
  const states = d.jurisdictions.filter((j) => j.type === 'state');
  const localDecisions = d.decisions.filter((x) => LOCAL_TYPES.has(data.jurisdictions.get(x.jurisdiction)?.type ?? ''));
  const agencies = new Set(d.agreements.map((a) => a.jurisdiction));
  const resolved = [...agencies].filter((id) => {
    const parent = data.jurisdictions.get(data.jurisdictions.get(id)?.parent ?? '');
    return !!parent && ['county', 'city', 'state', 'territory'].includes(parent.type);
  });

  const facts: Fact[] = [
    ...d.laws.flatMap((l) => [l.summary, ...l.exceptions, ...l.misstated]),
    ...d.laws.flatMap((l) => l.provisions),
    ...d.cases.map((c) => c.holding),
    ...d.decisions.flatMap((x) => [x.headline, ...x.facts]),
    ...d.claims.flatMap((c) => [c.statement, c.criteria]),
    ...d.jurisdictions.flatMap((j) => (j.posture ? [{ text: j.posture.summary, sources: j.posture.sources }] : [])),
  ];
  const primary = (id: string) => data.sources.get(id)?.primary === true;
  const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

  return {
    version: d.manifest.version,
    asOf: d.manifest.asOf,
    counts: {
      jurisdictions: d.jurisdictions.length,
      states: states.length,
      statesWithPosture: states.filter((j) => j.posture?.stance).length,
      laws: d.laws.length,
      cases: d.cases.length,
      decisions: d.decisions.length,
      localDecisions: localDecisions.length,
      localDecisionStates: new Set(localDecisions.map((x) => data.jurisdictions.get(x.jurisdiction)?.state)).size,
      agreements287g: d.agreements.length,
      agencies287g: agencies.size,
      claims: d.claims.length,
      sources: d.sources.length,
      primarySources: d.sources.filter((s) => s.primary).length,
      facts: facts.length,
    },
    coverage: {
      agenciesResolvedPercent: percent(resolved.length, agencies.size),
      factsSourcedPercent: percent(facts.filter((f) => f.sources.length > 0).length, facts.length),
      lawsWithPrimarySourcePercent: percent(d.laws.filter((l) => primary(l.primarySource)).length, d.laws.length),
      casesWithPrimarySourcePercent: percent(d.cases.filter((c) => primary(c.primarySource)).length, d.cases.length),
      statesByStance: Object.fromEntries(
        ['limits', 'requires', 'mixed', 'none'].map((s) => [s, states.filter((j) => j.posture?.stance === s).length]),
      ),
    },
  };
}
