import { runCli } from '../lib/cli/footnote';
import { errorMessage } from '../lib/format/error';

runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) })
  .then((status) => {
    process.exitCode = status;
  })
  .catch((error: unknown) => {
    console.error(`footnote: ${errorMessage(error)}`);
    process.exitCode = 1;
  });
