/**
 * Decides which jurisdictions a story is about. Each mention of a name is shared among the
 * jurisdictions that bear it in proportion to the evidence for each: the state written after the name,
 * the dateline, how often each state is named, the county and neighbouring places, and state laws cited.
 */
import type { Jurisdiction } from '../dataset/schema';
import { countStateNames, findMentions, peopleIn, type Gazetteer, type Mention } from './gazetteer';
import { countMatches, phrasePattern } from './match';
import { stateByCode } from './states';

/** Where a story's text sits; mentions in the title and lead weigh more than deep in the body. */
export interface PlaceText {
  title: string;
  dateline: string;
  /** Description plus the opening paragraphs. */
  lead: string;
  body: string;
}

export interface ResolvedJurisdiction {
  jurisdiction: Jurisdiction;
  score: number;
  mentions: number;
  /** Place evidence in words, for "why shown". */
  evidence: string[];
}

/** Per-jurisdiction patterns for its county and neighbours. */
export interface LocalHints {
  county?: RegExp;
  nearby: { name: string; pattern: RegExp }[];
}

/** Compiles a jurisdiction's hints on first use: most of thousands of places are never candidates. */
export class LocalHintCache {
  private readonly cache = new Map<string, LocalHints>();

  get(j: Jurisdiction): LocalHints {
    let hints = this.cache.get(j.id);
    if (!hints) {
      const county = j.county && j.type !== 'county' ? phrasePattern(`${j.county} County`) : undefined;
      const nearby = (j.nearby ?? []).map((name) => ({ name, pattern: phrasePattern(name) }));
      hints = county ? { county, nearby } : { nearby };
      this.cache.set(j.id, hints);
    }
    return hints;
  }
}

/**
 * Where a mention stands. The dateline says where the story was filed, which is strong evidence of the
 * state but not of the subject (a county decision is often datelined from the county seat).
 */
const WEIGHT = { title: 3, dateline: 1, lead: 1.5, body: 1 } as const;
/** A name of several words ("Harris County Sheriff's Office") is more specific than one word ("Harris"). */
const SPECIFIC = 1.3;
/** Words that refer to a sheriff, named or not. */
const SHERIFF_WORD = /(?<![\p{L}])(?:sheriff|alguacil)(?![\p{L}])/giu;
/** How much of an agency's score its city or county inherits. */
const PARENT_SHARE = 0.35;
/** Candidates from a state the story gives no evidence for, when it gives evidence for another. */
const OFF_STATE = 0.35;
/** A state is named in most local stories; it should lead only when no local place does. */
const STATE_DISCOUNT = 0.4;
/** Evidence every candidate starts with, so a bare name still counts; larger places get slightly more. */
function prior(j: Jurisdiction): number {
  return 0.25 * (1 + 0.05 * Math.log10((j.population ?? 0) + 1));
}

/**
 * Returns the jurisdictions the text is about, most relevant first. `lawStates` counts state laws the
 * text cites by unambiguous name, keyed by state code (a cited "California Values Act" is evidence for
 * California).
 */
