/** Phrase matching shared by the lexicon, the gazetteer and law aliases. */

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}]`;

/**
 * Compiles a phrase to a global regular expression: white space matches any run of white space, a
 * trailing `*` any word ending, and the match must start and end on word boundaries (Unicode-aware,
 * so "inmigración" and "Cañada" work).
 */
export function phrasePattern(phrase: string, exactCase = false): RegExp {
  const open = phrase.endsWith('*');
  const core = open ? phrase.slice(0, -1) : phrase;
  const escaped = escapeFlexible(core);
  const tail = open ? `${LETTER_OR_DIGIT}*` : '';
  const startBoundary = /^[\p{L}\p{N}]/u.test(core) ? `(?<!${LETTER_OR_DIGIT})` : '';
  const endBoundary = /[\p{L}\p{N}]$/u.test(core) || open ? `(?!${LETTER_OR_DIGIT})` : '';
  return new RegExp(`${startBoundary}${escaped}${tail}${endBoundary}`, exactCase ? 'gu' : 'giu');
}

/**
 * Escapes a name or phrase for a pattern in which any run of white space matches any other, and a
 * typographic apostrophe matches a straight one, and vice versa.
 */
export function escapeFlexible(text: string): string {
  return text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, String.raw`\s+`)
    .replace(/['’]/g, "['’]");
}

/** Lower case without accents: "Ángeles" and "angeles" compare equal. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Counts the matches of `pattern` (a global RegExp) in `text`. */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** The offset of each match of `pattern` (a global RegExp) in `text`. */
export function matchOffsets(pattern: RegExp, text: string): number[] {
  pattern.lastIndex = 0;
  const offsets: number[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) offsets.push(match.index);
  return offsets;
}

/**
 * A citation alias as a pattern that tolerates how news writes bill numbers: "SB 54", "SB54", "S.B. 54",
 * "Senate Bill 54". Letters and digits keep their order; dots, spaces and hyphens between them are optional.
 */
export function citationPattern(alias: string): RegExp {
  const compact = alias.replace(/[.\s-]+/g, '');
  if (/^[A-Za-z]{1,3}\d+$/.test(compact)) {
    const letters = compact
      .replace(/\d+$/, '')
      .split('')
      .join(String.raw`\.?\s*`);
    const digits = compact.replace(/^[A-Za-z]+/, '');
    return new RegExp(`(?<![\\p{L}\\p{N}])${letters}\\.?[\\s-]*${digits}(?![\\p{L}\\p{N}])`, 'gu');
  }
  return phrasePattern(alias, isAcronym(alias));
}

/** Short all-capital words (ICE, NYPD, GPD) must match their case, or "ice" and "gpd" in prose would. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z.]{1,5}$/.test(text.trim());
}
