/**
 * The command-line tool: the same engine as the extension, over saved HTML files.
 *   detect FILE.html...   one JSON object per file, one per line
 *   lookup "QUERY"        the toolbar search's results
 *   stats                 the dataset's counts
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FootnoteService } from '../service/footnote-service';
import { readHtml } from './html';
import { loadDatasetFromFolder } from './file-dataset';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: footnote <command>
  detect FILE.html...   classify saved pages; prints one JSON object per file
  lookup "QUERY"        search the dataset as the toolbar does; prints JSON
  stats                 the dataset's counts, as JSON`;

/** Runs one command and returns the process exit status. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
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
      io.out(JSON.stringify(service.search(query), null, 2));
      return 0;
    }
    case 'stats':
      io.out(JSON.stringify(service.stats(), null, 2));
      return 0;
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
    const reading = readHtml(html, pathToFileURL(resolve(file)).href);
    if (!reading.pass) {
      io.out(
        JSON.stringify({
          file,
          relevant: false,
          score: 0,
          language: 'en',
          jurisdictions: [],
          laws: [],
          why: [`gate: ${reading.reason}`],
        }),
      );
      continue;
    }
    const { detection } = service.articleContext(reading.article);
    io.out(
      JSON.stringify({
        file,
        relevant: detection.relevant,
        score: detection.score,
        language: detection.language,
        jurisdictions: detection.jurisdictions.map(({ id, name, type, state }) => ({ id, name, type, state })),
        laws: detection.laws.map(({ id, title, citation }) => ({ id, title, citation })),
        why: detection.why,
      }),
    );
  }
  return failures > 0 ? 1 : 0;
}