export function resolveJurisdictions(
  text: PlaceText,
  gazetteer: Gazetteer,
  hints: LocalHintCache,
  byId: Map<string, Jurisdiction>,
  lawStates: Map<string, number>,
  typeWeight: (type: Jurisdiction['type']) => number = () => 1,
  leadLawStates: Map<string, number> = new Map(),
  textLawStates: Map<string, number> = new Map(),
  sheriffOf: (countyId: string) => Jurisdiction | undefined = () => undefined,
): ResolvedJurisdiction[] {
  const whole = `${text.title}\n${text.dateline}\n${text.lead}\n${text.body}`;
  const people = peopleIn(whole);
  const segments = (['title', 'dateline', 'lead', 'body'] as const).map((segment) => ({
    segment,
    mentions: findMentions(gazetteer, text[segment], people),
  }));
  const allMentions = segments.flatMap((s) => s.mentions);

  const datelineStates = new Set(segments[1]!.mentions.map((m) => m.qualifiedState).filter((s): s is string => !!s));
  const namedStates = countStateNames(gazetteer, whole);
  const qualified = new Map<string, number>();
  for (const m of allMentions)
    if (m.qualifiedState) qualified.set(m.qualifiedState, (qualified.get(m.qualifiedState) ?? 0) + 1);

  const stateEvidence = (code: string | undefined): number => {
    if (!code) return 0;
    return (
      Math.min(3, namedStates.get(code) ?? 0) +
      2 * Math.min(3, qualified.get(code) ?? 0) +
      (datelineStates.has(code) ? 3 : 0) +
      2 * Math.min(2, lawStates.get(code) ?? 0)
    );
  };
  const localHits = new Map<string, { county: boolean; nearby: string[] }>();
  const localEvidence = (j: Jurisdiction): number => {
    let hit = localHits.get(j.id);
    if (!hit) {
      const h = hints.get(j);
      hit = {
        county: !!h?.county && countMatches(h.county, whole) > 0,
        nearby: (h?.nearby ?? []).filter((n) => countMatches(n.pattern, whole) > 0).map((n) => n.name),
      };
      localHits.set(j.id, hit);
    }
    return (hit.county ? 1.5 : 0) + 0.75 * Math.min(3, hit.nearby.length);
  };

  const scores = new Map<string, { score: number; mentions: number }>();
  const add = (id: string, value: number, mention: boolean) => {
    const entry = scores.get(id) ?? { score: 0, mentions: 0 };
    entry.score += value;
    if (mention) entry.mentions += 1;
    scores.set(id, entry);
  };
  for (const { segment, mentions } of segments) {
    for (const mention of mentions) {
      const candidates = jailAsSheriff(candidatesFor(mention), text[segment], mention.end, sheriffOf);
      const evidence = candidates.map((c) => prior(c) + stateEvidence(c.state) + localEvidence(c));
      const total = evidence.reduce((a, b) => a + b, 0);
      const specificity = /\s/.test(mention.entry.surface.trim()) ? SPECIFIC : 1;
      candidates.forEach((c, i) => {
        const discount = c.type === 'state' ? STATE_DISCOUNT : 1;
        add(c.id, (WEIGHT[segment] * specificity * typeWeight(c.type) * discount * evidence[i]!) / total, true);
      });
    }
  }

  // "The sheriff" / "el alguacil" after a sheriff's office is named refers back to it: the story is
  // about the office, even where the text says "Gwinnett County's new sheriff".
  const sheriffs = [...scores.keys()].map((id) => byId.get(id)).filter((j): j is Jurisdiction => j?.type === 'sheriff');
  if (sheriffs.length > 0) {
    const references = countMatches(SHERIFF_WORD, whole);
    const named = sheriffs.reduce((n, j) => n + (scores.get(j.id)?.mentions ?? 0), 0);
    const generic = Math.min(6, Math.max(0, references - named));
    const lead = sheriffs.sort((a, b) => (scores.get(b.id)?.score ?? 0) - (scores.get(a.id)?.score ?? 0))[0]!;
    add(lead.id, 1.0 * generic, false);
  }

  // A state-law story: its title names no local place and its opening cites the state's law, or its
  // title names the state and the text cites the state's law.
  const titleLocal = segments[0]!.mentions.some((m) => candidatesFor(m).some((c) => c.type !== 'state'));
  // The place a title names first is its subject: "Iowa's ban takes effect; Johnson County objects".
  const firstInTitle = segments[0]!.mentions[0];
  const titleStates = new Set(
    firstInTitle
      ? candidatesFor(firstInTitle)
          .filter((c) => c.type === 'state')
          .map((c) => c.state)
      : [],
  );
  for (const code of new Set([...leadLawStates.keys(), ...textLawStates.keys()])) {
    const laws = Math.max(leadLawStates.get(code) ?? 0, textLawStates.get(code) ?? 0);
    const stateStory = (!titleLocal && leadLawStates.has(code)) || (titleStates.has(code) && textLawStates.has(code));
    const state = byId.get(`us-${code.toLowerCase()}`);
    if (stateStory && state)
      add(state.id, (scores.get(state.id)?.score ?? 0) * (1 / STATE_DISCOUNT - 1) + 2 * laws, false);
  }

  // A story the text places in one state: jurisdictions elsewhere that only share a name (a sheriff
  // called Taylor is not Taylor, Michigan) count for much less.
  const evidenced = [...new Set([...namedStates.keys(), ...qualified.keys(), ...datelineStates, ...lawStates.keys()])];
  if (evidenced.length > 0) {
    for (const [id, entry] of scores) {
      const j = byId.get(id);
      if (j?.state && !evidenced.includes(j.state) && localEvidence(j) === 0) entry.score *= OFF_STATE;
    }
  }

  // A police department or sheriff's office speaks for its city or county too, at half weight.
  for (const [id, entry] of [...scores]) {
    const j = byId.get(id);
    const parent = j?.parent ? byId.get(j.parent) : undefined;
    if (parent && parent.type !== 'state' && (j?.type === 'police' || j?.type === 'sheriff'))
      add(parent.id, entry.score * PARENT_SHARE, false);
  }

  return [...scores]
    .map(([id, { score, mentions }]) => {
      const jurisdiction = byId.get(id)!;
      return {
        jurisdiction,
        score,
        mentions,
        evidence: describeEvidence(jurisdiction, mentions, datelineStates, qualified, localHits.get(id)),
      };
    })
    .filter((r) => r.score >= 0.5)
    .sort((a, b) => b.score - a.score || b.mentions - a.mentions);
}

