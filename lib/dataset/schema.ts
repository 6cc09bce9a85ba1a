/**
 * The dataset's shape. Every record is plain JSON shipped in public/dataset/ and checked by
 * validateDataset() (lib/dataset/validate.ts) in the unit tests and before every load.
 */

/** An ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;
/** A stable, readable slug such as `us-ca-glendale` or `law-ca-sb54-2017`. */
export type RecordId = string;

/** One sentence shown to a reader, with the ids of the sources that support it. */
export interface Fact {
  text: string;
  sources: RecordId[];
}

export type SourceKind =
  | 'statute'
  | 'bill'
  | 'regulation'
  | 'executive-order'
  | 'opinion'
  | 'ordinance'
  | 'minutes'
  | 'statement'
  | 'agency-list'
  | 'agreement'
  | 'report'
  | 'news';

/** A document a fact rests on. Primary sources are the text of the law, order, record or statement itself. */
export interface Source {
  id: RecordId;
  title: string;
  publisher: string;
  kind: SourceKind;
  /** Publication, signing or decision date, when the document states one. */
  date?: IsoDate;
  url: string;
  primary: boolean;
  /** When this record was last checked. */
  asOf: IsoDate;
}

export const JURISDICTION_TYPES = [
  'federal',
  'state',
  'territory',
  'county',
  'city',
  'sheriff',
  'police',
  'school-district',
  'state-agency',
] as const;
export type JurisdictionType = (typeof JURISDICTION_TYPES)[number];

/**
 * Where a state's law leaves local cooperation with federal immigration enforcement: limited by state
 * law, required by it, both in parts, or no statewide rule either way.
 */
export type Stance = 'limits' | 'requires' | 'mixed' | 'none';

/**
 * A Spanish translation of a record's English summary, for readers who use Footnote in Spanish. It says
 * the same thing as the English, with the same sources; names and citations stay as written.
 */
export interface SpanishText {
  summary: string;
}

/** A dated, sourced description of where a jurisdiction stands. */
export interface Posture {
  /** For states: the one-word stance the summary explains. */
  stance?: Stance;
  summary: string;
  /** The summary in Spanish. */
  es?: SpanishText;
  sources: RecordId[];
  asOf: IsoDate;
}

export interface Jurisdiction {
  id: RecordId;
  name: string;
  type: JurisdictionType;
  /** Two-letter USPS code; absent only for the federal government. */
  state?: string;
  /** The enclosing jurisdiction: a police department's city, a city's county or state. */
  parent?: RecordId;
  /** Names news text uses for it, beyond `name` ("City of Glendale", "Glendale PD"). */
  aliases: string[];
  /** The county it lies in, for telling same-named places apart. */
  county?: string;
  /** Places often mentioned with it (neighbours, landmarks), for disambiguation. */
  nearby?: string[];
  population?: number;
  posture?: Posture;
  /** Where the record itself comes from (the Census gazetteer, ICE's list), when no fact cites it. */
  sources?: RecordId[];
  asOf: IsoDate;
}

export type LawKind = 'statute' | 'regulation' | 'executive-order' | 'ordinance' | 'directive';
export type LawStatusValue = 'in-force' | 'partly-enjoined' | 'enjoined' | 'repealed' | 'expired';

export interface LawStatus {
  value: LawStatusValue;
  /** The date on which `value` was known to be true. */
  asOf: IsoDate;
  sources: RecordId[];
}

/** One provision, with a pinpoint citation such as "Gov. Code §7284.6(a)(1)(C)". */
export interface Provision {
  cite: string;
  text: string;
  sources: RecordId[];
}

/** Topics tie laws to the vocabulary detection finds in an article. */
export type Topic =
  | '287g'
  | 'detainer'
  | 'information-sharing'
  | 'detention-contract'
  | 'sanctuary-policy'
  | 'courthouse-arrests'
  | 'ice-access'
  | 'federal-funding'
  | 'litigation';

export interface Law {
  id: RecordId;
  /** The jurisdiction that made it (`us`, `us-ca`, `us-ca-san-francisco`). */
  jurisdiction: RecordId;
  kind: LawKind;
  title: string;
  /** The name readers know it by, e.g. "SB 54". */
  shortTitle: string;
  /** Other names news text uses ("Senate Bill 54", "California Values Act"). */
  aliases: string[];
  citation: string;
  enacted?: IsoDate;
  effective?: IsoDate;
  status: LawStatus;
  summary: Fact;
  /** The summary in Spanish (same sources as `summary`). */
  es?: SpanishText;
  provisions: Provision[];
  exceptions: Fact[];
  misstated: Fact[];
  topics: Topic[];
  /** The source holding the law's own text. */
  primarySource: RecordId;
  sources: RecordId[];
  asOf: IsoDate;
}

