import { runCli } from '../lib/cli/footnote';

runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) })
  .then((status) => {
    process.exitCode = status;
  })
  .catch((error: unknown) => {
    console.error(`footnote: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
