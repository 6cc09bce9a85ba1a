/**
 * Builds the generated dataset files from the shared Census and ICE 287(g) data. Run by hand when that data
 * changes; the project never reads ../shared at run time or in its tests:
 *
 *   npx tsx scripts/build-gazetteer.ts [--shared ../shared] [--dry-run]      (or: npm run data:gazetteer)
 *
 * Reads  <shared>/data/census/counties-2021.csv, places-2021.csv, <shared>/data/ice-287g/agreements-2026-06-07.csv
 *        and the hand-written files listed in public/dataset/manifest.json (all but the generated ones),
 * writes public/dataset/generated/census.json and generated/ice-287g.json (one record per line), lists
 *        them in the manifest after the states files and bumps its version when anything changed,
 * prints the agency resolution statistics and every agency left without a parent. --dry-run writes nothing.
 *
 * ID CONVENTION (hand-written records follow it too):
 *   slug      lower-case ASCII, accents stripped ("Doña Ana" → "dona-ana"), every run of other characters
 *             one "-" ("St. Louis" → "st-louis", "Sheriff's" → "sheriff-s").
 *   state     us-xx                                   us-tx, us-gu, us-mp
 *   county    us-xx-<slug>-county                     us-tx-harris-county
 *             other county equivalents keep their suffix: us-la-acadia-parish, us-ak-juneau-city-and-borough,
 *             us-ak-bethel-census-area, us-ak-anchorage-municipality
 *   place     us-xx-<slug of short name>              us-tx-houston
 *             when places of one state share the slug, the incorporated place keeps it and towns/townships
 *             append their type (us-ct-groton is the city, us-ct-groton-town the town); towns of one type
 *             that still collide append their county FIPS code (us-nj-washington-township-027).
 *   independent city (VA, Baltimore, St. Louis, Carson City): one record, type "city", named as the city,
 *             us-va-richmond, or us-va-richmond-city if another place took the slug.
 *   sheriff   <county id>-sheriff                     us-tx-harris-county-sheriff
 *   police    <place id>-pd (a county's own police: <county id>-pd)    us-tx-houston-pd
 *   other     us-xx-<slug of agency name>             us-tx-texas-national-guard
 *   agreement g287-<xx>-<slug of agency>-<model or "unspecified">-<signed or "undated">
 *   A hand-written record for the same entity is reused, not duplicated (us-ca-san-francisco is also the
 *   county of San Francisco, us-dc the District's county equivalent, us-ny-new-york-city the place "New York").
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { DatasetFile, DatasetManifest } from '../lib/dataset/schema';
import { buildGenerated, type ResolutionStats } from './gazetteer/build';
import { formatDatasetFile, GENERATED_FILES, updateManifest } from './gazetteer/output';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = join(ROOT, 'public', 'dataset');

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function printStats(stats: ResolutionStats, out: (line: string) => void): void {
  const resolved = stats.agencies - stats.byLevel.none;
  const pct = (n: number) => `${((100 * n) / stats.agencies).toFixed(1)}%`;
  out(
    `agreements: ${stats.agreements}; counties: ${stats.counties}; places written: ${stats.places} (${stats.placesBelowFloor} below 10,000, as 287(g) parents)`,
  );
  out(`agencies (state + cleaned name): ${stats.agencies}; jurisdictions: ${stats.jurisdictions}`);
  out(
    `resolved: ${resolved} (${pct(resolved)}) — county ${stats.byLevel.county}, city ${stats.byLevel.city}, state ${stats.byLevel.state}; unresolved ${stats.byLevel.none} (${pct(stats.byLevel.none)})`,
  );
  out(
    `by method: ${Object.entries(stats.byMethod)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out(`census entities standing as hand-written records: ${stats.censusReused.join('; ') || 'none'}`);
  if (stats.reused.length > 0) out(`hand-written agency records reused: ${stats.reused.join(', ')}`);
  for (const m of stats.merged) out(`one body, several ICE names: ${m.id} ← ${m.names.join(' | ')}`);
  out(`unresolved (${stats.unresolved.length}):`);
  for (const u of stats.unresolved) out(`  ${u.state}  ${u.name}  → ${u.id}: ${u.problem}`);
}

async function main(args: string[]): Promise<void> {
  const shared = resolve(ROOT, argument(args, '--shared') ?? '../shared');
  const manifest = JSON.parse(await readFile(join(DATASET, 'manifest.json'), 'utf8')) as DatasetManifest;
  const generated = GENERATED_FILES as readonly string[];
  const handWritten = await Promise.all(
    manifest.files
      .filter((f) => !generated.includes(f))
      .map(async (f) => JSON.parse(await readFile(join(DATASET, `${f}.json`), 'utf8')) as DatasetFile),
  );
  const output = buildGenerated({
    countiesCsv: await readFile(join(shared, 'data/census/counties-2021.csv'), 'utf8'),
    placesCsv: await readFile(join(shared, 'data/census/places-2021.csv'), 'utf8'),
    agreementsCsv: await readFile(join(shared, 'data/ice-287g/agreements-2026-06-07.csv'), 'utf8'),
    handWritten,
  });

  const texts: [string, string][] = [
    ['generated/census', formatDatasetFile(output.census)],
    ['generated/ice-287g', formatDatasetFile(output.ice)],
  ];
  const dryRun = args.includes('--dry-run');
  let changed = false;
  if (!dryRun) await mkdir(join(DATASET, 'generated'), { recursive: true });
  for (const [name, text] of texts) {
    const path = join(DATASET, `${name}.json`);
    if ((await readIfExists(path)) === text) continue;
    changed = true;
    if (!dryRun) await writeFile(path, text);
  }
  const next = updateManifest(manifest, changed);
  if (!dryRun && JSON.stringify(next) !== JSON.stringify(manifest))
    await writeFile(join(DATASET, 'manifest.json'), `${JSON.stringify(next, null, 2)}\n`);

  const out = (line: string) => console.log(line);
  for (const [name, text] of texts) {
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    out(
      `${name}.json: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip -9${changed ? '' : ' (unchanged)'}`,
    );
  }
  out(`manifest version: ${next.version}`);
  printStats(output.stats, out);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`build-gazetteer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
