/**
 * How each kind of record reads as one line of the lookup: a title and a second line. The search results
 * and a detail view's related records use the same faces, so a record looks the same in both.
 */
import type { Case, Decision, Jurisdiction, Law, Source } from '../dataset/schema';
import { labelOf } from '../detect/engine';
import { stateByCode } from '../detect/states';
import { formatDate } from '../format/date';
import { jurisdictionTypeLine } from '../format/labels';
import type { SearchHit } from './model';

/** A hit without its score: what a record shows in a list. */
export type HitFace = Omit<SearchHit, 'score'>;

const face = (kind: HitFace['kind'], id: string, title: string, ...details: (string | undefined)[]): HitFace => ({
  kind,
  id,
  title,
  subtitle: details.filter(Boolean).join(' · '),
});

/** "California": the state written out, or undefined for the federal government. */
export const stateNameOf = (j: Jurisdiction): string | undefined =>
  j.state ? (stateByCode(j.state)?.name ?? j.state) : undefined;

/** Title and citation. */
export const lawFace = (law: Law): HitFace => face('law', law.id, law.title, law.citation);

/** "Glendale, California" over "City · California". */
export const jurisdictionFace = (j: Jurisdiction): HitFace =>
  face('jurisdiction', j.id, labelOf(j), jurisdictionTypeLine(j.type, stateNameOf(j)));

/** Headline over "June 8, 2025 · Glendale, California"; `byId` names the jurisdiction. */
export const decisionFace = (d: Decision, byId: ReadonlyMap<string, Jurisdiction>): HitFace => {
  const j = byId.get(d.jurisdiction);
  return face('decision', d.id, d.headline.text, formatDate(d.date), j && labelOf(j));
};

/** Name over citation and court. */
export const caseFace = (c: Case): HitFace => face('case', c.id, c.name, c.citation, c.court);

/** Title over publisher and date. */
export const sourceFace = (s: Source): HitFace =>
  face('source', s.id, s.title, s.publisher, s.date && formatDate(s.date));
