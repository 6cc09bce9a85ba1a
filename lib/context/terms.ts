/**
 * The words an article uses for the laws its sidebar shows ("SB 54", "Senate Bill 54", "287(g)",
 * "detainers", "sanctuary"), as it writes them, each with the card it opens. The content script marks
 * these in the page; finding them here keeps the alias patterns in the background.
 */
import type { Law, Topic } from '../dataset/schema';
import type { LawPatterns } from '../detect/link';
import { phrasePattern } from '../detect/match';
import type { ArticleTerm, LawCard } from './model';

/**
 * Key terms that are not a law's name but point to one: the first card shown on that topic opens.
 * `federalFirst`: a detainer or a 287(g) agreement is a federal instrument, so its federal rule comes
 * before a state law that also limits it; "sanctuary" is a state or local policy word.
 */
const KEY_TERMS: { pattern: RegExp; topic: Topic; federalFirst: boolean }[] = [
  { pattern: phrasePattern('detainer*'), topic: 'detainer', federalFirst: true },
  { pattern: phrasePattern('287(g)'), topic: '287g', federalFirst: true },
  { pattern: phrasePattern('sanctuar*'), topic: 'sanctuary-policy', federalFirst: false },
  { pattern: phrasePattern('santuario*'), topic: 'sanctuary-policy', federalFirst: false },
];

/** More distinct spellings than this is a page stuffed with names; the first ones are enough. */
const MAX_TERMS = 40;
const MAX_TERM_CHARS = 80;

/**
 * The distinct spellings in `text` of the shown laws' names and of the key terms, each with the id of
 * the card it opens. A law's own name wins over a key term (the first law listed wins a shared name).
 */
export function articleTerms(
  text: string,
  cards: readonly LawCard[],
  patterns: readonly LawPatterns[],
  laws: ReadonlyMap<string, Law>,
): ArticleTerm[] {
  const found = new Map<string, string>();
  const collect = (pattern: RegExp, lawId: string) => {
    for (const match of text.matchAll(pattern)) {
      const spelling = match[0];
      if (found.size >= MAX_TERMS) return;
      if (spelling.length <= MAX_TERM_CHARS && !found.has(spelling)) found.set(spelling, lawId);
    }
  };
  const byLaw = new Map(patterns.map((p) => [p.law.id, p]));
  for (const card of cards) {
    const compiled = byLaw.get(card.id);
    // Bare names (bill numbers) count here: the law is already shown, so its state is in play.
    for (const pattern of [...(compiled?.named ?? []), ...(compiled?.bare ?? [])]) collect(pattern, card.id);
  }
  for (const { pattern, topic, federalFirst } of KEY_TERMS) {
    const onTopic = cards.filter((card) => laws.get(card.id)?.topics.includes(topic));
    const preferred = onTopic.find((card) => (laws.get(card.id)?.jurisdiction === 'us') === federalFirst);
    const card = preferred ?? onTopic[0];
    if (card) collect(pattern, card.id);
  }
  return [...found].map(([text, lawId]) => ({ text, lawId }));
}
