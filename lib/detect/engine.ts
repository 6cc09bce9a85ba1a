/**
 * The detector: classify an extracted article, resolve its jurisdictions, link its laws and pick the
 * decision it reports. Pure: it takes the article and an index built once from the dataset, so it runs
 * the same in the background, the unit tests and the command-line tool.
 */
import type { Decision, DecisionType, Jurisdiction, Law, Topic } from '../dataset/schema';
import type { DatasetIndex } from '../dataset/dataset-index';
import { labelOf } from '../format/labels';
import { MAX_TEXT_CHARS, type ExtractedArticle } from './article';
import { detectLanguage, scoreVocabulary } from './classify';
import type { DetectionResult } from './detection';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import {
  compileLawPatterns,
  findCitedLaws,
  linkLaws,
  statesOfLawsInLead,
  statesOfNamedLaws,
  type LawPatterns,
} from './link';
import { LocalHintCache, resolveJurisdictions } from './resolve';

/** Everything detection needs from the dataset, compiled once per dataset version. */
export interface DetectionIndex {
  data: DatasetIndex;
  gazetteer: Gazetteer;
  hints: LocalHintCache;
  lawPatterns: LawPatterns[];
}

/** Compiles the dataset into the structures detection searches. */
export function buildDetectionIndex(data: DatasetIndex): DetectionIndex {
  return {
    data,
    gazetteer: buildGazetteer(data.dataset.jurisdictions),
    hints: new LocalHintCache(),
    lawPatterns: compileLawPatterns(data.dataset.laws, data.jurisdictions),
  };
}

/** The detection result plus what the sidebar builder needs beyond the CLI's fields. */
export interface Detection extends DetectionResult {
  /** The decision the article most likely reports, if the dataset has it. */
  decisionId?: string;
  /** The place evidence for the first jurisdiction, in words. */
  placeEvidence: string[];
  /**
   * Below the confidence gate but close to it: immigration-specific vocabulary and a place, not enough
   * for the sidebar to open by itself. The reader chooses whether such pages get the edge tab.
   */
  tentative: boolean;
  /** The `why` lines as parts, so the sidebar can word each line's label in the reader's language. */
  explanation: WhyPart[];
}

/** One line of "why shown": what kind of evidence, and the evidence itself (terms, place, laws). */
export interface WhyPart {
  kind: 'matched' | 'place' | 'lawsNamed' | 'countedAgainst';
  detail: string;
}

/** The English labels the CLI and `why` use. */
const WHY_LABELS: Record<WhyPart['kind'], string> = {
  matched: 'matched',
  place: 'place',
  lawsNamed: 'laws named',
  countedAgainst: 'counted against',
};

/** How many characters of lead count as "the opening" for weighting. */
const LEAD_CHARS = 700;
const RELEVANCE_THRESHOLD = 0.6;
/** Scores from here up to the relevance threshold are "tentative": an edge tab, if the reader wants one. */
const TENTATIVE_THRESHOLD = 0.45;

/** Title, description and dateline are a line or two; a page can still stuff megabytes into og:title. */
const MAX_FIELD_CHARS = 2_000;

/**
 * Classifies one article against the index. Never throws on odd input: empty text is simply not
 * relevant. Articles arrive by message, so fields are bounded and non-strings read as "" here, which
 * keeps the time per call bounded too.
 */
