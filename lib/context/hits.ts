/**
 * How each kind of record reads as one line of the lookup: a title and a second line. The search results
 * and a detail view's related records use the same faces, so a record looks the same in both.
 */
import type { DatasetIndex, RecordRef } from '../dataset/dataset-index';
import type { Agreement287g, Case, Claim, Decision, Jurisdiction, Law, Source } from '../dataset/schema';
import { stateByCode } from '../detect/states';
import { formatDate } from '../format/date';
import { jurisdictionTypeLine, labelOf } from '../format/labels';
import type { SearchHit } from './model';
import { t } from '../i18n/translate';

/** A hit without its score: what a record shows in a list. */
export type HitFace = Omit<SearchHit, 'score'>;

const face = (kind: HitFace['kind'], id: string, title: string, ...details: (string | undefined)[]): HitFace => ({
  kind,
  id,
  title,
  subtitle: details.filter(Boolean).join(' · '),
});

/** "California": the state written out, or undefined for the federal government. */
export const stateNameOf = (j: Pick<Jurisdiction, 'state'>): string | undefined =>
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

/** "287(g): Harris County Sheriff's Office" over "Task Force Model · signed March 3, 2025 · Texas". */
export const agreementFace = (a: Agreement287g): HitFace =>
  face(
    'agreement',
    a.id,
    `287(g): ${a.agency}`,
    a.model || t('contextModelNotStated'),
    a.signed && t('contextSigned', formatDate(a.signed)),
    stateByCode(a.state)?.name ?? a.state,
  );

/** "U.S. Department of Justice: …list" over "August 5, 2025 · Chicago, Illinois". */
export const claimFace = (c: Claim, byId: ReadonlyMap<string, Jurisdiction>): HitFace => {
  const j = byId.get(c.jurisdiction);
  return face('claim', c.id, `${c.claimant}: ${c.title}`, formatDate(c.date), j && labelOf(j));
};

/** The face of any record a reference points at. */
export function faceOf(data: DatasetIndex, ref: RecordRef): HitFace | undefined {
  switch (ref.kind) {
    case 'law': {
      const r = data.laws.get(ref.id);
      return r && lawFace(r);
    }
    case 'case': {
      const r = data.cases.get(ref.id);
      return r && caseFace(r);
    }
    case 'decision': {
      const r = data.decisions.get(ref.id);
      return r && decisionFace(r, data.jurisdictions);
    }
    case 'jurisdiction': {
      const r = data.jurisdictions.get(ref.id);
      return r && jurisdictionFace(r);
    }
    case 'source': {
      const r = data.sources.get(ref.id);
      return r && sourceFace(r);
    }
    case 'agreement': {
      const r = data.agreements.get(ref.id);
      return r && agreementFace(r);
    }
    case 'claim': {
      const r = data.claims.get(ref.id);
      return r && claimFace(r, data.jurisdictions);
    }
  }
}
