/**
 * Random and adversarial input for the robustness properties: prose built from the detector's own
 * vocabulary and place names (so the interesting code paths run), broken up by invisible and
 * direction-changing characters, script-like text, regular-expression syntax and odd Unicode.
 */
import fc from 'fast-check';
import { ENGLISH_TERMS, SPANISH_TERMS } from '../../../lib/detect/lexicon';
import { STATES } from '../../../lib/detect/states';

export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
export const BIDI = ['\u202e', '\u200f', '\u202d', '\u202a', '\u2066', '\u2069', '\u061c'];
export const SCRIPT_LIKE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</textarea><svg onload=alert(1)>',
  'javascript:alert(1)',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\\u003cscript\\u003e',
  '__proto__',
  'constructor',
  'hasOwnProperty',
];
export const REGEX_META = [
  '.*',
  '(?:',
  ')',
  '[',
  ']',
  '\\',
  '^',
  '$',
  '|',
  '+?',
  '{2,}',
  '(?<!',
  '\\p{L}',
  '$&',
  '$1',
  '((((',
  '*',
  '?',
];
/** Characters that have broken text handling elsewhere: NUL, lone surrogates, line separators, ligatures, full-width and mathematical letters. */
export const ODD = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\r\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u00a0',
  '—',
  '–',
  '’',
  'İ',
  'ß',
  'ﬁ',
  'e\u0301',
  'Ⅻ',
  '𝐈𝐂𝐄',
  'ＩＣＥ',
  '🇺🇸',
];

/** The detector's own phrases, English and Spanish, without the trailing wildcard. */
export const LEXICON = [...new Set([...ENGLISH_TERMS, ...SPANISH_TERMS].map((t) => t.phrase.replace(/\*$/, '')))];

export const DATELINES = [
  'GLENDALE, Calif.',
  'Glendale, Ariz.',
  'SAN FRANCISCO (AP)',
  'HOUSTON',
  'CONDADO DE HARRIS',
  '',
];

/** One piece of prose: a lexicon phrase, a place, random text, or something hostile. */
export function token(places: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...LEXICON) },
    { weight: 4, arbitrary: fc.constantFrom(...places, ...STATES.map((s) => s.name), ...STATES.map((s) => s.ap)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...BIDI) },
    { weight: 1, arbitrary: fc.constantFrom(...SCRIPT_LIKE) },
    { weight: 1, arbitrary: fc.constantFrom(...REGEX_META) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  );
}

const SEPARATORS = [' ', ' ', ' ', '  ', '\n\n', ', ', '. ', ' — ', '', ...ZERO_WIDTH, ...BIDI];

/** Text of up to `maxTokens` tokens joined by spaces, punctuation or invisible characters. */
export function prose(places: string[], maxTokens: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(token(places), fc.constantFrom(...SEPARATORS)), { maxLength: maxTokens })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** `text` with invisible, direction-changing or script-like strings inserted at random offsets. */
export function sprinkled(text: string): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...SCRIPT_LIKE, ...REGEX_META, ...ODD),
      ),
      { maxLength: 60 },
    )
    .map((inserts) => {
      let out = text;
      for (const [at, piece] of [...inserts].sort((a, b) => b[0] - a[0]))
        out = out.slice(0, at) + piece + out.slice(at);
      return out;
    });
}

/** A string longer than `minChars` (up to `maxChars`): one token repeated, as a page stuffed with it would be. */
export function huge(places: string[], minChars: number, maxChars: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(token(places), { minLength: 1, maxLength: 6 }).map((parts) => `${parts.join(' ')} `),
      fc.integer({ min: minChars, max: maxChars }),
    )
    .map(([unit, target]) => unit.repeat(Math.ceil(target / Math.max(1, unit.length))).slice(0, target));
}

/** The run count for every property, so the whole robustness suite stays well under a minute. */
export const RUNS = { small: 150, medium: 100, large: 20 } as const;

/**
 * A hang detector, not a performance assertion: records each call's wall time and fails at once if a
 * call on more than `largeChars` of input takes over `largeMs`, or any call over `anyMs`.
 */
export class HangGuard {
  private calls = 0;
  private totalMs = 0;
  constructor(private readonly limits = { largeChars: 100_000, largeMs: 2_000, anyMs: 5_000, averageMs: 250 }) {}

  time<T>(inputChars: number, work: () => T): T {
    const start = performance.now();
    const result = work();
    const ms = performance.now() - start;
    this.calls++;
    this.totalMs += ms;
    if (inputChars > this.limits.largeChars && ms > this.limits.largeMs)
      throw new Error(`a call on ${inputChars} characters took ${Math.round(ms)} ms (limit ${this.limits.largeMs})`);
    if (ms > this.limits.anyMs) throw new Error(`a call took ${Math.round(ms)} ms (limit ${this.limits.anyMs})`);
    return result;
  }

  /** Wall time per call, averaged over every call so far. */
  get averageMs(): number {
    return this.calls === 0 ? 0 : this.totalMs / this.calls;
  }

  get averageLimitMs(): number {
    return this.limits.averageMs;
  }
}
