/** Builds the sidebar's view-model from a detection result and the dataset. */
import type { Decision, Jurisdiction, Law } from '../dataset/schema';
import { labelOf, type Detection, type DetectionIndex } from '../detect/engine';
import type { DetectedLaw } from '../detect/detection';
import type {
  Confidence,
  DecisionView,
  JurisdictionSummary,
  LawCard,
  SidebarModel,
  SourceLink,
  TimelineEntry,
} from './model';
import { orderSources } from '../format/sources';
import { stateNameOf } from './hits';
import { SourceResolver } from './resolve-sources';

const REASONS: Record<DetectedLaw['reason'], string> = {
  cited: 'Named in the article',
  governs: 'Governs this decision',
  invoked: 'The federal rule the article refers to',
};

/** The sidebar for a relevant detection, or undefined when there is no jurisdiction to show. */
export function buildSidebarModel(detection: Detection, index: DetectionIndex): SidebarModel | undefined {
  const first = detection.jurisdictions[0];
  const jurisdiction = first ? index.byId.get(first.id) : undefined;
  if (!jurisdiction) return undefined;
  const sources = new SourceResolver(index.dataset);
  const cited: SourceLink[] = [];
  const track = <T extends { sources: SourceLink[] }>(item: T): T => {
    cited.push(...item.sources);
    return item;
  };

  const decisionRecord = detection.decisionId
    ? index.dataset.decisions.find((d) => d.id === detection.decisionId)
    : undefined;
  const decision = decisionRecord ? decisionView(decisionRecord, index, sources, track) : undefined;

  const laws = detection.laws
    .map((l) => ({ detected: l, law: index.lawsById.get(l.id) }))
    .filter((x): x is { detected: DetectedLaw; law: Law } => !!x.law)
    .map(({ detected, law }) => lawCard(law, REASONS[detected.reason], sources, track));

  const related = new Set([
    jurisdiction.id,
    ...index.dataset.jurisdictions.filter((j) => j.parent === jurisdiction.id).map((j) => j.id),
  ]);
  const timeline: TimelineEntry[] = index.dataset.decisions
    .filter((d) => related.has(d.jurisdiction) || (d.involves ?? []).some((id) => related.has(id)))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((d) => ({ id: d.id, date: d.date, type: d.type, headline: track(sources.text(d.headline)) }));

  const model: SidebarModel = {
    jurisdiction: summarize(jurisdiction),
    alsoMentioned: detection.jurisdictions
      .slice(1)
      .map((j) => index.byId.get(j.id))
      .filter((j): j is Jurisdiction => !!j && j.type !== 'federal')
      .map(summarize),
    confidence: confidenceOf(detection.score),
    score: detection.score,
    why: detection.why,
    laws,
    timeline,
    sources: [],
    datasetVersion: index.dataset.manifest.version,
    datasetAsOf: index.dataset.manifest.asOf,
  };
  if (decision) model.decision = decision;
  if (jurisdiction.posture) {
    model.posture = {
      ...track(sources.text({ text: jurisdiction.posture.summary, sources: jurisdiction.posture.sources })),
      asOf: jurisdiction.posture.asOf,
    };
  }
  model.sources = orderSources(cited);
  return model;
}

/** A name and state for headings and lists. */
export function summarize(j: Jurisdiction): JurisdictionSummary {
  const summary: JurisdictionSummary = { id: j.id, name: j.name, type: j.type, label: labelOf(j) };
  if (j.state) summary.state = j.state;
  const stateName = stateNameOf(j);
  if (stateName) summary.stateName = stateName;
  return summary;
}

/** high ≥ 0.8, medium ≥ 0.65, low below. */
export function confidenceOf(score: number): Confidence {
  return score >= 0.8 ? 'high' : score >= 0.65 ? 'medium' : 'low';
}

/** A law as a card: summary, provisions, exceptions, often-misstated notes, and its text. */
export function lawCard(
  law: Law,
  reason: string,
  sources: SourceResolver,
  track: <T extends { sources: SourceLink[] }>(item: T) => T = (x) => x,
): LawCard {
  const primary = sources.link(law.primarySource);
  if (!primary) throw new Error(`${law.id}: primary source ${law.primarySource} is missing`);
  track({ sources: [primary] });
  const card: LawCard = {
    id: law.id,
    title: law.title,
    shortTitle: law.shortTitle,
    citation: law.citation,
    status: { value: law.status.value, asOf: law.status.asOf },
    summary: track(sources.text(law.summary)),
    provisions: law.provisions.map((p) => track({ cite: p.cite, text: p.text, sources: sources.links(p.sources) })),
    exceptions: law.exceptions.map((f) => track(sources.text(f))),
    misstated: law.misstated.map((f) => track(sources.text(f))),
    primarySource: primary,
    reason,
  };
  if (law.enacted) card.enacted = law.enacted;
  if (law.effective) card.effective = law.effective;
  return card;
}

function decisionView(
  d: Decision,
  index: DetectionIndex,
  sources: SourceResolver,
  track: <T extends { sources: SourceLink[] }>(item: T) => T,
): DecisionView | undefined {
  const j = index.byId.get(d.jurisdiction);
  if (!j) return undefined;
  return {
    id: d.id,
    date: d.date,
    type: d.type,
    headline: track(sources.text(d.headline)),
    facts: d.facts.map((f) => track(sources.text(f))),
    jurisdiction: summarize(j),
  };
}
