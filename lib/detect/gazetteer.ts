/**
 * Finds jurisdiction names in text. Built once from the dataset's jurisdictions (thousands of places,
 * counties and agencies) and the table of state names. Names are indexed by their first word, so a
 * scan costs one map lookup per word of the article rather than one regular expression per name. A
 * name shared by several jurisdictions ("Glendale") keeps all of them as candidates; the resolver
 * decides between them on the surrounding evidence.
 */
import type { Jurisdiction } from '../dataset/schema';
import { isAcronym } from './match';
import { STATES, type StateName } from './states';

export interface NameEntry {
  surface: string;
  /** Sticky pattern, tried only where the name's first word stands. */
  pattern: RegExp;
  candidates: Jurisdiction[];
  /** Acronyms (NYPD) match only as written; other names need a capital first letter. */
  exactCase: boolean;
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
  /** Names by the lower-cased first word. */
  byFirstWord: Map<string, NameEntry[]>;
  /** Patterns for each state's full and Spanish names. */
  states: { state: StateName; pattern: RegExp }[];
  /** Matches a state written right after a place name: ", Calif." / ", California" / " (Ariz.)". */
  qualifier: RegExp;
  qualifierStates: Map<string, string>;
}

/** Surface forms too generic to count as a mention on their own. */
const GENERIC = new Set(['city', 'county', 'state', 'the city', 'the county', 'police', 'sheriff']);
const WORD = /[\p{L}\p{N}]+/gu;

/** Builds the gazetteer from the dataset's jurisdictions. */
export function buildGazetteer(jurisdictions: Jurisdiction[]): Gazetteer {
  const bySurface = new Map<string, { surface: string; candidates: Jurisdiction[] }>();
  for (const j of jurisdictions) {
    if (j.type === 'federal') continue;
    for (const surface of new Set([j.name, ...j.aliases])) {
      const trimmed = surface.trim();
      if (GENERIC.has(trimmed.toLowerCase()) || trimmed.length < 2) continue;
      const key = isAcronym(trimmed) ? trimmed : trimmed.toLowerCase();
      const entry = bySurface.get(key) ?? { surface: trimmed, candidates: [] };
      if (!entry.candidates.includes(j)) entry.candidates.push(j);
      bySurface.set(key, entry);
    }
  }

  const qualifierStates = new Map<string, string>();
  for (const s of STATES) {
    // Case matters: "Glendale, in a statement" must not read as Indiana. Datelines are often all caps.
    for (const form of [s.name, s.ap, s.spanish, s.code, s.name.toUpperCase(), s.ap.toUpperCase()]) {
      qualifierStates.set(form, s.code);
    }
  }
  const forms = [...qualifierStates.keys()].sort((a, b) => b.length - a.length).map(escapeFlexible);
  const qualifier = new RegExp(String.raw`^(?:,\s*|\s+\()(${forms.join('|')})(?![\p{L}])`, 'u');

  const byFirstWord = new Map<string, NameEntry[]>();
  for (const { surface, candidates } of bySurface.values()) {
    const first = surface.match(/[\p{L}\p{N}]+/u)?.[0]?.toLowerCase();
    if (!first) continue;
    const exactCase = isAcronym(surface);
    // "Miami" must not match inside "Miami-Dade": a hyphen followed by a letter continues the name.
    const tail = /[\p{L}\p{N}]$/u.test(surface) ? '(?![\\p{L}\\p{N}]|-\\p{L})' : '';
    const entry: NameEntry = {
      surface,
      candidates,
      exactCase,
      pattern: new RegExp(`${escapeFlexible(surface)}${tail}`, exactCase ? 'uy' : 'iuy'),
    };
    const comma = surface.indexOf(',');
    const implied = comma > 0 ? qualifier.exec(surface.slice(comma)) : null;
    const impliedState = implied?.[1] ? qualifierStates.get(normalizeSpace(implied[1])) : undefined;
    if (impliedState) entry.impliedState = impliedState;
    const list = byFirstWord.get(first) ?? [];
    list.push(entry);
    byFirstWord.set(first, list);
  }
  // Longest names first, so "Glendale Police Department" is tried before "Glendale".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);

  const states = STATES.map((state) => ({
    state,
    pattern: new RegExp(
      [...new Set([state.name, state.spanish])].map((f) => `(?<![\\p{L}])${escapeFlexible(f)}(?![\\p{L}])`).join('|'),
      'gu',
    ),
  }));
  return { byFirstWord, states, qualifier, qualifierStates };
}

/**
 * Every jurisdiction-name mention in `text`, the longest name winning where names overlap, each with
 * the state written right after it, if any. Names must start with a capital letter (or be written all
 * in capitals), so "mobile phone" is not Mobile, Alabama.
 */
export function findMentions(gazetteer: Gazetteer, text: string): Mention[] {
  const mentions: Mention[] = [];
  let reach = 0;
  WORD.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = WORD.exec(text)) !== null) {
    const start = word.index;
    if (start < reach) continue;
    const entries = gazetteer.byFirstWord.get(word[0].toLowerCase());
    if (!entries || !isCapitalized(word[0])) continue;
    for (const entry of entries) {
      entry.pattern.lastIndex = start;
      const match = entry.pattern.exec(text);
      if (!match) continue;
      const end = start + match[0].length;
      const after = gazetteer.qualifier.exec(text.slice(end, end + 40));
      const code =
        entry.impliedState ?? (after?.[1] ? gazetteer.qualifierStates.get(normalizeSpace(after[1])) : undefined);
      mentions.push(code ? { start, end, entry, qualifiedState: code } : { start, end, entry });
      reach = end;
      WORD.lastIndex = end;
      break;
    }
  }
  return mentions;
}

/** How often each state is named in `text` (full or Spanish name), keyed by code. */
export function countStateNames(gazetteer: Gazetteer, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { state, pattern } of gazetteer.states) {
    pattern.lastIndex = 0;
    let n = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const before = text.slice(Math.max(0, match.index - 6), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      // "West Virginia" is not Virginia; "Washington, D.C." and "New York City" are not the states.
      if (state.code === 'VA' && /west\s+$/i.test(before)) continue;
      if (state.code === 'WA' && /^,?\s*D\.?\s?C\b/.test(after)) continue;
      if (state.code === 'NY' && /^\s+City\b/.test(after)) continue;
      n++;
    }
    if (n > 0) counts.set(state.code, n);
  }
  return counts;
}

function isCapitalized(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() || /\d/.test(first);
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Escapes a name for a pattern in which any run of white space matches and both apostrophes are alike. */
function escapeFlexible(text: string): string {
  return text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, String.raw`\s+`)
    .replace(/['’]/g, "['’]");
}
