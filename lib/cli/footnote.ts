/**
 * The command-line tool: the same engine as the extension, over saved HTML files.
 *   detect FILE.html...   one JSON object per file, one per line
 *   lookup "QUERY"        the toolbar search's results
 *   stats                 the dataset's counts
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FootnoteService } from '../service/footnote-service';
import { readHtml } from './html';
import { loadDatasetFromFolder } from './file-dataset';
import { evaluate, type ExpectedLabel, type Outcome } from './evaluate';
import { activateStrings } from '../i18n/translate';
import { stringsFor } from '../i18n/catalog';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: footnote <command>
  detect FILE.html...   classify saved pages; prints one JSON object per file
  lookup "QUERY"        search the dataset as the toolbar does; prints JSON
  stats                 the dataset's counts, as JSON
  eval DIR              precision, recall, jurisdiction@1 and law-link accuracy on a labelled
                        corpus (each folder's expected.json labels its pages), as JSON`;

/** Runs one command and returns the process exit status. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  // The tool prints English, as the extension does before a reader chooses otherwise.
  activateStrings('en', stringsFor('en'));
  const service = new FootnoteService(await loadDatasetFromFolder());
  switch (command) {
    case 'detect':
      return detectFiles(service, rest, io);
    case 'lookup': {
      const query = rest.join(' ').trim();
      if (query === '') {
        io.err('footnote lookup: give a query, e.g. footnote lookup "SB 54"');
        return 2;
      }
      io.out(JSON.stringify(await service.search(query), null, 2));
      return 0;
    }
    case 'stats':
      io.out(JSON.stringify(service.stats(), null, 2));
      return 0;
    case 'eval':
      return evaluateFolder(service, rest[0], io);
    default:
      io.err(`footnote: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

async function detectFiles(service: FootnoteService, files: string[], io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.err('footnote detect: give one or more HTML files');
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      failures++;
      const code = (error as NodeJS.ErrnoException).code;
      io.err(
        `footnote detect: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`,
      );
      continue;
    }
    io.out(JSON.stringify({ file, ...detectHtml(service, html, file) }));
  }
  return failures > 0 ? 1 : 0;
}

/** The CLI's view of one page: the documented fields, in order. Pages the gate rejects are not relevant. */
export function detectHtml(service: FootnoteService, html: string, file: string) {
  const reading = readHtml(html, pathToFileURL(resolve(file)).href);
  if (!reading.pass) {
    return { relevant: false, score: 0, language: 'en', jurisdictions: [], laws: [], why: [`gate: ${reading.reason}`] };
  }
  const { detection } = service.articleContext(reading.article);
  return {
    relevant: detection.relevant,
    score: detection.score,
    language: detection.language,
    jurisdictions: detection.jurisdictions.map(({ id, name, type, state }) => ({ id, name, type, state })),
    laws: detection.laws.map(({ id, title, citation }) => ({ id, title, citation })),
    why: detection.why,
  };
}

async function evaluateFolder(service: FootnoteService, dir: string | undefined, io: CliIo): Promise<number> {
  if (!dir) {
    io.err('footnote eval: give a folder of labelled pages');
    return 2;
  }
  let labelled: { file: string; label: ExpectedLabel }[];
  try {
    labelled = await collectLabelled(dir);
  } catch (error) {
    io.err(`footnote eval: ${(error as Error).message}`);
    return 1;
  }
  if (labelled.length === 0) {
    io.err(`footnote eval: no labelled pages under ${dir} (each folder needs an expected.json)`);
    return 1;
  }
  const outcomes: Outcome[] = [];
  for (const { file } of labelled) {
    const result = detectHtml(service, await readFile(file, 'utf8'), file);
    outcomes.push({
      file: relative(dir, file),
      relevant: result.relevant,
      jurisdictions: result.jurisdictions.map((j) => j.id),
      laws: result.laws.map((l) => l.id),
    });
  }
  const labels = new Map(labelled.map(({ file, label }) => [relative(dir, file), label]));
  io.out(JSON.stringify(evaluate(outcomes, labels), null, 2));
  return 0;
}

/** Every page under `dir` with its label; a page without one, or a label without its page, is an error. */
async function collectLabelled(dir: string): Promise<{ file: string; label: ExpectedLabel }[]> {
  const out: { file: string; label: ExpectedLabel }[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => e.name);
  if (pages.length > 0) {
    const labels = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedLabel>;
    for (const page of pages) {
      const label = labels[page];
      if (!label) throw new Error(`${join(dir, page)} has no label in expected.json`);
      out.push({ file: join(dir, page), label: { ...label, language: label.language ?? 'en' } });
    }
    for (const name of Object.keys(labels)) {
      if (!pages.includes(name)) throw new Error(`${join(dir, 'expected.json')} labels ${name}, which is not there`);
    }
  }
  for (const sub of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    out.push(...(await collectLabelled(join(dir, sub.name))));
  }
  return out;
}
