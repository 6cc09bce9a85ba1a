/**
 * Weighs an article's vocabulary: how strongly it speaks of immigration enforcement and of a government
 * deciding something, which law topics it touches, and which trap phrases argue against it.
 */
import type { Topic } from '../dataset/schema';
import type { Language } from './detection';
import {
  ENGLISH_MARKERS,
  ENGLISH_TERMS,
  SPANISH_MARKERS,
  SPANISH_TERMS,
  type Term,
  type TermCategory,
} from './lexicon';
import { countMatches, phrasePattern } from './match';

export interface CompiledTerm extends Term {
  pattern: RegExp;
}

export interface VocabularyScore {
  enforcement: number;
  /** Enforcement weight from terms that are about immigration in themselves. */
  core: number;
  decision: number;
  trap: number;
  /** Enforcement weight found in the title, description and lead alone. */
  leadEnforcement: number;
  topics: Set<Topic>;
  /** Labels of the matched terms, strongest first, per category. */
  matched: Record<TermCategory, string[]>;
}

/** Compiles a lexicon once; the result is reused for every article. */
export function compileTerms(terms: Term[]): CompiledTerm[] {
  return terms.map((term) => ({ ...term, pattern: phrasePattern(term.phrase, term.exactCase) }));
}

const COMPILED = { en: compileTerms(ENGLISH_TERMS), es: compileTerms(SPANISH_TERMS) } as const;

/** The terms for a language; Spanish pages are also read with the English list, since they quote English names (ICE, 287(g)). */
export function termsFor(language: Language): CompiledTerm[] {
  return language === 'es'
    ? [...COMPILED.es, ...COMPILED.en.filter((t) => t.exactCase || /\d/.test(t.phrase))]
    : COMPILED.en;
}

/**
 * Each distinct term counts its weight once, plus a little for repetition (log-scaled), so a story
 * that says "ICE" twenty times does not outscore one with a broad, specific vocabulary.
 */
export function scoreVocabulary(lead: string, body: string, language: Language): VocabularyScore {
  const score: VocabularyScore = {
    enforcement: 0,
    core: 0,
    decision: 0,
    trap: 0,
    leadEnforcement: 0,
    topics: new Set(),
    matched: { enforcement: [], decision: [], trap: [] },
  };
  const strength: Record<TermCategory, { label: string; value: number }[]> = {
    enforcement: [],
    decision: [],
    trap: [],
  };
  for (const term of termsFor(language)) {
    const inLead = countMatches(term.pattern, lead);
    const total = inLead + countMatches(term.pattern, body);
    if (total === 0) continue;
    const value = term.weight * (1 + Math.log2(total) * 0.25);
    score[term.category] += value;
    if (term.category === 'enforcement' && term.core !== false) score.core += value;
    if (term.category === 'enforcement' && inLead > 0) score.leadEnforcement += term.weight;
    for (const topic of term.topics ?? []) score.topics.add(topic);
    const label = term.label ?? term.phrase.replace(/\*$/, '');
    const list = strength[term.category];
    const existing = list.find((entry) => entry.label.toLowerCase() === label.toLowerCase());
    if (existing) existing.value = Math.max(existing.value, value);
    else list.push({ label, value });
  }
  for (const category of Object.keys(strength) as TermCategory[]) {
    score.matched[category] = strength[category].sort((a, b) => b.value - a.value).map((entry) => entry.label);
  }
  return score;
}

/** The article's language: the page's declaration when it names en or es, else a count of common words. */
export function detectLanguage(declared: string, text: string): Language {
  if (declared === 'es') return 'es';
  if (declared === 'en') return 'en';
  const sample = text.slice(0, 4000).toLowerCase();
  const count = (markers: string[]) =>
    markers.reduce((n, word) => n + countMatches(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'), sample), 0);
  return count(SPANISH_MARKERS) > count(ENGLISH_MARKERS) * 1.2 ? 'es' : 'en';
}
