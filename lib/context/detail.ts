/** Builds the lookup's detail view for one record, with the records it links to. */
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Decision, RecordId, RecordKind } from '../dataset/schema';
import { formatCitation } from '../cite/format';
import { citationFormats } from '../cite/export';
import { formatDate } from '../format/date';
import { labelOf, lawStatusLine } from '../format/labels';
import { orderSources } from '../format/sources';
import {
  agreementFace,
  caseFace,
  claimFace,
  decisionFace,
  faceOf,
  jurisdictionFace,
  lawFace,
  sourceFace,
  type HitFace,
} from './hits';
import type { RecordDetail, SearchHit } from './model';
import { SourceResolver } from './resolve-sources';
import { agreementView } from './sidebar';
import { lawSummary, postureSummary } from './localized';
import { t } from '../i18n/translate';

/** The detail view, with the record's citation in every format, or undefined when there is no such record. */
export function recordDetail(data: DatasetIndex, kind: RecordKind, id: string): RecordDetail | undefined {
  const detail = detailOf(data, kind, id);
  return detail && { ...detail, citations: citationFormats(data, kind, id) };
}

function detailOf(data: DatasetIndex, kind: RecordKind, id: string): RecordDetail | undefined {
  const sources = new SourceResolver(data.sources);
  const hit = (face: HitFace): SearchHit => ({ ...face, score: 0 });
  const decisionHit = (d: Decision) => hit(decisionFace(d, data.jurisdictions));
  const lawHits = (ids: readonly RecordId[]) => present(ids.map((x) => data.laws.get(x))).map((l) => hit(lawFace(l)));
  const jurisdictionHits = (ids: readonly RecordId[]) =>
    present(ids.map((x) => data.jurisdictions.get(x))).map((j) => hit(jurisdictionFace(j)));
  const citation = formatCitation(data, kind, id);

  switch (kind) {
    case 'law': {
      const law = data.laws.get(id);
      if (!law) return undefined;
      const all = [law.summary, ...law.exceptions, ...law.misstated];
      return {
        kind,
        id,
        title: law.title,
        subtitle: `${law.citation} · ${lawStatusLine(law.status.value, law.status.asOf)}`,
        citation,
        body: [sources.text(lawSummary(law))],
        provisions: law.provisions.map((p) => ({ cite: p.cite, text: p.text, sources: sources.links(p.sources) })),
        exceptions: law.exceptions.map((f) => sources.text(f)),
        misstated: law.misstated.map((f) => sources.text(f)),
        sources: orderSources(sources.links([law.primarySource, ...law.sources, ...all.flatMap((f) => f.sources)])),
        related: groups(
          [
            t('contextRelatedDecisionsUnderLaw'),
            newestFirst(data.decisionsUnderLaw.get(law.id) ?? []).map(decisionHit),
          ],
          [t('contextRelatedCourtDecisions'), (data.casesUnderLaw.get(law.id) ?? []).map((c) => hit(caseFace(c)))],
          [t('contextRelatedMadeBy'), jurisdictionHits([law.jurisdiction])],
        ),
      };
    }
    case 'jurisdiction': {
      const j = data.jurisdictions.get(id);
      if (!j) return undefined;
      const chain = data.ancestry(j);
      const family = data.family(j);
      const decisions = newestFirst([...new Set(family.flatMap((x) => data.decisionsOf.get(x.id) ?? []))]);
      const agreements = family.flatMap((x) => data.agreementsOf.get(x.id) ?? []);
      const claims = data.claimsAbout.get(j.id) ?? [];
      const body = j.posture ? [sources.text(postureSummary(j.posture))] : [];
      return {
        kind,
        id,
        title: labelOf(j),
        subtitle: j.posture ? t('contextPostureAsOf', formatDate(j.posture.asOf)) : jurisdictionFace(j).subtitle,
        citation,
        body,
        sources: orderSources([
          ...body.flatMap((b) => b.sources),
          ...decisions.flatMap((d) => sources.links(d.sources)),
          ...sources.links(j.sources ?? []),
        ]),
        related: groups(
          [t('contextRelatedDecisions'), decisions.map(decisionHit)],
          [t('contextRelatedAgreements'), agreements.map((a) => hit(agreementFace(a)))],
          [t('contextRelatedClaims'), claims.map((c) => hit(claimFace(c, data.jurisdictions)))],
          [t('contextRelatedLawsHere'), chain.flatMap((x) => data.lawsOf.get(x.id) ?? []).map((l) => hit(lawFace(l)))],
          [
            t('contextRelatedFamily'),
            jurisdictionHits([...(j.parent ? [j.parent] : []), ...family.slice(1).map((x) => x.id)]),
          ],
        ),
      };
    }
    case 'decision': {
      const d = data.decisions.get(id);
      if (!d) return undefined;
      return {
        kind,
        id,
        title: d.headline.text,
        subtitle: decisionFace(d, data.jurisdictions).subtitle,
        citation,
        body: [sources.text(d.headline), ...d.facts.map((f) => sources.text(f))],
        sources: orderSources(sources.links([...d.sources, ...d.facts.flatMap((f) => f.sources)])),
        related: groups(
          [t('contextRelatedLaws'), lawHits(d.laws)],
          [t('contextRelatedJurisdictions'), jurisdictionHits([d.jurisdiction, ...(d.involves ?? [])])],
        ),
      };
    }
    case 'case': {
      const c = data.cases.get(id);
      if (!c) return undefined;
      return {
        kind,
        id,
        title: c.name,
        subtitle: `${caseFace(c).subtitle} · ${formatDate(c.date)}`,
        citation,
        body: [sources.text(c.holding)],
        sources: orderSources(sources.links([c.primarySource, ...c.holding.sources])),
        related: groups([t('contextRelatedLaws'), lawHits(c.laws)]),
      };
    }
    case 'agreement': {
      const a = data.agreements.get(id);
      if (!a) return undefined;
      const view = agreementView(a, sources);
      const signed = a.signed ? t('contextSignedFromFileName', formatDate(a.signed)) : t('contextSigningDateNotGiven');
      return {
        kind,
        id,
        title: t('contextAgreementTitle', a.agency),
        subtitle: agreementFace(a).subtitle,
        citation,
        body: [
          {
            text: t('contextAgreementBody', view.modelName, signed, formatDate(a.asOf)),
            sources: view.sources,
          },
        ],
        sources: orderSources([
          {
            id: `${a.id}-moa`,
            title: t('contextMemorandum', a.agency),
            publisher: 'U.S. Immigration and Customs Enforcement',
            kind: 'agreement',
            url: a.url,
            primary: true,
          },
          ...view.sources,
        ]),
        related: groups(
          [t('contextRelatedAgency'), jurisdictionHits([a.jurisdiction])],
          [t('contextRelatedLaw'), lawHits(['law-us-287g'])],
        ),
      };
    }
    case 'claim': {
      const c = data.claims.get(id);
      if (!c) return undefined;
      const withdrawn = c.withdrawn ? ` · ${t('contextWithdrawn', formatDate(c.withdrawn))}` : '';
      return {
        kind,
        id,
        title: `${c.claimant}: ${c.title}`,
        subtitle: `${claimFace(c, data.jurisdictions).subtitle}${withdrawn}`,
        citation,
        body: [sources.text(c.statement), sources.text(c.criteria)],
        sources: orderSources(sources.links([...c.statement.sources, ...c.criteria.sources])),
        related: groups([t('contextRelatedAbout'), jurisdictionHits([c.jurisdiction])]),
      };
    }
    case 'source': {
      const s = data.sources.get(id);
      if (!s) return undefined;
      const citedBy = (data.citedBy.get(s.id) ?? []).map((ref) => faceOf(data, ref)).filter((f): f is HitFace => !!f);
      return {
        kind,
        id,
        title: s.title,
        subtitle: `${sourceFace(s).subtitle}${s.primary ? ` · ${t('contextPrimarySource')}` : ''}`,
        citation,
        body: [],
        sources: sources.links([s.id]),
        related: groups([t('contextRelatedCitedBy'), citedBy.map(hit)]),
      };
    }
  }
}

/** Related-record groups in the order given, leaving out empty ones. */
function groups(...entries: [label: string, hits: SearchHit[]][]): RecordDetail['related'] {
  return entries.filter(([, hits]) => hits.length > 0).map(([label, hits]) => ({ label, hits }));
}

function newestFirst<T extends { date: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date));
}

function present<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}
