/**
 * Decides which jurisdictions a story is about. Each mention of a name is shared among the
 * jurisdictions that bear it in proportion to the evidence for each: the state written after the name,
 * the dateline, how often each state is named, the county and neighbouring places, and state laws cited.
 */
import type { Jurisdiction } from '../dataset/schema';
import { countStateNames, findMentions, type Gazetteer, type Mention } from './gazetteer';
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
): ResolvedJurisdiction[] {
  const whole = `${text.title}\n${text.dateline}\n${text.lead}\n${text.body}`;
  const segments = (['title', 'dateline', 'lead', 'body'] as const).map((segment) => ({
    segment,
    mentions: findMentions(gazetteer, text[segment]),
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
      const candidates = candidatesFor(mention);
      const evidence = candidates.map((c) => prior(c) + stateEvidence(c.state) + localEvidence(c));
      const total = evidence.reduce((a, b) => a + b, 0);
      const specificity = /\s/.test(mention.entry.surface.trim()) ? SPECIFIC : 1;
      candidates.forEach((c, i) => {
        const discount = c.type === 'state' ? STATE_DISCOUNT : 1;
        add(c.id, (WEIGHT[segment] * specificity * typeWeight(c.type) * discount * evidence[i]!) / total, true);
      });
    }
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

/** A mention qualified by a state ("Glendale, Ariz.") belongs only to the candidates in that state. */
function candidatesFor(mention: Mention): Jurisdiction[] {
  const all = mention.entry.candidates;
  if (!mention.qualifiedState) return all;
  const inState = all.filter((c) => c.state === mention.qualifiedState);
  return inState.length > 0 ? inState : all;
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
