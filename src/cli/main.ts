import { readFileSync } from 'node:fs';
import { UsageError, type CliIo } from './cliIo.ts';
import { FETCH_CRASHIDS_HELP, runFetchCrashIds } from './commands/fetchCrashIds.ts';
import { FETCH_DATA_HELP, runFetchData } from './commands/fetchData.ts';
import { runSignature, SIGNATURE_HELP } from './commands/signature.ts';
import { runSignify, SIGNIFY_HELP } from './commands/signify.ts';

const HELP = `Usage: siglab <command> [options]

Socorro crash-signature generation, with editable siglists.

Commands:
  signature [CRASHID ...]   production signature vs. signature with these siglists
  signify                   crash data (JSON on stdin) → signature result
  fetch-data CRASHID        print the crash data signature generation uses
  fetch-crashids --url URL  print the crash ids of a Super Search, one per line

Run \`siglab <command> --help\` for a command's options.

${SIGNATURE_HELP}
${SIGNIFY_HELP}
${FETCH_DATA_HELP}
${FETCH_CRASHIDS_HELP}`;

const COMMANDS: Readonly<Record<string, (argv: string[], io: CliIo) => Promise<number>>> = {
  signature: runSignature,
  signify: runSignify,
  'fetch-data': runFetchData,
  'fetch-crashids': runFetchCrashIds,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI; answers the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command === '--version') {
    io.stdout.write(`siglab ${version()}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`siglab: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr.write(`siglab: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  }
}
