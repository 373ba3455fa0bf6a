/**
 * The fake API's Super Search: documents shaped like Crash Stats' index
 * (processed-crash fields under their Super Search names, `proto_signature`
 * computed with Siglab's engine and the stock lists, as the processor does),
 * filters with Super Search's string operators, `_columns`, `_sort`, paging
 * and Elasticsearch's 10,000-hit window.
 */
import { convertProcessedCrash, type SignatureGenerator } from '../../src/engine/index.ts';

export type SearchDocument = Readonly<Record<string, unknown>>;

export type SearchAnswer = { readonly status: 200; readonly body: unknown } | { readonly status: 400; readonly body: unknown };

const get = (value: unknown, ...path: (string | number)[]): unknown => {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
};

/** Processed crash → index document: the public fields Siglab's fast mode reads, under their Super Search names. */
export function toSearchDocument(processed: Record<string, unknown>, generator: SignatureGenerator): SearchDocument {
  const crashingThread = get(processed, 'json_dump', 'crash_info', 'crashing_thread');
  const fields: Record<string, unknown> = {
    uuid: processed.uuid,
    date: processed.date_processed,
    product: processed.product,
    version: processed.version,
    signature: processed.signature,
    // The processor stores these at the top level, read from the stackwalker output.
    reason: get(processed, 'json_dump', 'crash_info', 'type'),
    crashing_thread: crashingThread,
    last_error_value: typeof crashingThread === 'number' ? get(processed, 'json_dump', 'threads', crashingThread, 'last_error_value') : undefined,
    platform: get(processed, 'json_dump', 'system_info', 'os'),
    cpu_arch: get(processed, 'json_dump', 'system_info', 'cpu_arch'),
    proto_signature: generator.generate(convertProcessedCrash(processed)).extra.proto_signature,
  };
  for (const key of ['oom_allocation_size', 'abort_message', 'moz_crash_reason', 'ipc_channel_error', 'ipc_message_name', 'async_shutdown_timeout', 'hang', 'java_stack_trace', 'js_large_allocation_failure']) {
    fields[key] = processed[key];
  }
  // Elasticsearch leaves out what a crash does not have.
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
}

/** One Super Search string filter value (`~contains`, `@regex`, `!` negation, …) as a predicate. */
function matcher(raw: string): (value: unknown) => boolean {
  const negated = raw.startsWith('!') && raw.length > 1;
  const text = negated ? raw.slice(1) : raw;
  let test: (value: unknown) => boolean;
  if (text === '__null__') test = (value) => value === undefined || value === null;
  else {
    const operator = /^(~|\^|\$|@|=|>=|<=|>|<)/.exec(text)?.[1] ?? '';
    const operand = text.slice(operator.length);
    const str = (value: unknown) => (value === undefined || value === null ? null : String(value));
    switch (operator) {
      case '~':
        test = (value) => str(value)?.toLowerCase().includes(operand.toLowerCase()) ?? false;
        break;
      case '^':
        test = (value) => str(value)?.startsWith(operand) ?? false;
        break;
      case '$':
        test = (value) => str(value)?.endsWith(operand) ?? false;
        break;
      case '@': {
        // Elasticsearch regexps match the whole value; Siglab only sends syntax JavaScript reads the same way.
        const regex = new RegExp(`^(?:${operand})$`, 's');
        test = (value) => {
          const s = str(value);
          return s !== null && regex.test(s);
        };
        break;
      }
      default:
        test = (value) => str(value) === operand;
    }
  }
  return negated ? (value) => !test(value) : test;
}

function dateMatcher(raw: string): (value: unknown) => boolean {
  const match = /^(>=|<=|>|<)?(.+)$/.exec(raw) as RegExpExecArray;
  const op = match[1] ?? '=';
  const bound = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(match[2] as string) ? `${match[2]}T00:00:00Z` : (match[2] as string));
  return (value) => {
    const time = Date.parse(String(value));
    if (op === '>=') return time >= bound;
    if (op === '>') return time > bound;
    if (op === '<=') return time <= bound;
    if (op === '<') return time < bound;
    return time >= bound && time < bound + 86_400_000;
  };
}

const PAGE_MAX = 1000;
const WINDOW_MAX = 10_000;

/** Answers one `/api/SuperSearch/` query over `documents` (sorted by date, oldest first). */
export function searchDocuments(documents: readonly SearchDocument[], params: URLSearchParams): SearchAnswer {
  const number = Number(params.get('_results_number') ?? 100);
  const offset = Number(params.get('_results_offset') ?? 0);
  if (!Number.isInteger(number) || number < 0 || number > PAGE_MAX) {
    return { status: 400, body: { errors: { _results_number: [`Ensure this value is less than or equal to ${PAGE_MAX}.`] } } };
  }
  if (offset + number > WINDOW_MAX) {
    // What Elasticsearch says through Super Search when the window is too large.
    return { status: 400, body: { error: `Result window is too large, from + size must be less than or equal to: [${WINDOW_MAX}] but was [${offset + number}].` } };
  }
  const filters = new Map<string, ((value: unknown) => boolean)[]>();
  for (const [key, value] of params) {
    if (key.startsWith('_')) continue;
    const list = filters.get(key) ?? [];
    list.push(key === 'date' ? dateMatcher(value) : matcher(value));
    filters.set(key, list);
  }
  const matches = documents.filter((doc) =>
    [...filters].every(([key, tests]) =>
      // Date bounds all apply; several values of another field are alternatives.
      key === 'date' ? tests.every((test) => test(doc[key])) : tests.some((test) => test(doc[key])),
    ),
  );
  const sort = params.get('_sort') ?? '-date';
  if (sort === '-date') matches.reverse();
  const columns = params.getAll('_columns');
  const shown = columns.length > 0 ? columns : ['uuid', 'date', 'signature', 'product', 'version'];
  const hits = matches.slice(offset, offset + number).map((doc) => Object.fromEntries(shown.filter((column) => column in doc).map((column) => [column, doc[column]])));
  return { status: 200, body: { hits, total: matches.length, facets: {}, errors: [] } };
}
