/**
 * The Python reference for `npm run bench`: siggen (socorro-siggen) run from
 * sources outside this repository. Set SIGLAB_PY_REF to a PYTHONPATH that
 * holds `siggen` and its dependencies (glom, boltons, face; attrs installed);
 * without it the Python figures are skipped.
 */
import { timed, type TimedRun } from './timed.ts';

export const PY_REF_PATH = process.env.SIGLAB_PY_REF;

/**
 * Reads crashes as JSON lines (processed crashes converted when they have
 * `json_dump`, as siggen's signify decides), signs each with siggen and prints
 * signify's keys per line. Reports the seconds spent in generate() on stderr.
 */
const JSONL_DRIVER = `
import json, sys, time
from siggen.generator import SignatureGenerator
from siggen.utils import convert_to_crash_data
generator = SignatureGenerator(signature_list_dir=sys.argv[1])
out = []
spent = 0.0
for line in sys.stdin:
    if not line.strip():
        continue
    crash = json.loads(line)
    if "json_dump" in crash:
        crash = convert_to_crash_data(crash)
    start = time.perf_counter()
    result = generator.generate(crash)
    spent += time.perf_counter() - start
    out.append(json.dumps({"signature": result.signature, "proto_signature": result.extra.get("proto_signature", ""), "notes": result.notes}))
sys.stdout.write("\\n".join(out) + "\\n")
sys.stderr.write("generate_seconds=%f\\n" % spent)
`;

function runPython(args: string[], input: string): TimedRun {
  return timed('python3', args, input, { ...process.env, PYTHONPATH: PY_REF_PATH });
}

/** The whole Python process over JSON lines. */
export function pythonJsonl(siglistDir: string, input: string): TimedRun {
  return runPython(['-c', JSONL_DRIVER, siglistDir], input);
}

/** siggen's own `signify` command on one crash. */
export function pythonSignify(siglistDir: string, input: string): TimedRun {
  return runPython(['-c', 'import sys; from siggen.cmd_signify import main; sys.exit(main())', '--signature-list-dir', siglistDir], input);
}
