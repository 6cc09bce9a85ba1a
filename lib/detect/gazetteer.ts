/**
 * Finds jurisdiction names in text. Built once from the dataset's jurisdictions (thousands of places,
 * counties and agencies) and the table of state names. Names are indexed by their first word, so a
 * scan costs one map lookup per word of the article rather than one regular expression per name. A
 * name shared by several jurisdictions ("Glendale") keeps all of them as candidates; the resolver
 * decides between them on the surrounding evidence.
 */
import type { Jurisdiction } from '../dataset/schema';
import { escapeFlexible, foldAccents, isAcronym } from './match';
import { STATES, type StateName } from './states';

export interface NameEntry {
  surface: string;
  /** Sticky pattern, tried only where the name's first word stands; compiled on first use. */
  pattern?: RegExp;
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
  /** Names by the lower-cased, accent-free first word. */
  byFirstWord: Map<string, NameEntry[]>;
  /** Every name by its lower-cased, accent-free form, for names built from Spanish word order. */
  bySurface: Map<string, NameEntry>;
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
  const entriesBySurface = new Map<string, NameEntry>();
  for (const { surface, candidates } of bySurface.values()) {
    const first = foldAccents(surface.match(/[\p{L}\p{N}]+/u)?.[0] ?? '');
    if (!first) continue;
    const entry: NameEntry = { surface, candidates, exactCase: isAcronym(surface) };
    const comma = surface.indexOf(',');
    const implied = comma > 0 ? qualifier.exec(surface.slice(comma)) : null;
    const impliedState = implied?.[1] ? qualifierStates.get(normalizeSpace(implied[1])) : undefined;
    if (impliedState) entry.impliedState = impliedState;
    entriesBySurface.set(foldAccents(surface), entry);
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
  return { byFirstWord, bySurface: entriesBySurface, states, qualifier, qualifierStates };
}

/**
 * Every jurisdiction-name mention in `text`, the longest name winning where names overlap, each with
 * the state written right after it, if any. Names must start with a capital letter (or be written all
 * in capitals), so "mobile phone" is not Mobile, Alabama.
 */
export function findMentions(gazetteer: Gazetteer, text: string, people: ReadonlySet<string> = new Set()): Mention[] {
  const mentions: Mention[] = [];
  let reach = 0;
  WORD.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = WORD.exec(text)) !== null) {
    const start = word.index;
    if (start < reach) continue;
    const spanish = spanishName(gazetteer, text, start, word[0]);
    if (spanish) {
      mentions.push(spanish);
      reach = spanish.end;
      WORD.lastIndex = spanish.end;
      continue;
    }
    const entries = gazetteer.byFirstWord.get(foldAccents(word[0]));
    if (!entries || !isCapitalized(word[0])) continue;
    for (const entry of entries) {
      // A one-word place name right after another capitalized name is a person's surname: "Sheriff Keybo
      // Taylor" is not Taylor, Michigan, and "Eric Adams" is not Adams Township.
      if (!/\s/.test(entry.surface) && (followsName(text, start) || people.has(foldAccents(entry.surface)))) continue;
      const pattern = (entry.pattern ??= namePattern(entry));
      pattern.lastIndex = start;
      const match = pattern.exec(text);
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

/** The sticky pattern for a name. Thousands of names are never met, so this runs only when one is. */
function namePattern(entry: NameEntry): RegExp {
  // "Miami" must not match inside "Miami-Dade": a hyphen followed by a letter continues the name.
  const tail = /[\p{L}\p{N}]$/u.test(entry.surface) ? '(?![\\p{L}\\p{N}]|-\\p{L})' : '';
  return new RegExp(`${accentTolerant(escapeFlexible(entry.surface))}${tail}`, entry.exactCase ? 'uy' : 'iuy');
}

const ACCENTS: Record<string, string> = { a: 'aáàâä', e: 'eéèêë', i: 'iíìîï', o: 'oóòôö', u: 'uúùûü', n: 'nñ' };

/** "Los Angeles" also matches "Los Ángeles", and "San Jose" matches "San José". */
function accentTolerant(pattern: string): string {
  return pattern.replace(
    /[aeioun]/gi,
    (c) => `[${ACCENTS[c.toLowerCase()]}${ACCENTS[c.toLowerCase()]!.toUpperCase()}]`,
  );
}

/** Words that may stand capitalized before a place name without being a first name. */
const NOT_A_FIRST_NAME = new Set(
  'in the of at to from for and or on by near with as a an el la los las en de del desde y o al downtown north south east west new port fort mount saint san santa lake city county greater metro'.split(
    ' ',
  ),
);

const HONORIFICS =
  'mayor|governor|gov|sheriff|judge|justice|senator|sen|rep|representative|president|commissioner|councilmember|chief|attorney|alcalde|alcaldesa|gobernador|gobernadora|alguacil|juez|jueza|senador|senadora|presidente|presidenta|comisionado|concejal';
const PERSON = new RegExp(
  String.raw`\b(?:${HONORIFICS.split('|')
    .flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1)])
    .join('|')})\.?\s+(?:\p{Lu}[\p{Ll}'’-]+\.?\s+){0,2}?(\p{Lu}[\p{Ll}'’-]+)\b(?!\s+\p{Lu})`,
  'gu',
);

/**
 * Surnames the text gives people with a title: "Mayor Eric Adams", "Sheriff Taylor". Once a name is a person's,
 * its bare uses later ("the order Adams signed") are the person too, not a town elsewhere.
 */
export function peopleIn(text: string): Set<string> {
  const people = new Set<string>();
  PERSON.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PERSON.exec(text)) !== null) {
    if (match[1]) people.add(foldAccents(match[1]));
  }
  return people;
}

