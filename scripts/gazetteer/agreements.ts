/** ICE's 287(g) agreements CSV → Agreement287g records. */
import type { Agreement287g } from '../../lib/dataset/schema';
import { parseCsv } from './csv';
import { slugify } from './names';

/** One row of agreements-2026-06-07.csv: one MOA PDF. */
export interface AgreementRow {
  state: string;
  agency: string;
  agencyType: string;
  model: Agreement287g['model'];
  /** yyyy-mm-dd, or '' when the file name gives no certain date. */
  signed: string;
  url: string;
}

const MODELS = new Set(['JEM', 'TFM', 'WSO', 'TFM+WSO', '']);

/** Reads the agreements CSV; throws on a model, date or URL the schema would reject. */
export function readAgreementRows(text: string): AgreementRow[] {
  return parseCsv(text, ['state', 'agency', 'agency_type', 'model', 'signed', 'moa_url']).map((r, i) => {
    const where = `agreements row ${i + 2}`;
    if (!MODELS.has(r.model!)) throw new Error(`${where}: unknown model ${JSON.stringify(r.model)}`);
    if (r.signed !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(r.signed!)) throw new Error(`${where}: bad date ${r.signed}`);
    if (!r.moa_url!.startsWith('https://')) throw new Error(`${where}: not an https URL: ${r.moa_url}`);
    if (!/^[A-Z]{2}$/.test(r.state!)) throw new Error(`${where}: bad state ${JSON.stringify(r.state)}`);
    return {
      state: r.state!,
      agency: r.agency!,
      agencyType: r.agency_type!,
      model: r.model as Agreement287g['model'],
      signed: r.signed!,
      url: r.moa_url!,
    };
  });
}

/** `g287-<state>-<slug of agency>-<model or "unspecified">-<signed or "undated">`. */
export function agreementId(row: Pick<AgreementRow, 'state' | 'agency' | 'model' | 'signed'>): string {
  return [
    'g287',
    row.state.toLowerCase(),
    slugify(row.agency),
    row.model ? slugify(row.model) : 'unspecified',
    row.signed || 'undated',
  ].join('-');
}

/** Makes ids unique in order of appearance: the second "x" becomes "x-2", the third "x-3". */
export function dedupeIds(ids: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

export const ICE_AS_OF = '2026-06-07';
export const SRC_ICE_LIST = 'src-ice-287g-list-2026-06-07';
export const SRC_ICE_ARCHIVE = 'src-deportationdata-ice-287g-2026-06-07';

/** The agreement records, each pointing at its agency's jurisdiction id. */
export function agreementRecords(
  rows: readonly AgreementRow[],
  jurisdictionOf: (row: AgreementRow) => string,
  taken: ReadonlySet<string> = new Set(),
): Agreement287g[] {
  const ids = dedupeIds(
    rows.map((r) => agreementId(r)),
    taken,
  );
  return rows.map((row, i) => ({
    id: ids[i]!,
    agency: row.agency,
    jurisdiction: jurisdictionOf(row),
    state: row.state,
    model: row.model,
    ...(row.signed ? { signed: row.signed } : {}),
    url: row.url,
    sources: [SRC_ICE_LIST, SRC_ICE_ARCHIVE],
    asOf: ICE_AS_OF,
  }));
}