export function detect(input: ExtractedArticle, index: DetectionIndex): Detection {
  const article = bounded(input);
  const body = article.text;
  const lead = `${article.title}\n${article.description}\n${body.slice(0, LEAD_CHARS)}`;
  const rest = body.slice(LEAD_CHARS);
  const language = detectLanguage(article.lang, `${article.title} ${body}`);
  const vocabulary = scoreVocabulary(lead, rest, language);
  const fullText = `${article.title}\n${article.description}\n${article.dateline}\n${body}`;

  const lawStates = statesOfNamedLaws(index.lawPatterns, fullText);
  const resolved = resolveJurisdictions(
    {
      title: article.title,
      dateline: article.dateline,
      lead: `${article.description}\n${body.slice(0, LEAD_CHARS)}`,
      body: rest,
    },
    index.gazetteer,
    index.hints,
    index.data.jurisdictions,
    lawStates,
    typeWeightFor(vocabulary.topics),
    statesOfLawsInLead(index.lawPatterns, lead, fullText),
    statesOfLawsInLead(index.lawPatterns, fullText, fullText),
    (countyId) => index.data.childrenOf.get(countyId)?.find((c) => c.type === 'sheriff'),
  );
  const top = resolved[0];
  // A bare bill number ("SB 54") is read as the law of the state the story is about, and no other.
  const statesInPlay = new Set(top?.jurisdiction.state ? [top.jurisdiction.state] : []);
  for (const code of lawStates.keys()) statesInPlay.add(code);
  const cited = findCitedLaws(index.lawPatterns, fullText, statesInPlay);

  const decision = top ? matchDecision(top.jurisdiction, index, vocabulary.topics, article.published) : undefined;
  const chain = top ? index.data.ancestry(top.jurisdiction) : [];
  const invokedTopics = new Set<Topic>([...vocabulary.topics].filter((t) => t === '287g' || t === 'detainer'));
  const laws = linkLaws({
    cited: [...cited, ...unnamedOrder(fullText, cited, vocabulary.topics, article.published, index)],
    decisionLaws: (decision?.laws ?? []).map((id) => index.data.laws.get(id)).filter((l): l is Law => !!l),
    chain,
    topics: vocabulary.topics,
    invokedTopics,
    laws: index.data.dataset.laws,
  });

  const place = top && top.jurisdiction.type !== 'federal' ? top.score : 0;
  const score = round(
    clamp(
      0.3 * Math.min(1, vocabulary.enforcement / 5) +
        0.25 * Math.min(1, vocabulary.decision / 5) +
        0.2 * Math.min(1, place / 4) +
        0.1 * Math.min(1, vocabulary.leadEnforcement / 2) +
        0.15 * (cited.length > 0 || decision ? 1 : 0) -
        Math.min(0.6, vocabulary.trap * 0.15),
    ),
  );
  const relevant =
    score >= RELEVANCE_THRESHOLD &&
    vocabulary.enforcement >= 2.5 &&
    vocabulary.core >= 1.5 &&
    vocabulary.decision >= 2 &&
    vocabulary.leadEnforcement > 0 &&
    place >= 1;
  const tentative = !relevant && score >= TENTATIVE_THRESHOLD && vocabulary.core >= 1.5 && place >= 1;

  const explanation: WhyPart[] = [];
  const terms = [...vocabulary.matched.enforcement.slice(0, 4), ...vocabulary.matched.decision.slice(0, 4)];
  if (terms.length > 0) explanation.push({ kind: 'matched', detail: terms.join(', ') });
  if (top) explanation.push({ kind: 'place', detail: `${labelOf(top.jurisdiction)} (${top.evidence.join('; ')})` });
  if (cited.length > 0) explanation.push({ kind: 'lawsNamed', detail: cited.map((l) => l.shortTitle).join(', ') });
  if (vocabulary.matched.trap.length > 0)
    explanation.push({ kind: 'countedAgainst', detail: vocabulary.matched.trap.join(', ') });
  const why = explanation.map((part) => `${WHY_LABELS[part.kind]}: ${part.detail}`);

  const result: Detection = {
    relevant,
    tentative,
    score,
    language,
    jurisdictions: resolved.slice(0, 5).map((r) => ({
      id: r.jurisdiction.id,
      name: r.jurisdiction.name,
      type: r.jurisdiction.type,
      ...(r.jurisdiction.state ? { state: r.jurisdiction.state } : {}),
      score: round(r.score),
    })),
    laws,
    why,
    explanation,
    placeEvidence: top?.evidence ?? [],
  };
  if (decision) result.decisionId = decision.id;
  return result;
}

