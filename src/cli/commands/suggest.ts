import { parseArgs } from 'node:util';
import {
  createFrameCache,
  createFrameRecorder,
  createGenerator,
  DEFAULT_SUGGESTION_LIMIT,
  readSignifyInput,
  runSteps,
  suggestionSteps,
  type CrashData,
  type SigningSource,
  type Suggestion,
} from '../../engine/index.ts';
import { readLines, UsageError, type CliIo } from '../cliIo.ts';
import { loadSiglistTextsOrReport } from '../loadSiglistsOrReport.ts';
import { runWithTimeout, TimeoutError } from '../runWithTimeout.ts';
import { reportRunawayCrash, signAllUnderWatchdog } from '../signUnderWatchdog.ts';

export const SUGGEST_HELP = `Usage: siglab suggest --signature S [options] < crashes.jsonl

Reads processed crashes or crash data, one JSON object per line (as
\`signify --jsonl\` does), signs them, and suggests siglist lines that would
split the bucket of signature S (or merge it with a signature one frame away).
Each suggestion is checked by signing the input crashes again with the line
added, and printed as one JSON object per line, best first:

  {"file": "prefix_signature_re.txt", "line": "…", "kind": "split"|"merge",
   "buckets": [{"signature": "…", "count": N}, …], "others_changed": N}

"buckets" is what the crashes that had signature S sign as with the line added;
"others_changed" is how many other input crashes change signature.

Options:
  --signature S       the bucket to improve (required)
  --siglists DIR      siglist folder the lines are added to (default: the stock lists)
  --limit N           at most N suggestions (default ${DEFAULT_SUGGESTION_LIMIT})
  --watchdog SECONDS  stop when one crash takes longer than this to sign (default 10)
                      and name the siglist line at fault (exit status 2)

Input lines that are not crashes are reported on stderr and skipped.
Exit status: 0 when the bucket was found (even with no suggestion), 1 when no
input crash signs as S, 2 for bad usage or siglists.
`;

/** The CLI's JSON for a suggestion: exactly the documented keys. */
const toOutput = (suggestion: Suggestion) => ({
  file: suggestion.file,
  line: suggestion.line,
  kind: suggestion.kind,
  buckets: suggestion.buckets.map(({ signature, count }) => ({ signature, count })),
  others_changed: suggestion.othersChanged,
});

/** `siglab suggest`: ranked siglist lines that split or merge one bucket, each checked by re-signing. */
export async function runSuggest(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      signature: { type: 'string' },
      siglists: { type: 'string' },
      limit: { type: 'string', default: String(DEFAULT_SUGGESTION_LIMIT) },
      watchdog: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SUGGEST_HELP);
    return 0;
  }
  if (values.signature === undefined || values.signature === '') throw new UsageError('suggest needs --signature "S" (the bucket to improve)');
  const limit = Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--limit takes a positive whole number, not ${values.limit}`);
  const budgetSeconds = Number(values.watchdog);
  if (!(budgetSeconds > 0 && budgetSeconds <= 86_400)) throw new UsageError(`--watchdog takes seconds, not ${values.watchdog}`);
  const budgetMs = budgetSeconds * 1000;
  const loaded = await loadSiglistTextsOrReport(values.siglists, io);
  if (!loaded) return 2;

  const crashes: CrashData[] = [];
  const lineOf: number[] = [];
  let lineNumber = 0;
  for await (const line of readLines(io.stdin)) {
    lineNumber++;
    if (!line.trim()) continue;
    const read = readSignifyInput(line, 'auto');
    if ('error' in read) {
      io.stderr.write(`siglab: input line ${lineNumber}: ${read.error}\n`);
      continue;
    }
    crashes.push(read.crash);
    lineOf.push(lineNumber);
  }

  // Every frame the lists decide is listed through this cache: a candidate line re-signs only crashes with a frame it matches.
  const recorder = createFrameRecorder(createFrameCache());
  const generator = createGenerator(loaded.compiled, { frameCache: recorder });
  const signed = signAllUnderWatchdog(crashes, generator, budgetMs);
  if (!Array.isArray(signed)) return reportRunawayCrash(io, loaded.texts, values.siglists, signed, `input line ${lineOf[signed.index]}`);
  if (!signed.includes(values.signature)) {
    io.stderr.write(`siglab: no input crash signs as "${values.signature}" with these siglists (${crashes.length} crashes read)\n`);
    return 1;
  }

  const source: SigningSource = {
    size: crashes.length,
    sign: (position, signer) => signer.generate(crashes[position] as CrashData),
    framesRead: (position, signer) => recorder.framesOf(signer.siglists.lineNumbers, crashes[position] as CrashData) ?? null,
  };
  const base = { texts: loaded.texts, generator, signatures: signed };
  const signature = values.signature;
  let suggestions: Suggestion[];
  try {
    // Candidate lines are escaped frame names; the budget covers a list line that backtracks on a frame the walk now reaches.
    suggestions = runWithTimeout(() => runSteps(suggestionSteps(source, base, signature, { limit, frameCache: recorder })), budgetMs * 10);
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    io.stderr.write(`siglab: finding suggestions took longer than ${error.budgetMs / 1000} s and was stopped: a siglist line may backtrack on a frame below the signature\n`);
    return 2;
  }
  io.stdout.write(suggestions.map((suggestion) => `${JSON.stringify(toOutput(suggestion))}\n`).join(''));
  io.stderr.write(`siglab: ${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} for a bucket of ${signed.filter((each) => each === signature).length} of ${crashes.length} crashes\n`);
  return 0;
}
