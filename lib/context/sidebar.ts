/** Builds the sidebar's view-model from a detection result and the dataset. */
import type { Agreement287g, Case, Claim, Decision, Jurisdiction, Law } from '../dataset/schema';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Detection, WhyPart } from '../detect/engine';
import { t, type MessageKey } from '../i18n/translate';
import { lawSummary, postureSummary } from './localized';
import type { DetectedLaw } from '../detect/detection';
import { labelOf } from '../format/labels';
import { orderSources } from '../format/sources';
import type {
  AgreementView,
  CaseView,
  ClaimView,
  Confidence,
  DecisionView,
  JurisdictionSummary,
  LawCard,
  SidebarModel,
  SourceLink,
  TimelineEntry,
} from './model';
import { stateNameOf } from './hits';
import { SourceResolver } from './resolve-sources';

const REASONS: Record<DetectedLaw['reason'], MessageKey> = {
  cited: 'contextReasonCited',
  governs: 'contextReasonGoverns',
  invoked: 'contextReasonInvoked',
};

const MODEL_NAMES: Record<Agreement287g['model'], MessageKey> = {
  JEM: 'contextModelJem',
  TFM: 'contextModelTfm',
  WSO: 'contextModelWso',
  'TFM+WSO': 'contextModelTfmWso',
  '': 'contextModelUnknown',
};

const WHY_KEYS: Record<WhyPart['kind'], MessageKey> = {
  matched: 'sidebarWhyMatched',
  place: 'sidebarWhyPlace',
  lawsNamed: 'sidebarWhyLawsNamed',
  countedAgainst: 'sidebarWhyCountedAgainst',
};

/** At most this many court decisions, so the sidebar stays a companion and not a casebook. */
const MAX_CASES = 4;

/** Collects every source a view-model cites, so the Sources list is complete. */
type Track = <T extends { sources: SourceLink[] }>(item: T) => T;

/** The sidebar for a relevant detection, or undefined when there is no jurisdiction to show. */
export function buildSidebarModel(detection: Detection, data: DatasetIndex): SidebarModel | undefined {
  const first = detection.jurisdictions[0];
  const jurisdiction = first ? data.jurisdictions.get(first.id) : undefined;
  if (!jurisdiction) return undefined;
  const sources = new SourceResolver(data.sources);
  const cited: SourceLink[] = [];
  const track: Track = (item) => {
    cited.push(...item.sources);
    return item;
  };

  const decisionRecord = detection.decisionId ? data.decisions.get(detection.decisionId) : undefined;
  const decision = decisionRecord ? decisionView(decisionRecord, data, sources, track) : undefined;

  const lawRecords = detection.laws
    .map((l) => ({ detected: l, law: data.laws.get(l.id) }))
    .filter((x): x is { detected: DetectedLaw; law: Law } => !!x.law);
  const laws = lawRecords.map(({ detected, law }) => lawCard(law, t(REASONS[detected.reason]), sources, track));

  const family = data.family(jurisdiction);
  const timeline: TimelineEntry[] = [...new Set(family.flatMap((j) => data.decisionsOf.get(j.id) ?? []))]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((d) => ({ id: d.id, date: d.date, type: d.type, headline: track(sources.text(d.headline)) }));

  const agreements = family
    .flatMap((j) => data.agreementsOf.get(j.id) ?? [])
    .sort((a, b) => (b.signed ?? '').localeCompare(a.signed ?? ''))
    .map((a) => track(agreementView(a, sources)));

  const stateRecord = data.ancestry(jurisdiction).find((j) => j.type === 'state' || j.type === 'territory');
  const claimSubjects = [jurisdiction, ...(stateRecord && stateRecord !== jurisdiction ? [stateRecord] : [])];
  const claims = claimSubjects.flatMap((subject) =>
    (data.claimsAbout.get(subject.id) ?? []).map((c) =>
      claimView(c, subject === jurisdiction ? '' : labelOf(subject), sources, track),
    ),
  );

  const cases = [...new Set(lawRecords.flatMap(({ law }) => data.casesUnderLaw.get(law.id) ?? []))]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_CASES)
    .map((c) => caseView(c, sources, track))
    .filter((c): c is CaseView => !!c);

  const model: SidebarModel = {
    jurisdiction: summarize(jurisdiction),
    alsoMentioned: detection.jurisdictions
      .slice(1)
      .map((j) => data.jurisdictions.get(j.id))
      .filter((j): j is Jurisdiction => !!j && j.type !== 'federal')
      .map(summarize),
    confidence: confidenceOf(detection.score),
    score: detection.score,
    // Worded in the reader's language; the evidence itself (terms, places) stays as the article had it.
    why: detection.explanation.map((part) => t(WHY_KEYS[part.kind], part.detail)),
    laws,
    cases,
    timeline,
    agreements,
    claims,
    sources: [],
    datasetVersion: data.dataset.manifest.version,
    datasetAsOf: data.dataset.manifest.asOf,
  };
  if (decision) model.decision = decision;
  if (jurisdiction.posture) {
    model.posture = {
      ...track(sources.text(postureSummary(jurisdiction.posture))),
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
export function lawCard(law: Law, reason: string, sources: SourceResolver, track: Track = (x) => x): LawCard {
  const primary = sources.link(law.primarySource);
  if (!primary) throw new Error(`${law.id}: primary source ${law.primarySource} is missing`);
  track({ sources: [primary] });
  const card: LawCard = {
    id: law.id,
    title: law.title,
    shortTitle: law.shortTitle,
    citation: law.citation,
    status: { value: law.status.value, asOf: law.status.asOf },
    summary: track(sources.text(lawSummary(law))),
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

/** One 287(g) agreement, with ICE's list as its source. */
export function agreementView(a: Agreement287g, sources: SourceResolver): AgreementView {
  const view: AgreementView = {
    id: a.id,
    agency: a.agency,
    model: a.model,
    modelName: t(MODEL_NAMES[a.model] ?? 'contextModelUnknown'),
    url: a.url,
    sources: sources.links(a.sources),
  };
  if (a.signed) view.signed = a.signed;
  return view;
}

/** A list's claim about a jurisdiction; `about` names the subject when it is not the sidebar's own. */
export function claimView(c: Claim, about: string, sources: SourceResolver, track: Track = (x) => x): ClaimView {
  const view: ClaimView = {
    id: c.id,
    about,
    claimant: c.claimant,
    title: c.title,
    date: c.date,
    statement: track(sources.text(c.statement)),
    criteria: track(sources.text(c.criteria)),
  };
  if (c.withdrawn) view.withdrawn = c.withdrawn;
  return view;
}

/** A court decision with its holding and opinion. */
export function caseView(c: Case, sources: SourceResolver, track: Track = (x) => x): CaseView | undefined {
  const primary = sources.link(c.primarySource);
  if (!primary) return undefined;
  track({ sources: [primary] });
  return {
    id: c.id,
    name: c.name,
    citation: c.citation,
    court: c.court,
    date: c.date,
    holding: track(sources.text(c.holding)),
    primarySource: primary,
  };
}

function decisionView(
  d: Decision,
  data: DatasetIndex,
  sources: SourceResolver,
  track: Track,
): DecisionView | undefined {
  const j = data.jurisdictions.get(d.jurisdiction);
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
