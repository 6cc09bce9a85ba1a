/**
 * Reader-facing names for the dataset's enumerations, in the interface's language. Typed as full Records
 * of message keys so that adding a value to the schema fails the typecheck here instead of showing a raw
 * slug to a reader.
 */
import { stateByCode } from '../detect/states';
import type { Jurisdiction } from '../dataset/schema';
import type { Confidence } from '../context/model';
import type {
  DecisionType,
  IsoDate,
  JurisdictionType,
  LawStatusValue,
  RecordKind,
  SourceKind,
} from '../dataset/schema';
import { formatDate } from './date';
import { t, type MessageKey } from '../i18n/translate';

/** The label for `value`, or the value itself when a newer dataset has one this build does not know. */
function labelFor<V extends string>(labels: Record<V, MessageKey>, value: V): string {
  return Object.hasOwn(labels, value) ? t(labels[value]) : value;
}

const DECISION_TYPES: Record<DecisionType, MessageKey> = {
  'detention-contract-started': 'labelDecisionDetentionContractStarted',
  'detention-contract-ended': 'labelDecisionDetentionContractEnded',
  '287g-signed': 'labelDecision287gSigned',
  '287g-ended': 'labelDecision287gEnded',
  'detainer-policy': 'labelDecisionDetainerPolicy',
  ordinance: 'labelDecisionOrdinance',
  resolution: 'labelDecisionResolution',
  'non-sanctuary-declaration': 'labelDecisionNonSanctuary',
  lawsuit: 'labelDecisionLawsuit',
  'federal-action': 'labelDecisionFederalAction',
  'state-law-effective': 'labelDecisionStateLawEffective',
};

const JURISDICTION_TYPES: Record<JurisdictionType, MessageKey> = {
  federal: 'labelPlaceFederal',
  state: 'labelPlaceState',
  territory: 'labelPlaceTerritory',
  county: 'labelPlaceCounty',
  city: 'labelPlaceCity',
  sheriff: 'labelPlaceSheriff',
  police: 'labelPlacePolice',
  'school-district': 'labelPlaceSchoolDistrict',
  'state-agency': 'labelPlaceStateAgency',
};

const LAW_STATUSES: Record<LawStatusValue, MessageKey> = {
  'in-force': 'labelStatusInForce',
  'partly-enjoined': 'labelStatusPartlyEnjoined',
  enjoined: 'labelStatusEnjoined',
  repealed: 'labelStatusRepealed',
  expired: 'labelStatusExpired',
};

const SOURCE_KINDS: Record<SourceKind, MessageKey> = {
  statute: 'labelSourceStatute',
  bill: 'labelSourceBill',
  regulation: 'labelSourceRegulation',
  'executive-order': 'labelSourceExecutiveOrder',
  opinion: 'labelSourceOpinion',
  ordinance: 'labelSourceOrdinance',
  minutes: 'labelSourceMinutes',
  statement: 'labelSourceStatement',
  'agency-list': 'labelSourceAgencyList',
  agreement: 'labelSourceAgreement',
  report: 'labelSourceReport',
  news: 'labelSourceNews',
};

const RECORD_KINDS: Record<RecordKind, MessageKey> = {
  law: 'labelRecordLaw',
  case: 'labelRecordCase',
  jurisdiction: 'labelRecordPlace',
  decision: 'labelRecordDecision',
  source: 'labelRecordSource',
  agreement: 'labelRecordAgreement',
  claim: 'labelRecordClaim',
};

const CONFIDENCE: Record<Confidence, MessageKey> = {
  high: 'labelConfidenceHigh',
  medium: 'labelConfidenceMedium',
  low: 'labelConfidenceLow',
};

/** "detention-contract-ended" → "Detention contract ended". */
export const decisionTypeLabel = (type: DecisionType): string => labelFor(DECISION_TYPES, type);
/** "sheriff" → "Sheriff's office". */
export const jurisdictionTypeLabel = (type: JurisdictionType): string => labelFor(JURISDICTION_TYPES, type);
/** "City · California": a place's kind and its state; a state is just "State". */
export const jurisdictionTypeLine = (type: JurisdictionType, stateName?: string): string =>
  stateName && type !== 'state' ? `${jurisdictionTypeLabel(type)} · ${stateName}` : jurisdictionTypeLabel(type);
/** "partly-enjoined" → "Partly blocked by a court". */
export const lawStatusLabel = (status: LawStatusValue): string => labelFor(LAW_STATUSES, status);
/**
 * "In force (status checked November 26, 2026)": the date is when the status was last verified, not a
 * date in the law's life, so it is worded apart from enacted and effective dates.
 */
export const lawStatusLine = (status: LawStatusValue, asOf: IsoDate): string =>
  t('labelStatusLine', lawStatusLabel(status), formatDate(asOf));
/** "minutes" → "Agenda or minutes". */
export const sourceKindLabel = (kind: SourceKind): string => labelFor(SOURCE_KINDS, kind);
/** "jurisdiction" → "Place": the badge on a lookup result. */
export const recordKindLabel = (kind: RecordKind): string => labelFor(RECORD_KINDS, kind);
/** "high" → "High". */
export const confidenceLabel = (confidence: Confidence): string => labelFor(CONFIDENCE, confidence);

/** "Glendale, California" for places; the state's own name for states. */
export function labelOf(j: Pick<Jurisdiction, 'name' | 'type' | 'state'>): string {
  if (j.type === 'state' || j.type === 'territory' || j.type === 'federal' || !j.state) return j.name;
  return `${j.name}, ${stateByCode(j.state)?.name ?? j.state}`;
}
