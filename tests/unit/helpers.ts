/** Shared test helpers: the bundled dataset, read once, and fresh copies to break on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFromFolder } from '../../lib/cli/file-dataset';
import { readHtml } from '../../lib/cli/html';
import { DatasetIndex } from '../../lib/dataset/dataset-index';
import type { Dataset } from '../../lib/dataset/schema';
import type { ExtractedArticle } from '../../lib/detect/article';

export const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

let cached: Promise<Dataset> | undefined;

/** The project's bundled dataset (validated on read). */
export function bundledDataset(): Promise<Dataset> {
  cached ??= loadDatasetFromFolder();
  return cached;
}

let cachedIndex: Promise<DatasetIndex> | undefined;

/** The bundled dataset with its cross-references, built once. */
export function bundledIndex(): Promise<DatasetIndex> {
  cachedIndex ??= bundledDataset().then((d) => new DatasetIndex(d));
  return cachedIndex;
}

/** A deep copy to mutate without touching the cached dataset. */
export async function datasetCopy(): Promise<Dataset> {
  return structuredClone(await bundledDataset());
}

/** Reads a fixture page through the gate and extraction; fails the test if the gate rejects it. */
export function articleFromFixture(file: string): ExtractedArticle {
  const reading = readHtml(readFileSync(join(PAGES, file), 'utf8'), `https://news.example/${file}`);
  if (!reading.pass) throw new Error(`${file} did not pass the gate: ${reading.reason}`);
  return reading.article;
}

export interface ExpectedLabel {
  relevant: boolean;
  language: string;
  jurisdictions: string[];
  laws: string[];
  note: string;
}

/** The labels recorded beside the fixture pages. */
export function expectedLabels(): Record<string, ExpectedLabel> {
  return JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as Record<string, ExpectedLabel>;
}

/** An extracted article for tests, empty but for what `over` sets. */
export const article = (over: Partial<ExtractedArticle> = {}): ExtractedArticle => ({
  url: 'https://news.example/story',
  title: '',
  description: '',
  dateline: '',
  publisher: 'News Example',
  published: '2025-06-10',
  lang: 'en',
  text: '',
  ...over,
});
