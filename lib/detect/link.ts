/**
 * Links an article to laws: those it cites by name or number, those that govern the jurisdiction's
 * decision, and the federal pieces its vocabulary invokes (287(g), detainers).
 */
import type { Jurisdiction, Law, Topic } from '../dataset/schema';
import type { DetectedLaw } from './detection';
import { citationPattern, countMatches } from './match';
import { stateByCode } from './states';

export interface LawPatterns {
  law: Law;
  /** Names that say whose law it is ("California Values Act", "8 U.S.C. §1373"): they count anywhere. */
  named: RegExp[];
  /**
   * Names other states reuse: bill numbers ("SB 54") and common titles ("TRUST Act"). They count only
   * where the law's state is in play.
   */
  bare: RegExp[];
  /** The law's state, for state and local laws. */
  state?: string;
}

/** Compiles the names of every law once. */
export function compileLawPatterns(laws: Law[], byId: ReadonlyMap<string, Jurisdiction>): LawPatterns[] {
  return laws.map((law) => {
    // A bare number ("1373") would match any figure in the text; it needs words around it to count.
    const names = [...new Set([law.shortTitle, ...law.aliases])].filter(
      (n) => n.trim().length >= 3 && !/^[\d\s.()-]+$/.test(n),
    );
    const maker = byId.get(law.jurisdiction);
    const state = maker?.type === 'federal' ? undefined : maker?.state;
    const owners = maker && state ? [stateByCode(state)?.name, stateByCode(state)?.ap, maker.name].filter(Boolean) : [];
    const isNamed = (n: string) => !state || owners.some((o) => n.toLowerCase().includes(o!.toLowerCase()));
    return {
      law,
      state,
      named: names.filter(isNamed).map((n) => citationPattern(n)),
      bare: names.filter((n) => !isNamed(n)).map((n) => citationPattern(n)),
    };
  });
}

/** Laws the text names; names other states reuse count only when `statesInPlay` holds the law's state. */
export function findCitedLaws(patterns: LawPatterns[], text: string, statesInPlay: Set<string>): Law[] {
  return patterns
    .filter(({ named, bare, state }) => {
      if (named.some((p) => countMatches(p, text) > 0)) return true;
      return (!state || statesInPlay.has(state)) && bare.some((p) => countMatches(p, text) > 0);
    })
    .map((p) => p.law);
}

/** The states whose laws the text names by a name that says whose they are, counted. */
export function statesOfNamedLaws(patterns: LawPatterns[], text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { named, state } of patterns) {
    if (state && named.some((p) => countMatches(p, text) > 0)) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return counts;
}

/**
 * The states whose laws the title and opening cite: by a name that says whose law it is, or by a bill
 * number when the text also names that state. A state-law story ("Texas's SB 4 takes effect") opens so.
 */
export function statesOfLawsInLead(patterns: LawPatterns[], lead: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { named, bare, state } of patterns) {
    if (!state) continue;
    const names = stateByCode(state);
    const stateNamed = !!names && [names.name, names.spanish].some((n) => text.includes(n));
    const cited =
      named.some((p) => countMatches(p, lead) > 0) || (stateNamed && bare.some((p) => countMatches(p, lead) > 0));
    if (cited) counts.set(state, (counts.get(state) ?? 0) + 1);
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
    // Only the statute or regulation itself: orders and directives come in when the text names them.
    const rule = law.kind === 'statute' || law.kind === 'regulation';
    if (law.jurisdiction === 'us' && rule && law.topics.some((t) => input.invokedTopics.has(t)))
      offer(law, 4, 'invoked');
  }
  // Stable within a rank: the order the dataset lists laws in.
  const order = new Map(input.laws.map((l, i) => [l.id, i]));
  return [...ranked.values()]
    .sort((a, b) => a.rank - b.rank || (order.get(a.law.id) ?? 0) - (order.get(b.law.id) ?? 0))
    .map(({ law, reason }) => ({ id: law.id, title: law.title, citation: law.citation, reason }));
}
