/**
 * Links an article to laws: those it cites by name or number, those that govern the jurisdiction's
 * decision, and the federal pieces its vocabulary invokes (287(g), detainers).
 */
import type { Jurisdiction, Law, Topic } from '../dataset/schema';
import type { DetectedLaw } from './detection';
import { citationPattern, countMatches } from './match';

export interface LawPatterns {
  law: Law;
  /** Names that identify the law on their own ("California Values Act"). */
  distinctive: RegExp[];
  /** Bill numbers ("SB 54") that other states reuse: they count only where the law's state is in play. */
  numbered: RegExp[];
  /** The law's state, for state and local laws. */
  state?: string;
}

const BILL_NUMBER = /^(?:(?:[A-Z]{1,3}\.?[\s-]*){1,2}|(?:Senate|Assembly|House)\s+Bill\s+)(?:No\.\s*)?\d+$/;

/** Compiles the names of every law once. */
export function compileLawPatterns(laws: Law[], byId: Map<string, Jurisdiction>): LawPatterns[] {
  return laws.map((law) => {
    // A bare number ("1373") would match any figure in the text; it needs words around it to count.
    const names = [...new Set([law.shortTitle, ...law.aliases])].filter(
      (n) => n.trim().length >= 3 && !/^[\d\s.()-]+$/.test(n),
    );
    const state = byId.get(law.jurisdiction)?.state;
    return {
      law,
      state,
      distinctive: names.filter((n) => !BILL_NUMBER.test(n.trim())).map((n) => citationPattern(n)),
      numbered: names.filter((n) => BILL_NUMBER.test(n.trim())).map((n) => citationPattern(n)),
    };
  });
}

/** Laws the text names; numbered aliases count only when `statesInPlay` holds the law's state. */
export function findCitedLaws(patterns: LawPatterns[], text: string, statesInPlay: Set<string>): Law[] {
  return patterns
    .filter(({ distinctive, numbered, state }) => {
      if (distinctive.some((p) => countMatches(p, text) > 0)) return true;
      return (!state || statesInPlay.has(state)) && numbered.some((p) => countMatches(p, text) > 0);
    })
    .map((p) => p.law);
}

/** The states that unambiguous law names in the text point to, counted. */
export function statesOfDistinctiveLaws(patterns: LawPatterns[], text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { distinctive, state } of patterns) {
    if (state && distinctive.some((p) => countMatches(p, text) > 0)) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return counts;
}

/**
 * Orders the linked laws: those the article cites that also govern its jurisdiction, then the laws of
 * the matched decision, then the rest it cites, then the jurisdiction's and its ancestors' laws whose
 * topics the article touches, then the federal rules its vocabulary invokes.
 */
export function linkLaws(input: {
  cited: Law[];
  decisionLaws: Law[];
  chain: Jurisdiction[];
  topics: Set<Topic>;
  invokedTopics: Set<Topic>;
  laws: Law[];
}): DetectedLaw[] {
  const chainIds = new Set(input.chain.filter((j) => j.type !== 'federal').map((j) => j.id));
  const decisionIds = new Set(input.decisionLaws.map((l) => l.id));
  const ranked = new Map<string, { law: Law; rank: number; reason: DetectedLaw['reason'] }>();
  const offer = (law: Law, rank: number, reason: DetectedLaw['reason']) => {
    const seen = ranked.get(law.id);
    if (!seen || rank < seen.rank)
      ranked.set(law.id, { law, rank, reason: seen?.reason === 'cited' ? 'cited' : reason });
  };
  for (const law of input.cited) offer(law, chainIds.has(law.jurisdiction) || decisionIds.has(law.id) ? 0 : 2, 'cited');
  for (const law of input.decisionLaws) offer(law, 1, 'governs');
  for (const law of input.laws) {
    if (chainIds.has(law.jurisdiction) && law.topics.some((t) => input.topics.has(t))) offer(law, 3, 'governs');
    if (law.jurisdiction === 'us' && law.topics.some((t) => input.invokedTopics.has(t))) offer(law, 4, 'invoked');
  }
  // Stable within a rank: the order the dataset lists laws in.
  const order = new Map(input.laws.map((l, i) => [l.id, i]));
  return [...ranked.values()]
    .sort((a, b) => a.rank - b.rank || (order.get(a.law.id) ?? 0) - (order.get(b.law.id) ?? 0))
    .map(({ law, reason }) => ({ id: law.id, title: law.title, citation: law.citation, reason }));
}