const JAIL_AFTER =
  /^(?:'s)?\s+(?:jails?|detention (?:center|facility)|correctional (?:center|facility)|adult detention)\b/i;

/** "Maricopa County jails" are the sheriff's: a county named just before its jail means its sheriff's office. */
function jailAsSheriff(
  candidates: Jurisdiction[],
  text: string,
  end: number,
  sheriffOf: (countyId: string) => Jurisdiction | undefined,
): Jurisdiction[] {
  if (!candidates.some((c) => c.type === 'county') || !JAIL_AFTER.test(text.slice(end, end + 40))) return candidates;
  return candidates.map((c) => (c.type === 'county' ? (sheriffOf(c.id) ?? c) : c));
}

/**
 * A mention qualified by a state ("Glendale, Ariz.") belongs only to the candidates in that state. A
 * state's own name belongs to the state, not to towns elsewhere that share it (Texas, Michigan).
 */
function candidatesFor(mention: Mention): Jurisdiction[] {
  const all = mention.entry.candidates;
  const state = all.find((c) => c.type === 'state');
  const pool = state ? all.filter((c) => c.state === state.state) : all;
  if (!mention.qualifiedState) return pool;
  const inState = pool.filter((c) => c.state === mention.qualifiedState);
  return inState.length > 0 ? inState : pool;
}

function describeEvidence(
  j: Jurisdiction,
  mentions: number,
  datelineStates: Set<string>,
  qualified: Map<string, number>,
  local: { county: boolean; nearby: string[] } | undefined,
): string[] {
  const stateName = j.state ? (stateByCode(j.state)?.name ?? j.state) : '';
  const lines = [`${mentions} mention${mentions === 1 ? '' : 's'}`];
  if (j.state && datelineStates.has(j.state)) lines.push(`${stateName} dateline`);
  else if (j.state && (qualified.get(j.state) ?? 0) > 0 && j.type !== 'state') lines.push(`named with ${stateName}`);
  if (local?.county) lines.push(`${j.county} County`);
  if (local && local.nearby.length > 0) lines.push(`near ${local.nearby.slice(0, 3).join(', ')}`);
  return lines;
}
