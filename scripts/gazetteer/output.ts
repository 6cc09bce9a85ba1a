/** Writing the generated files: one record per line, and the manifest entries and version. */
import type { DatasetManifest } from '../../lib/dataset/schema';

/** A dataset file with one record per line: small, and its diffs show which records changed. */
export function formatDatasetFile(file: Record<string, readonly unknown[]>): string {
  const tables = Object.entries(file).map(([table, records]) =>
    records.length === 0
      ? `${JSON.stringify(table)}: []`
      : `${JSON.stringify(table)}: [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`,
  );
  return `{\n${tables.join(',\n')}\n}\n`;
}

/** The generated files, as the manifest names them. */
export const GENERATED_FILES = ['generated/census', 'generated/ice-287g'] as const;

/** "2026.11.26-4" → "2026.11.26-5". */
export function bumpVersion(version: string): string {
  const m = /^(\d{4}\.\d{2}\.\d{2})-(\d+)$/.exec(version);
  if (!m) throw new Error(`manifest version ${JSON.stringify(version)} is not yyyy.mm.dd-N`);
  return `${m[1]}-${Number(m[2]) + 1}`;
}

/**
 * The manifest with the generated files listed right after the states files (once), and the version
 * bumped when `changed` (a rerun that writes the same bytes leaves the version alone).
 */
export function updateManifest(manifest: DatasetManifest, changed: boolean): DatasetManifest {
  const files = manifest.files.filter((f) => !(GENERATED_FILES as readonly string[]).includes(f));
  let at = files.length;
  for (let i = files.length - 1; i >= 0; i--) {
    if (files[i]!.startsWith('states/')) {
      at = i + 1;
      break;
    }
  }
  files.splice(at, 0, ...GENERATED_FILES);
  const listChanged = files.join('\n') !== manifest.files.join('\n');
  return {
    ...manifest,
    version: changed || listChanged ? bumpVersion(manifest.version) : manifest.version,
    files,
  };
}