function bounded(article: ExtractedArticle): ExtractedArticle {
  const field = (value: unknown, max = MAX_FIELD_CHARS) => (typeof value === 'string' ? value.slice(0, max) : '');
  return {
    ...article,
    title: field(article.title),
    description: field(article.description),
    dateline: field(article.dateline),
    published: field(article.published),
    lang: field(article.lang),
    text: field(article.text, MAX_TEXT_CHARS),
  };
}

/**
 * "An executive order" without its number: the latest federal order on the story's topics that was in
 * force when the story was published (EO 14287 for a 2025 sanctuary-list story), unless one is named.
 */
function unnamedOrder(text: string, cited: Law[], topics: Set<Topic>, published: string, index: DetectionIndex): Law[] {
  if (cited.some((l) => l.kind === 'executive-order') || !/executive order|orden ejecutiva/i.test(text)) return [];
  const candidates = index.data.dataset.laws
    .filter((l) => l.jurisdiction === 'us' && l.kind === 'executive-order' && l.status.value !== 'repealed')
    .filter((l) => l.topics.some((t) => topics.has(t)))
    .filter((l) => !published || !l.enacted || l.enacted <= published)
    .sort((a, b) => (b.enacted ?? '').localeCompare(a.enacted ?? ''));
  return candidates.slice(0, 1);
}

/**
 * Which kind of body the story's topics point to: jail contracts, detainers and 287(g) are decided by
 * sheriffs, police and counties; ordinances by councils. A prior, not a rule: mentions still decide.
 */
function typeWeightFor(topics: Set<Topic>): (type: Jurisdiction['type']) => number {
  const enforcement = topics.has('287g') || topics.has('detainer') || topics.has('detention-contract');
  return (type) => {
    if (enforcement && (type === 'sheriff' || type === 'police')) return 1.5;
    if (enforcement && type === 'county') return 1.2;
    return 1;
  };
}

const TYPE_TOPICS: Partial<Record<DecisionType, Topic[]>> = {
  'detention-contract-started': ['detention-contract'],
  'detention-contract-ended': ['detention-contract'],
  '287g-signed': ['287g'],
  '287g-ended': ['287g'],
  'detainer-policy': ['detainer'],
  ordinance: ['sanctuary-policy', 'detainer'],
  resolution: ['sanctuary-policy'],
  'non-sanctuary-declaration': ['sanctuary-policy'],
  lawsuit: ['litigation'],
  // Suits, funding conditions and lists naming a place: what a story about one usually talks about.
  'federal-action': ['litigation', 'federal-funding', 'sanctuary-policy'],
};

/**
 * The decision the article reports: one of the jurisdiction's decisions (or its police or sheriff's)
 * whose type matches the article's topics, preferring one dated shortly before publication.
 */
function matchDecision(
  j: Jurisdiction,
  index: DetectionIndex,
  topics: Set<Topic>,
  published: string,
): Decision | undefined {
  const candidates = [
    ...(index.data.decisionsOf.get(j.id) ?? []),
    ...index.data
      .family(j)
      .slice(1)
      .flatMap((c) => index.data.decisionsOf.get(c.id) ?? []),
  ];
  let best: { decision: Decision; score: number } | undefined;
  for (const decision of new Set(candidates)) {
    const topicMatch = (TYPE_TOPICS[decision.type] ?? []).some((t) => topics.has(t)) ? 1.5 : 0;
    const days = published ? daysBetween(decision.date, published) : undefined;
    const timing =
      days === undefined
        ? 0
        : days >= 0 && days <= 120
          ? 2
          : days >= -30 && days < 0
            ? 1
            : Math.abs(days) <= 365
              ? 0.5
              : 0;
    const score = topicMatch + timing;
    if (score >= 2.5 && (!best || score > best.score)) best = { decision, score };
  }
  return best?.decision;
}

function daysBetween(from: string, to: string): number | undefined {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.round((b - a) / 86_400_000);
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
