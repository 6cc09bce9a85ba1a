/**
 * Finds jurisdiction names in text. Built once from the dataset's jurisdictions and the table of state
 * names; a name shared by several jurisdictions ("Glendale") keeps all of them as candidates, and the
 * resolver decides between them on the surrounding evidence.
 */
import type { Jurisdiction } from '../dataset/schema';
import { isAcronym, phrasePattern } from './match';
import { STATES, type StateName } from './states';

export interface NameEntry {
  surface: string;
  pattern: RegExp;
  candidates: Jurisdiction[];
  /** The state the name itself carries ("Glendale, Calif."), if any. */
  impliedState?: string;
}

export interface Mention {
  start: number;
  end: number;
  entry: NameEntry;
  /** The state written right after the name ("Glendale, Calif."), when there is one. */
  qualifiedState?: string;
}

export interface Gazetteer {
  names: NameEntry[];
  /** Patterns for each state's full, Spanish and AP names. */
  states: { state: StateName; pattern: RegExp }[];
  /** Matches a state written right after a place name: ", Calif." / ", California" / " (Ariz.)". */
  qualifier: RegExp;
  qualifierStates: Map<string, string>;
}

/** Surface forms too generic to count as a mention on their own. */
const GENERIC = new Set(['city', 'county', 'state', 'the city', 'the county', 'police', 'sheriff']);

/** Builds the gazetteer from the dataset's jurisdictions. */
export function buildGazetteer(jurisdictions: Jurisdiction[]): Gazetteer {
  const bySurface = new Map<string, { surface: string; candidates: Jurisdiction[] }>();
  for (const j of jurisdictions) {
    if (j.type === 'federal') continue;
    for (const surface of new Set([j.name, ...j.aliases])) {
      const key = isAcronym(surface) ? surface : surface.toLowerCase();
      if (GENERIC.has(surface.toLowerCase()) || surface.trim().length < 2) continue;
      const entry = bySurface.get(key) ?? { surface, candidates: [] };
      if (!entry.candidates.includes(j)) entry.candidates.push(j);
      bySurface.set(key, entry);
    }
  }
  const qualifierStates = new Map<string, string>();
  for (const s of STATES) {
    // Case matters: "Glendale, in a statement" must not read as Indiana. Datelines are often all caps.
    for (const form of [s.name, s.ap, s.spanish, s.code, s.name.toUpperCase(), s.ap.toUpperCase()])
      qualifierStates.set(form, s.code);
  }
  const forms = [...qualifierStates.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`));
  const qualifier = new RegExp(String.raw`^(?:,\s*|\s+\()(${forms.join('|')})(?![\p{L}])`, 'u');

  const names: NameEntry[] = [...bySurface.values()].map(({ surface, candidates }) => {
    const comma = surface.indexOf(',');
    const implied = comma > 0 ? qualifier.exec(surface.slice(comma)) : null;
    const impliedState = implied?.[1] ? qualifierStates.get(implied[1].replace(/\s+/g, ' ')) : undefined;
    const entry: NameEntry = { surface, candidates, pattern: phrasePattern(surface, isAcronym(surface)) };
    if (impliedState) entry.impliedState = impliedState;
    return entry;
  });

  const states = STATES.map((state) => ({
    state,
    pattern: new RegExp(
      [state.name, state.spanish]
        .filter((v, i, all) => all.indexOf(v) === i)
        .map((f) => phrasePattern(f).source)
        .join('|'),
      'giu',
    ),
  }));
  return { names, states, qualifier, qualifierStates };
}

/**
 * Every jurisdiction-name mention in `text`, longest first where names overlap ("Glendale Police
 * Department" wins over "Glendale"), each with the state written right after it, if any.
 */
export function findMentions(gazetteer: Gazetteer, text: string): Mention[] {
  const found: Mention[] = [];
  for (const entry of gazetteer.names) {
    entry.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = entry.pattern.exec(text)) !== null) {
      found.push({ start: match.index, end: match.index + match[0].length, entry });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  let reach = -1;
  for (const mention of found) {
    if (mention.start < reach) continue;
    const after = gazetteer.qualifier.exec(text.slice(mention.end, mention.end + 40));
    const code =
      mention.entry.impliedState ??
      (after?.[1] ? gazetteer.qualifierStates.get(after[1].replace(/\s+/g, ' ')) : undefined);
    kept.push(code ? { ...mention, qualifiedState: code } : mention);
    reach = mention.end;
  }
  return kept;
}

/** How often each state is named in `text` (full or Spanish name), keyed by code. */
export function countStateNames(gazetteer: Gazetteer, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { state, pattern } of gazetteer.states) {
    pattern.lastIndex = 0;
    let n = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      // "West Virginia" must not count as Virginia, nor "New Mexico City" style overlaps as the state.
      if (state.code === 'VA' && /west\s+$/i.test(text.slice(Math.max(0, match.index - 5), match.index))) continue;
      n++;
    }
    if (n > 0) counts.set(state.code, n);
  }
  return counts;
}
