/**
 * View-models: what the sidebar and the toolbar lookup render. Built from a detection result and the
 * dataset by pure functions in lib/context/, so components only lay them out.
 */
import type {
  DecisionType,
  IsoDate,
  Jurisdiction,
  LawStatusValue,
  RecordId,
  RecordKind,
  Source,
} from '../dataset/schema';
import type { CitationFormat } from '../cite/formats';

/** A source as a reader sees it: a link with its publisher and date (the record without its check date). */
export type SourceLink = Omit<Source, 'asOf'>;

/** A sentence with its sources resolved, so every claim's source is one click away. */
export interface SourcedText {
  text: string;
  sources: SourceLink[];
}

/** A key provision of a law: its pinpoint citation ("Gov. Code §7284.6(a)(1)(C)"), what it says, and sources. */
export interface ProvisionView extends SourcedText {
  cite: string;
}

/** A jurisdiction as headings and lists name it. */
export interface JurisdictionSummary extends Pick<Jurisdiction, 'id' | 'name' | 'type' | 'state'> {
  /** "California": the state written out, for readers. */
  stateName?: string;
  /** "Glendale, California" — name plus state, for headings. */
  label: string;
}

export interface LawCard {
  id: RecordId;
  title: string;
  shortTitle: string;
  citation: string;
  status: { value: LawStatusValue; asOf: IsoDate };
  enacted?: IsoDate;
  effective?: IsoDate;
  summary: SourcedText;
  provisions: ProvisionView[];
  exceptions: SourcedText[];
  misstated: SourcedText[];
  primarySource: SourceLink;
  /** Why this law is shown: "cited in the article", "governs California jurisdictions", ... */
  reason: string;
}

export interface TimelineEntry {
  id: RecordId;
  date: IsoDate;
  type: DecisionType;
  headline: SourcedText;
}

export interface DecisionView {
  id: RecordId;
  date: IsoDate;
  type: DecisionType;
  headline: SourcedText;
  facts: SourcedText[];
  jurisdiction: JurisdictionSummary;
}

export type Confidence = 'high' | 'medium' | 'low';

/** One 287(g) agreement as ICE lists it. */
export interface AgreementView {
  id: RecordId;
  agency: string;
  model: string;
  /** "Task Force Model", or "Model not stated in ICE's file name". */
  modelName: string;
  signed?: IsoDate;
  /** The MOA PDF on ice.gov. */
  url: string;
  sources: SourceLink[];
}

/** What a government list says about a jurisdiction, with the list's own criteria. */
export interface ClaimView {
  id: RecordId;
  /** The jurisdiction the claim is about, when it is not the sidebar's own (its state, say). */
  about: string;
  claimant: string;
  title: string;
  date: IsoDate;
  statement: SourcedText;
  criteria: SourcedText;
  withdrawn?: IsoDate;
}

/** A court decision about one of the laws shown. */
export interface CaseView {
  id: RecordId;
  name: string;
  citation: string;
  court: string;
  date: IsoDate;
  holding: SourcedText;
  primarySource: SourceLink;
}

/** A spelling of a law's name or key term as the article writes it ("SB 54", "detainers"), and the card it opens. */
export interface ArticleTerm {
  text: string;
  lawId: RecordId;
}

/** Everything the sidebar shows for one article. */
export interface SidebarModel {
  jurisdiction: JurisdictionSummary;
  /** Other jurisdictions the article mentions, most relevant first. */
  alsoMentioned: JurisdictionSummary[];
  /** The decision the article is most likely about, when the dataset has one. */
  decision?: DecisionView;
  /** The jurisdiction's dated posture, when there is no specific decision or in addition to it. */
  posture?: SourcedText & { asOf: IsoDate };
  confidence: Confidence;
  score: number;
  /** Short lines explaining why the sidebar appeared ("matched: ICE, detainees, city jail"). */
  why: string[];
  laws: LawCard[];
  /** Court decisions about the laws shown. */
  cases: CaseView[];
  timeline: TimelineEntry[];
  /** The jurisdiction's 287(g) agreements (its own, or its sheriff's or police department's). */
  agreements: AgreementView[];
  /** What federal or state lists say about the jurisdiction or its state. */
  claims: ClaimView[];
  /** Every source the sidebar cites, primary first, then newest first. */
  sources: SourceLink[];
  datasetVersion: string;
  datasetAsOf: IsoDate;
  /** What the content script marks in the article's text, each opening its law's card. */
  terms?: ArticleTerm[];
  /** The article in the reader's library, filled by the background when the sidebar is shown. */
  article?: ArticleInLibrary;
}

/** The article the sidebar is shown on, as the reader's library knows it. */
export interface ArticleInLibrary {
  url: string;
  title: string;
  saved: boolean;
  /** When the reader last had the sidebar on this article, if this is a return visit (ISO timestamp). */
  seenBefore?: string;
}

/** One toolbar-lookup hit. */
export interface SearchHit {
  kind: RecordKind;
  id: RecordId;
  title: string;
  /** A second line: citation, state, date or publisher. */
  subtitle: string;
  score: number;
}

/** The detail view for one record in the lookup: its face as a hit (less the score), then the record. */
export interface RecordDetail extends Omit<SearchHit, 'score'> {
  /** The text to copy as a citation. */
  citation: string;
  /** The same citation in every format it has: plain text, Markdown, CSL-JSON, BibTeX. */
  citations?: Partial<Record<CitationFormat, string>>;
  /** Summary or holding or headline, with sources. */
  body: SourcedText[];
  provisions?: ProvisionView[];
  exceptions?: SourcedText[];
  misstated?: SourcedText[];
  sources: SourceLink[];
  /** Records this one links to: laws that apply, decisions under a law, ... */
  related: { label: string; hits: SearchHit[] }[];
}
