import { readFileSync } from 'node:fs';
import { UsageError, type CliIo } from './cliIo.ts';
import { terminalSafe } from './terminalSafe.ts';

export { createFdWriter } from './fdWriter.ts';

interface Command {
  readonly run: (argv: string[], io: CliIo) => Promise<number>;
  readonly help: string;
}

/**
 * Commands load on demand: `signify` on one crash should not pay for the
 * Crash Stats client, CSV and diff libraries it never uses.
 */
const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  signature: {
    summary: 'signature [CRASHID ...]   production signature vs. signature with these siglists',
    load: () => import('./commands/signature.ts').then((m) => ({ run: m.runSignature, help: m.SIGNATURE_HELP })),
  },
  signify: {
    summary: 'signify                   crash data or processed crash (JSON on stdin) → signature result',
    load: () => import('./commands/signify.ts').then((m) => ({ run: m.runSignify, help: m.SIGNIFY_HELP })),
  },
  serve: {
    summary: 'serve                     signature generation as an HTTP service (POST /signature, /signatures)',
    load: () => import('./commands/serve.ts').then((m) => ({ run: m.runServe, help: m.SERVE_HELP })),
  },
  suggest: {
    summary: 'suggest --signature S     siglist lines that split or merge a bucket, checked by re-signing (JSON lines)',
    load: () => import('./commands/suggest.ts').then((m) => ({ run: m.runSuggest, help: m.SUGGEST_HELP })),
  },
  check: {
    summary: 'check EXPECTATIONS.jsonl  check "crash X signs as S" expectations; exit 1 when any fails',
    load: () => import('./commands/check.ts').then((m) => ({ run: m.runCheck, help: m.CHECK_HELP })),
  },
  'fetch-data': {
    summary: 'fetch-data CRASHID        print the crash data signature generation uses',
    load: () => import('./commands/fetchData.ts').then((m) => ({ run: m.runFetchData, help: m.FETCH_DATA_HELP })),
  },
  'fetch-crashids': {
    summary: 'fetch-crashids --url URL  print the crash ids of a Super Search, one per line',
    load: () => import('./commands/fetchCrashIds.ts').then((m) => ({ run: m.runFetchCrashIds, help: m.FETCH_CRASHIDS_HELP })),
  },
};

async function help(): Promise<string> {
  const commands = Object.values(COMMANDS);
  const details = await Promise.all(commands.map(async (command) => (await command.load()).help));
  return `Usage: siglab <command> [options]

Socorro crash-signature generation, with editable siglists.

Commands:
${commands.map((command) => `  ${command.summary}`).join('\n')}

Run \`siglab <command> --help\` for a command's options.

${details.join('\n')}`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI; answers the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await help());
    return 0;
  }
  if (name === '--version') {
    io.stdout.write(`siglab ${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`siglab: unknown command "${name}"\n\n${await help()}`);
    return 2;
  }
  // Messages quote what APIs and files said (a PR title, an error body): never raw control characters.
  const safeIo: CliIo = { ...io, stderr: terminalSafe(io.stderr) };
  try {
    return await (await command.load()).run(rest, safeIo);
  } catch (error) {
    const usage = (error as Error).name === UsageError.name || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    safeIo.stderr.write(`siglab: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  }
}
