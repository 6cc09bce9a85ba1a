/**
 * Checks the dataset's invariants: unique ids, references that resolve, every fact sourced, ISO dates,
 * https URLs, no orphaned sources. Used by the unit tests and by the loader before anything is written.
 */
import { JURISDICTION_TYPES, type Dataset, type Fact, type RecordId } from './schema';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an absolute https URL. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Returns every problem found, each naming the record and field; an empty list means the dataset is sound. */
export function validateDataset(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = new Map<RecordId, string>();
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const jurisdictionIds = new Set(dataset.jurisdictions.map((j) => j.id));
  const lawIds = new Set(dataset.laws.map((l) => l.id));
  const referencedSources = new Set<RecordId>();

  const tables = {
    sources: dataset.sources,
    jurisdictions: dataset.jurisdictions,
    laws: dataset.laws,
    cases: dataset.cases,
    decisions: dataset.decisions,
    agreements: dataset.agreements,
    claims: dataset.claims,
  } as const;
  for (const [table, records] of Object.entries(tables)) {
    if (!Array.isArray(records)) {
      problems.push(`${table}: not a list`);
      continue;
    }
    for (const record of records as { id?: unknown; asOf?: unknown }[]) {
      const id = record.id;
      if (typeof id !== 'string' || !SLUG.test(id)) {
        problems.push(`${table}: id ${JSON.stringify(id)} is not a lower-case slug`);
        continue;
      }
      const seen = ids.get(id);
      if (seen) problems.push(`${id}: id used twice (${seen} and ${table})`);
      ids.set(id, table);
      if (!isIsoDate(record.asOf)) problems.push(`${id}.asOf: ${JSON.stringify(record.asOf)} is not an ISO date`);
    }
  }

  const date = (owner: string, field: string, value: unknown, required: boolean) => {
    if (value === undefined && !required) return;
    if (!isIsoDate(value)) problems.push(`${owner}.${field}: ${JSON.stringify(value)} is not an ISO date`);
  };
  const sourced = (owner: string, field: string, sources: unknown) => {
    if (!Array.isArray(sources) || sources.length === 0) {
      problems.push(`${owner}.${field}: has no source`);
      return;
    }
    for (const id of sources as unknown[]) {
      if (typeof id !== 'string' || !sourceIds.has(id))
        problems.push(`${owner}.${field}: unknown source ${JSON.stringify(id)}`);
      else referencedSources.add(id);
    }
  };
  const fact = (owner: string, field: string, value: Fact | undefined) => {
    if (!value || typeof value.text !== 'string' || value.text.trim() === '') {
      problems.push(`${owner}.${field}: missing text`);
      return;
    }
    sourced(owner, field, value.sources);
  };
  // A translation is optional; when present it is a summary and nothing else, so a misspelt key shows.
  const spanish = (owner: string, field: string, value: unknown) => {
    if (value === undefined) return;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${owner}.${field}: not an object with a Spanish summary`);
      return;
    }
    const { summary, ...extra } = value as Record<string, unknown>;
    if (typeof summary !== 'string' || summary.trim() === '') problems.push(`${owner}.${field}.summary: missing text`);
    for (const key of Object.keys(extra)) problems.push(`${owner}.${field}: unknown field ${JSON.stringify(key)}`);
  };
  const ref = (owner: string, field: string, id: unknown, known: Set<RecordId>) => {
    if (typeof id !== 'string' || !known.has(id))
      problems.push(`${owner}.${field}: unknown reference ${JSON.stringify(id)}`);
  };

  if (typeof dataset.manifest?.version !== 'string' || dataset.manifest.version === '')
    problems.push('manifest.version: missing');
  date('manifest', 'asOf', dataset.manifest?.asOf, true);

  for (const s of dataset.sources) {
    if (!isHttpsUrl(s.url)) problems.push(`${s.id}.url: ${JSON.stringify(s.url)} is not an https URL`);
    if (!s.title?.trim()) problems.push(`${s.id}.title: missing`);
    if (!s.publisher?.trim()) problems.push(`${s.id}.publisher: missing`);
    if (typeof s.primary !== 'boolean') problems.push(`${s.id}.primary: not true or false`);
    date(s.id, 'date', s.date, false);
  }

  for (const j of dataset.jurisdictions) {
    if (!j.name?.trim()) problems.push(`${j.id}.name: missing`);
    if (!(JURISDICTION_TYPES as readonly string[]).includes(j.type))
      problems.push(`${j.id}.type: unknown type ${JSON.stringify(j.type)}`);
    if (j.type !== 'federal' && !/^[A-Z]{2}$/.test(j.state ?? ''))
      problems.push(`${j.id}.state: not a two-letter code`);
    if (j.parent !== undefined) ref(j.id, 'parent', j.parent, jurisdictionIds);
    if (!Array.isArray(j.aliases)) problems.push(`${j.id}.aliases: not a list`);
    if (j.sources !== undefined) sourced(j.id, 'sources', j.sources);
    if (j.posture) {
      if (!j.posture.summary?.trim()) problems.push(`${j.id}.posture: missing summary`);
      if (j.posture.stance !== undefined && !['limits', 'requires', 'mixed', 'none'].includes(j.posture.stance)) {
        problems.push(
          `${j.id}.posture.stance: ${JSON.stringify(j.posture.stance)} is not limits, requires, mixed or none`,
        );
      }
      spanish(j.id, 'posture.es', j.posture.es);
      sourced(j.id, 'posture', j.posture.sources);
      date(j.id, 'posture.asOf', j.posture.asOf, true);
    }
  }

  for (const l of dataset.laws) {
    ref(l.id, 'jurisdiction', l.jurisdiction, jurisdictionIds);
    ref(l.id, 'primarySource', l.primarySource, sourceIds);
    if (sourceIds.has(l.primarySource)) {
      referencedSources.add(l.primarySource);
      if (!dataset.sources.find((s) => s.id === l.primarySource)?.primary) {
        problems.push(`${l.id}.primarySource: ${l.primarySource} is not marked primary`);
      }
    }
    if (!l.citation?.trim()) problems.push(`${l.id}.citation: missing`);
    date(l.id, 'enacted', l.enacted, false);
    date(l.id, 'effective', l.effective, false);
    date(l.id, 'status.asOf', l.status?.asOf, true);
    sourced(l.id, 'status', l.status?.sources);
    fact(l.id, 'summary', l.summary);
    spanish(l.id, 'es', l.es);
    l.provisions.forEach((p, i) => {
      if (!p.cite?.trim() || !p.text?.trim()) problems.push(`${l.id}.provisions[${i}]: missing cite or text`);
      sourced(l.id, `provisions[${i}]`, p.sources);
    });
    l.exceptions.forEach((f, i) => fact(l.id, `exceptions[${i}]`, f));
    l.misstated.forEach((f, i) => fact(l.id, `misstated[${i}]`, f));
    sourced(l.id, 'sources', l.sources);
  }

  for (const c of dataset.cases) {
    date(c.id, 'date', c.date, true);
    fact(c.id, 'holding', c.holding);
    ref(c.id, 'primarySource', c.primarySource, sourceIds);
    if (sourceIds.has(c.primarySource)) referencedSources.add(c.primarySource);
    c.laws.forEach((id, i) => ref(c.id, `laws[${i}]`, id, lawIds));
  }

  for (const d of dataset.decisions) {
    ref(d.id, 'jurisdiction', d.jurisdiction, jurisdictionIds);
    (d.involves ?? []).forEach((id, i) => ref(d.id, `involves[${i}]`, id, jurisdictionIds));
    date(d.id, 'date', d.date, true);
    fact(d.id, 'headline', d.headline);
    d.facts.forEach((f, i) => fact(d.id, `facts[${i}]`, f));
    d.laws.forEach((id, i) => ref(d.id, `laws[${i}]`, id, lawIds));
    sourced(d.id, 'sources', d.sources);
  }

  for (const a of dataset.agreements) {
    ref(a.id, 'jurisdiction', a.jurisdiction, jurisdictionIds);
    if (!a.agency?.trim()) problems.push(`${a.id}.agency: missing`);
    if (!/^[A-Z]{2}$/.test(a.state ?? '')) problems.push(`${a.id}.state: not a two-letter code`);
    if (!['JEM', 'TFM', 'WSO', 'TFM+WSO', ''].includes(a.model))
      problems.push(`${a.id}.model: ${JSON.stringify(a.model)} is not a 287(g) model`);
    if (!isHttpsUrl(a.url)) problems.push(`${a.id}.url: ${JSON.stringify(a.url)} is not an https URL`);
    date(a.id, 'signed', a.signed, false);
    sourced(a.id, 'sources', a.sources);
  }

  for (const c of dataset.claims) {
    ref(c.id, 'jurisdiction', c.jurisdiction, jurisdictionIds);
    if (!c.claimant?.trim() || !c.title?.trim()) problems.push(`${c.id}: missing claimant or title`);
    date(c.id, 'date', c.date, true);
    date(c.id, 'withdrawn', c.withdrawn, false);
    fact(c.id, 'statement', c.statement);
    fact(c.id, 'criteria', c.criteria);
  }

  for (const s of dataset.sources) {
    if (!referencedSources.has(s.id)) problems.push(`${s.id}: source is not cited by any record`);
  }
  return problems;
}
