/**
 * Reader-facing names for the dataset's enumerations. Typed as full Records so that adding a value to
 * the schema fails the typecheck here instead of showing a raw slug to a reader.
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

const DECISION_TYPES: Record<DecisionType, string> = {
  'detention-contract-started': 'Detention contract started',
  'detention-contract-ended': 'Detention contract ended',
  '287g-signed': '287(g) agreement signed',
  '287g-ended': '287(g) agreement ended',
  'detainer-policy': 'Detainer policy',
  ordinance: 'Ordinance',
  resolution: 'Resolution',
  'non-sanctuary-declaration': 'Non-sanctuary declaration',
  lawsuit: 'Lawsuit',
  'federal-action': 'Federal action',
  'state-law-effective': 'State law took effect',
};

const JURISDICTION_TYPES: Record<JurisdictionType, string> = {
  federal: 'Federal government',
  state: 'State',
  territory: 'Territory',
  county: 'County',
  city: 'City',
  sheriff: "Sheriff's office",
  police: 'Police department',
  'school-district': 'School district',
  'state-agency': 'State agency',
};

const LAW_STATUSES: Record<LawStatusValue, string> = {
  'in-force': 'In force',
  'partly-enjoined': 'Partly blocked by a court',
  enjoined: 'Blocked by a court',
  repealed: 'Repealed',
  expired: 'Expired',
};

const SOURCE_KINDS: Record<SourceKind, string> = {
  statute: 'Statute',
  bill: 'Bill text',
  regulation: 'Regulation',
  'executive-order': 'Executive order',
  opinion: 'Court opinion',
  ordinance: 'Ordinance',
  minutes: 'Agenda or minutes',
  statement: 'Official statement',
  'agency-list': 'Agency list',
  agreement: 'Agreement',
  report: 'Report',
  news: 'News report',
};

const RECORD_KINDS: Record<RecordKind, string> = {
  law: 'Law',
  case: 'Case',
  jurisdiction: 'Place',
  decision: 'Decision',
  source: 'Source',
  agreement: '287(g)',
  claim: 'Claim',
};

const CONFIDENCE: Record<Confidence, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** "detention-contract-ended" → "Detention contract ended". */
export const decisionTypeLabel = (type: DecisionType): string => DECISION_TYPES[type] ?? type;
/** "sheriff" → "Sheriff's office". */
export const jurisdictionTypeLabel = (type: JurisdictionType): string => JURISDICTION_TYPES[type] ?? type;
/** "City · California": a place's kind and its state; a state is just "State". */
export const jurisdictionTypeLine = (type: JurisdictionType, stateName?: string): string =>
  stateName && type !== 'state' ? `${jurisdictionTypeLabel(type)} · ${stateName}` : jurisdictionTypeLabel(type);
/** "partly-enjoined" → "Partly blocked by a court". */
export const lawStatusLabel = (status: LawStatusValue): string => LAW_STATUSES[status] ?? status;
/**
 * "In force (status checked November 26, 2026)": the date is when the status was last verified, not a
 * date in the law's life, so it is worded apart from enacted and effective dates.
 */
export const lawStatusLine = (status: LawStatusValue, asOf: IsoDate): string =>
  `${lawStatusLabel(status)} (status checked ${formatDate(asOf)})`;
/** "minutes" → "Agenda or minutes". */
export const sourceKindLabel = (kind: SourceKind): string => SOURCE_KINDS[kind] ?? kind;
/** "jurisdiction" → "Place": the badge on a lookup result. */
export const recordKindLabel = (kind: RecordKind): string => RECORD_KINDS[kind] ?? kind;
/** "high" → "High". */
export const confidenceLabel = (confidence: Confidence): string => CONFIDENCE[confidence] ?? confidence;

/** "Glendale, California" for places; the state's own name for states. */
export function labelOf(j: Pick<Jurisdiction, 'name' | 'type' | 'state'>): string {
  if (j.type === 'state' || j.type === 'territory' || j.type === 'federal' || !j.state) return j.name;
  return `${j.name}, ${stateByCode(j.state)?.name ?? j.state}`;
}
