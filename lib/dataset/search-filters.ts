/**
 * How the lookup can be narrowed. Plain types and one constant with no imports, so the popup can offer
 * the filters without bundling the search index.
 */
import type { RecordKind } from './schema';

/**
 * Narrows a lookup: only these kinds of record, only records about this state (a two-letter code, or
 * {@link FEDERAL} for records of the federal government). Absent or empty means no narrowing.
 */
export interface SearchFilters {
  kinds?: readonly RecordKind[];
  state?: string;
}

/** The pseudo-state of records that belong to no state: federal laws, cases under them, federal sources. */
export const FEDERAL = 'federal';