/** True when the word before `start` is a capitalized word that is not a place word: probably a first name. */
function followsName(text: string, start: number): boolean {
  const before = /([\p{L}'’.-]+)(\s+)$/u.exec(text.slice(Math.max(0, start - 30), start));
  // A line break between them means a new block (a byline, a caption), not a full name.
  if (!before?.[1] || !before[2] || /\n/.test(before[2])) return false;
  const previous = before[1];
  return /^\p{Lu}\p{Ll}+$/u.test(previous) && !NOT_A_FIRST_NAME.has(previous.toLowerCase());
}

/**
 * Spanish news names counties, sheriffs and police departments in its own word order: "condado de
 * Harris", "el alguacil del condado de Bexar", "la policía de Houston". Reads them at `start` and returns
 * the mention of the English-named record, if the dataset has one.
 */
function spanishName(gazetteer: Gazetteer, text: string, start: number, word: string): Mention | undefined {
  const lead = foldAccents(word);
  if (!SPANISH_LEADS.has(lead)) return undefined;
  SPANISH_FORM.lastIndex = start;
  const match = SPANISH_FORM.exec(text);
  const groups = match?.groups;
  const name = groups?.sname ?? groups?.name ?? groups?.pname ?? groups?.cname;
  if (!match || !groups || !name) return undefined;
  // The name may run into the next capitalized words ("condado de Harris Ed González"): try the
  // longest run first, one word less each time.
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    const forms = groups.sheriff
      ? [`${candidate} County Sheriff's Office`, `${candidate} Sheriff's Office`]
      : groups.police
        ? [`${candidate} Police Department`]
        : groups.cname
          ? [CITY_EXONYMS[foldAccents(candidate)] ?? candidate]
          : [`${candidate} County`, `${candidate} Parish`];
    const entry = forms.map((f) => gazetteer.bySurface.get(foldAccents(f))).find((e) => e !== undefined);
    if (entry) {
      const end = match.index + match[0].length - (name.length - candidate.length);
      return { start, end, entry };
    }
  }
  return undefined;
}

const SPANISH_LEADS = new Set(['condado', 'alguacil', 'sheriff', 'oficina', 'departamento', 'policia', 'ciudad']);
// At most eight words: no place is named in more than six, and the pattern runs case-insensitively (so
// \p{Lu} also matches lower case) — unbounded, "condado condado …" made each lead word read, and
// spanishName re-join, the rest of the text.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}.'’-]*){0,7}`;
const SPANISH_FORM = new RegExp(
  [
    String.raw`(?:oficina\s+del\s+)?(?<sheriff>alguacil|sheriff)\s+del?\s+(?:condado\s+(?:de\s+)?)?(?<sname>${NAME})`,
    String.raw`condado\s+(?:de\s+)?(?<name>${NAME})`,
    String.raw`(?:departamento\s+de\s+)?(?<police>polic[ií]a)\s+de\s+(?<pname>${NAME})`,
    String.raw`ciudad\s+de\s+(?<cname>${NAME})`,
  ].join('|'),
  'iuy',
);
/** Spanish names of U.S. cities that differ from the English ones beyond accents. */
const CITY_EXONYMS: Record<string, string> = {
  'nueva york': 'New York City',
  filadelfia: 'Philadelphia',
  'nueva orleans': 'New Orleans',
};

function isCapitalized(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() || /\d/.test(first);
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}
