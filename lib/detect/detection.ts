import type { JurisdictionType } from '../dataset/schema';

export type Language = 'en' | 'es';

export interface DetectedJurisdiction {
  id: string;
  name: string;
  type: JurisdictionType;
  state?: string;
  /** Relative weight of the evidence; higher is more likely what the story is about. */
  score: number;
}

export interface DetectedLaw {
  id: string;
  title: string;
  citation: string;
  /** How the law came in: cited by name in the text, or as governing the jurisdiction. */
  reason: 'cited' | 'governs' | 'invoked';
}

/** The result of classifying one article, in the shape the CLI prints. */
export interface DetectionResult {
  relevant: boolean;
  /** 0..1: how sure the classifier is that this is a story about a local immigration-enforcement decision. */
  score: number;
  language: Language;
  jurisdictions: DetectedJurisdiction[];
  laws: DetectedLaw[];
  /** Short human-readable lines: the terms matched and the place evidence. */
  why: string[];
}
