/**
 * Exactness of fast mode over every upstream parity case: the Super Search
 * hit Crash Stats would return for the case (proto_signature from the
 * reference output, the other columns from the input) must sign exactly
 * like the full crash — with the stock lists and with edited lists — or be
 * marked "needs full crash".
 */
import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, type CrashData, type SiglistTexts } from '../../engine/index.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases, type ParityCase } from '../../testing/parityCases.ts';
import type { SuperSearchHit } from '../createCrashStatsClient.ts';
import { signFromHit } from './signFromHit.ts';

const available = parityAvailable();
const cases = available ? PARITY_FILES.flatMap((file) => readParityCases(file)) : [];
const stock = loadStockSiglists();

function fullCrashOf(testCase: ParityCase): CrashData {
  return testCase.input_kind === 'processed' ? convertProcessedCrash(testCase.input) : (testCase.input as CrashData);
}

/** An integer field as Elasticsearch stores it: numbers and numeric strings, else nothing. */
function indexedInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** What Super Search would return for this crash with fast mode's columns. */
function hitOf(testCase: ParityCase): SuperSearchHit {
  const crash = fullCrashOf(testCase) as Record<string, unknown>;
  const crashingThread = indexedInteger(crash.crashing_thread);
  // Read like the engine does (glom): malformed crashes keep threads in an object keyed by index.
  const threads = crash.threads as Record<string, unknown> | undefined;
  const thread = typeof threads === 'object' && threads !== null ? (threads[String(crashingThread ?? 0)] as Record<string, unknown> | undefined) : undefined;
  const fields: Record<string, unknown> = {
    uuid: testCase.id,
    // Crash Stats stores signature and proto_signature from the same processing run, so the
    // signature column goes with the reference's proto_signature (an input's own `signature`
    // may come from older lists than its proto_signature here).
    signature: testCase.signature,
    proto_signature: testCase.extra?.proto_signature,
    crashing_thread: crashingThread,
    reason: crash.reason,
    last_error_value: typeof thread === 'object' && thread !== null ? thread.last_error_value : undefined,
    oom_allocation_size: indexedInteger(crash.oom_allocation_size),
    js_large_allocation_failure: crash.js_large_allocation_failure,
    abort_message: crash.abort_message,
    async_shutdown_timeout: crash.async_shutdown_timeout,
    ipc_channel_error: crash.ipc_channel_error,
    ipc_message_name: crash.ipc_message_name,
    hang: crash.hang,
    java_stack_trace: crash.java_stack_trace,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `n` most used lines of a list over the parity cases (by frames they decided). */
function mostUsedLines(file: string, n: number): string[] {
  const generator = createGenerator(compileSiglists(stock));
  const counts = new Map<string, number>();
  for (const testCase of cases) {
    for (const step of generator.generate(fullCrashOf(testCase), { trace: true }).trace) {
      for (const frame of step.frames ?? []) {
        for (const match of [frame.match, frame.sentinelMatch]) if (match?.file === file) counts.set(match.pattern, (counts.get(match.pattern) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([pattern]) => pattern);
}

/** The most common frames in the cases' stacks, and the most common first signature frames. */
function commonFrames() {
  const frames = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const testCase of cases) {
    testCase.extra?.normalized_frames?.slice(3).forEach((frame) => frame && frames.set(frame, (frames.get(frame) ?? 0) + 1));
    const head = testCase.extra?.normalized_frames ? testCase.signature.split(' | ')[0] : undefined;
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  return { frames: top(frames), heads: top(heads) };
}

function editList(text: string, { add = [], remove = [], change = [] }: { add?: string[]; remove?: string[]; change?: [string, string][] }): string {
  const lines = text.split('\n').filter((line) => !remove.includes(line.trim()));
  const changed = lines.map((line) => change.find(([from]) => from === line.trim())?.[1] ?? line);
  return [...changed, ...add, ''].join('\n');
}

/** Lines added, removed and changed in each of the three lists, picked so they touch many cases. */
function editedLists(): SiglistTexts {
  const { frames, heads } = commonFrames();
  const [irrelevantTop, irrelevantSecond] = mostUsedLines('irrelevant_signature_re.txt', 2);
  const [prefixTop, prefixSecond] = mostUsedLines('prefix_signature_re.txt', 2);
  const [sentinelTop, sentinelSecond] = mostUsedLines('signature_sentinels.txt', 2);
  return {
    ...stock,
    'irrelevant_signature_re.txt': editList(stock['irrelevant_signature_re.txt'], {
      add: [escapeRegex(heads[0] as string), `${escapeRegex(heads[3] as string)}.*`],
      remove: [irrelevantTop as string],
      change: [[irrelevantSecond as string, `${irrelevantSecond}Never`]],
    }),
    'prefix_signature_re.txt': editList(stock['prefix_signature_re.txt'], {
      add: [escapeRegex(heads[1] as string), escapeRegex(heads[4] as string)],
      remove: [prefixTop as string],
      change: [[prefixSecond as string, `${prefixSecond}Never`]],
    }),
    'signature_sentinels.txt': editList(stock['signature_sentinels.txt'], {
      add: [frames[0] as string, frames[5] as string],
      remove: sentinelTop ? [sentinelTop] : [],
      change: sentinelSecond ? [[sentinelSecond, `${sentinelSecond}Never`]] : [],
    }),
  };
}

describe.skipIf(!available)('fast mode is exact over the parity cases', () => {
  const lists = { stock, edited: available ? editedLists() : stock };
  for (const [name, texts] of Object.entries(lists)) {
    it(`with the ${name} lists: every signed crash matches the full crash`, () => {
      const generator = createGenerator(compileSiglists(texts));
      let signed = 0;
      let changedByEdit = 0;
      const reasons = new Map<string, number>();
      const stockGenerator = createGenerator(compileSiglists(stock));
      for (const testCase of cases) {
        const crash = fullCrashOf(testCase);
        const full = generator.generate(crash);
        if (name === 'stock' && !testCase.tags?.includes('reference_rule_failed')) expect(full.signature).toBe(testCase.signature);
        if (stockGenerator.generate(crash).signature !== full.signature) changedByEdit++;
        const fast = signFromHit(hitOf(testCase), generator, { lineNumberListChanged: false });
        if (fast.status === 'needs-full-crash') {
          reasons.set(fast.reason, (reasons.get(fast.reason) ?? 0) + 1);
          continue;
        }
        signed++;
        expect({ id: testCase.id, signature: fast.result.signature }).toEqual({ id: testCase.id, signature: full.signature });
      }
      if (name === 'edited') expect(changedByEdit).toBeGreaterThan(100);
      // Figures for the README and the review (vitest prints console output on request).
      console.info(
        `fast mode, ${name} lists: ${signed}/${cases.length} signed exactly (${((100 * signed) / cases.length).toFixed(1)} %), ${cases.length - signed} need the full crash; ${changedByEdit} signatures changed by the edit`,
        Object.fromEntries(reasons),
      );
      expect(signed / cases.length).toBeGreaterThan(0.5);
    });
  }

  it('trusting the stored shutdown-hang verdict signs those hangs right with the stock lists, and says so', () => {
    const generator = createGenerator(compileSiglists(stock));
    let trusted = 0;
    for (const testCase of cases) {
      const fast = signFromHit(hitOf(testCase), generator, { lineNumberListChanged: false, trustShutdownHang: true });
      if (fast.status !== 'signed' || !fast.assumption) continue;
      trusted++;
      expect({ id: testCase.id, signature: fast.result.signature }).toEqual({ id: testCase.id, signature: generator.generate(fullCrashOf(testCase)).signature });
    }
    expect(trusted).toBeGreaterThan(0);
  });

  it('refuses every stack-based crash when the line-number list is edited', () => {
    const generator = createGenerator(compileSiglists(stock));
    for (const testCase of cases.slice(0, 200)) {
      const hit = hitOf(testCase);
      const fast = signFromHit(hit, generator, { lineNumberListChanged: true });
      if (fast.status === 'signed') expect(hit.java_stack_trace).toBeTruthy();
    }
  });
});