export interface Case {
  id: RecordId;
  name: string;
  citation: string;
  court: string;
  date: IsoDate;
  holding: Fact;
  laws: RecordId[];
  primarySource: RecordId;
  asOf: IsoDate;
}

export type DecisionType =
  | 'detention-contract-started'
  | 'detention-contract-ended'
  | '287g-signed'
  | '287g-ended'
  | 'detainer-policy'
  | 'ordinance'
  | 'resolution'
  | 'non-sanctuary-declaration'
  | 'lawsuit'
  | 'federal-action'
  | 'state-law-effective';

/** Something a jurisdiction did on a date. */
export interface Decision {
  id: RecordId;
  jurisdiction: RecordId;
  /** Other jurisdictions the decision involves (the police department that ran the jail). */
  involves?: RecordId[];
  date: IsoDate;
  type: DecisionType;
  /** What was decided, in one neutral sentence. */
  headline: Fact;
  facts: Fact[];
  laws: RecordId[];
  sources: RecordId[];
  asOf: IsoDate;
}

/** One 287(g) memorandum of agreement, as ICE lists it: agency, model, signing date, MOA link. */
export interface Agreement287g {
  id: RecordId;
  /** The agency's name as ICE lists it. */
  agency: string;
  /** The jurisdiction record for the agency (a sheriff's office, police department, state agency...). */
  jurisdiction: RecordId;
  state: string;
  /** Jail Enforcement, Task Force or Warrant Service Officer; blank when ICE's file name names none. */
  model: 'JEM' | 'TFM' | 'WSO' | 'TFM+WSO' | '';
  /** The date in ICE's file name, when it can be read with certainty. */
  signed?: IsoDate;
  /** The MOA PDF on ice.gov. */
  url: string;
  /** ICE's participating-agencies list this record was read from. */
  sources: RecordId[];
  asOf: IsoDate;
}

/**
 * What someone else says about a jurisdiction: a federal or state list naming it, with the list's own
 * criteria. Recorded as a dated, sourced claim, never as a label of ours.
 */
export interface Claim {
  id: RecordId;
  jurisdiction: RecordId;
  /** Who makes the claim: "U.S. Department of Justice". */
  claimant: string;
  /** The list or statement's name: "Sanctuary jurisdiction list". */
  title: string;
  date: IsoDate;
  /** What the claim says about this jurisdiction. */
  statement: Fact;
  /** The criteria the claimant says it applied. */
  criteria: Fact;
  /** When the claimant withdrew the list, if it did. */
  withdrawn?: IsoDate;
  asOf: IsoDate;
}

/** The tables a dataset file may contribute to. */
export const DATASET_TABLE_NAMES = [
  'sources',
  'jurisdictions',
  'laws',
  'cases',
  'decisions',
  'agreements',
  'claims',
] as const;
export type DatasetTableName = (typeof DATASET_TABLE_NAMES)[number];

/**
 * One file of the dataset: any subset of the tables. Files are split by subject (federal, one state,
 * the 287(g) list) so each can be reviewed on its own; ids are unique across all of them.
 */
export type DatasetFile = Partial<Pick<Dataset, DatasetTableName>>;

export interface DatasetManifest {
  /** Bumped on every change to the data; a change makes the background reload it. */
  version: string;
  asOf: IsoDate;
  /** The dataset's files, relative to public/dataset/ and without ".json" ("states/ca"). */
  files: string[];
}

/** The whole dataset in memory, as the background, the CLI and the tests hold it. */
export interface Dataset {
  manifest: DatasetManifest;
  sources: Source[];
  jurisdictions: Jurisdiction[];
  laws: Law[];
  cases: Case[];
  decisions: Decision[];
  agreements: Agreement287g[];
  claims: Claim[];
}

/** The kinds of record a search result or a saved item can point at. */
/** Every kind of record in the dataset. */
export const RECORD_KINDS = ['law', 'case', 'jurisdiction', 'decision', 'source', 'agreement', 'claim'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
