import { describe, expect, it } from 'vitest';
import { compileSiglists, convertProcessedCrash, createGenerator, keepSigningInput, type CrashData } from '../index.ts';
import { MAX_NESTING_DEPTH, nestsDeeperThan, tooDeep } from '../nestingDepth.ts';
import { pyJsonDumps } from '../python/pyJsonDumps.ts';
import { pyJsonLoads } from '../python/pyJsonLoads.ts';
import { isWholeFloat } from '../python/pyNumbers.ts';
import { loadStockSiglists } from '../../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases } from '../../testing/parityCases.ts';
import { keepWhatSigningReads } from './keepWhatSigningReads.ts';
import { readCrashJson } from './readCrashJson.ts';

/** What JSON.parse + keep gives: the value, or that the text is refused (too deep counts as refused). */
function byJsonParse(text: string): { value: unknown } | { refused: true } {
  try {
    const parsed: unknown = JSON.parse(text);
    return nestsDeeperThan(parsed) ? { refused: true } : { value: keepWhatSigningReads(parsed) };
  } catch {
    return { refused: true };
  }
}

/** What Python's json.loads + keep gives (pyJsonLoads is checked against CPython's behaviour in its own tests). */
function byPython(text: string): { value: unknown } | { error: string } {
  try {
    return { value: keepWhatSigningReads(pyJsonLoads(text)) };
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
}

/** Exact text of a value: key order, whole floats and big ints all show (toEqual ignores them). */
const exact = (value: unknown) => pyJsonDumps(value);

/** Numbers as JSON.parse holds them, to compare with its reading where Python's differs by design. */
function asJsonParseWould(value: unknown): unknown {
  if (typeof value === 'bigint' || isWholeFloat(value)) return Number(value);
  if (Array.isArray(value)) return value.map(asJsonParseWould);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJsonParseWould(v)]));
  return value;
}

/** The reader agrees with JSON.parse + keep (same value, or both refuse), and exactly with Python's json + keep. */
function expectAgreement(text: string, label = text.slice(0, 80)) {
  const read = readCrashJson(text);
  const python = byPython(text);
  const parsed = byJsonParse(text);
  if ('error' in read && read.error === tooDeep()) {
    // Refused as too deep (Python's json raises RecursionError there): it must be.
    expect('value' in python ? nestsDeeperThan(pyJsonLoads(text)) : true, label).toBe(true);
    return;
  }
  if ('value' in python) expect('value' in read ? exact(read.value) : read, label).toBe(exact(python.value));
  else expect(read, label).toEqual(python);
  if ('value' in parsed) {
    expect('value' in read && asJsonParseWould(read.value), label).toEqual(parsed.value);
  } else if (!/NaN|Infinity/.test(text)) {
    expect('error' in read, label).toBe(true);
  }
}

const frame = (fn: string, line = 10) => ({ frame: 0, module: 'xul.dll', function: fn, file: 'dom/base/nsDocument.cpp', line, offset: '0x1234', trust: 'cfi' });
const thread = (name: string, extra: Record<string, unknown> = {}) => ({ frames: [frame(`${name}::Run()`), frame(`${name}::Dispatch()`, 20)], ...extra });

const processed = {
  uuid: 'de1bb258-cbbf-4589-a673-34f800160918',
  product: 'Firefox',
  signature: 'mozilla::dom::Thing::Run',
  hang: null,
  oom_allocation_size: 1048576,
  json_dump: {
    crash_info: { type: 'EXCEPTION_ACCESS_VIOLATION_READ', crashing_thread: 2, address: '0x0' },
    modules: [{ filename: 'xul.dll', base_addr: '0x7ff0000', debug_file: 'xul.pdb' }],
    system_info: { os: 'Windows NT', os_ver: '10.0.19045', cpu_arch: 'amd64' },
    threads: [thread('Main'), thread('Idle'), thread('Crashing', { last_error_value: 'ERROR_NOT_ENOUGH_MEMORY' }), thread('Other')],
  },
  additional_minidumps: ['browser'],
  StartupTime: 1.5,
};
const crashData = { crashing_thread: -1, os: 'Linux', reason: 'SIGSEGV', threads: [thread('Main'), thread('Idle'), thread('Crashing')], uuid: 'x', unread: { deep: [1, 2, { a: 3 }] } };

describe('readCrashJson: the selective reader', () => {
  it('keeps what signing reads, as keepWhatSigningReads does, without the rest', () => {
    const read = readCrashJson(JSON.stringify(processed));
    expect(read).toEqual({ value: keepWhatSigningReads(processed) });
    expect(read).toEqual({
      value: {
        uuid: processed.uuid,
        signature: processed.signature,
        hang: null,
        oom_allocation_size: 1048576,
        json_dump: { crash_info: processed.json_dump.crash_info, system_info: { os: 'Windows NT' }, threads: [thread('Main'), null, processed.json_dump.threads[2], null] },
        additional_minidumps: ['browser'],
      },
    });
    expect(readCrashJson(JSON.stringify(crashData))).toEqual({ value: { crashing_thread: -1, os: 'Linux', reason: 'SIGSEGV', threads: [thread('Main'), null, thread('Crashing')], uuid: 'x' } });
  });

  it('signs exactly as the whole input does, trace included', () => {
    const generator = createGenerator(compileSiglists(loadStockSiglists()));
    for (const input of [processed, crashData]) {
      const whole = input === processed ? convertProcessedCrash(input) : (input as CrashData);
      const read = readCrashJson(JSON.stringify(input));
      const value = 'value' in read ? read.value : null;
      const kept = input === processed ? convertProcessedCrash(value) : (value as CrashData);
      expect(generator.generate(kept, { trace: true })).toEqual(generator.generate(whole, { trace: true }));
    }
  });

  it.skipIf(!parityAvailable())('agrees with JSON.parse + keep on every parity case, and keeps what the worker kept before', () => {
    let cases = 0;
    for (const file of PARITY_FILES) {
      for (const testCase of readParityCases(file)) {
        const text = JSON.stringify(testCase.input);
        const read = readCrashJson(text);
        expect(read, testCase.id).toEqual({ value: keepWhatSigningReads(JSON.parse(text)) });
        expect(exact((read as { value: unknown }).value), testCase.id).toBe(exact(keepWhatSigningReads(JSON.parse(text))));
        if (testCase.input_kind === 'processed') {
          const kept = keepSigningInput(convertProcessedCrash((read as { value: unknown }).value));
          expect(kept, testCase.id).toEqual(keepSigningInput(convertProcessedCrash(testCase.input)));
        }
        cases++;
      }
    }
    expect(cases).toBe(1800);
  });

  describe('hostile inputs', () => {
    const text = JSON.stringify(processed);
    const dataText = JSON.stringify(crashData);

    it('nesting: 1,000 levels read, 1,001 refused, kept or skipped, 20,000 without a stack overflow', () => {
      const nest = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      // The top-level object is one level: a value inside it may nest 999 more.
      const inSkipped = (levels: number) => `{"uuid":"u","unread":${nest(levels)}}`;
      const inKept = (levels: number) => `{"uuid":"u","hang":${nest(levels)}}`;
      const inThread = (levels: number) => `{"crashing_thread":0,"threads":[{"frames":[]},${nest(levels)}]}`;
      for (const build of [inSkipped, inKept, inThread]) {
        expect('value' in readCrashJson(build(MAX_NESTING_DEPTH - 1 - (build === inThread ? 1 : 0)))).toBe(true);
        expect(readCrashJson(build(MAX_NESTING_DEPTH - (build === inThread ? 1 : 0)))).toEqual({ error: tooDeep() });
        expect(readCrashJson(build(20_000))).toEqual({ error: tooDeep() });
      }
      expect(readCrashJson(nest(20_000))).toEqual({ error: tooDeep() });
      for (const build of [inSkipped, inKept, inThread]) for (const levels of [998, 999, 1000, 1001]) expectAgreement(build(levels), `${build.name} ${levels}`);
    });

    it('huge and odd numbers: kept as Python reads them, skipped ones cost nothing', () => {
      for (const number of ['9007199254740993', '1e999', '-1e999', '1.0', '-0.0', '1e-400', '123456789012345678901234567890', 'NaN', 'Infinity', '-Infinity', '0e0', '1E+2']) {
        expectAgreement(`{"oom_allocation_size":${number},"crashing_thread":0,"threads":[{"frames":[{"file":"a.cpp","line":${number}}]}]}`);
        expectAgreement(`{"uuid":"u","unread":${number},"json_dump":{"modules":[${number}],"crash_info":{"crashing_thread":${number}},"threads":[{"frames":[]},{"frames":[]}]}}`);
      }
      const read = readCrashJson('{"oom_allocation_size":9007199254740993,"hang":1.0}');
      expect('value' in read && read.value).toEqual({ oom_allocation_size: 9007199254740993n, hang: expect.anything() });
      expect('value' in read && isWholeFloat((read.value as { hang: unknown }).hang)).toBe(true);
    });

    it('invalid numbers and literals are refused wherever they stand', () => {
      for (const bad of ['01', '1.', '.5', '+1', '-', '1e', '1e+', '--1', 'tru', 'nul', 'fals', 'nan', 'infinity', '-NaN', '0x10', '1_000']) {
        for (const where of [`{"hang":${bad}}`, `{"unread":${bad}}`, `{"threads":[{"frames":[]},{"frames":[${bad}]}]}`, `{"threads":[{"frames":[${bad}]}]}`]) {
          expect('error' in readCrashJson(where), where).toBe(true);
          expectAgreement(where);
        }
      }
    });

    it('duplicate keys: the last value wins, in the first place, as Python and JSON.parse both do', () => {
      for (const duplicated of [
        '{"uuid":"a","hang":1,"uuid":"b"}',
        '{"unread":1,"unread":2,"hang":3}',
        '{"threads":[{"frames":[]}],"crashing_thread":1,"threads":[{"frames":[]},{"frames":[{"function":"f"}]}]}',
        '{"json_dump":{"threads":[{"frames":[]}]},"json_dump":{"crash_info":{"crashing_thread":0}}}',
        '{"json_dump":{"crash_info":{"crashing_thread":1},"threads":[1,2,3],"crash_info":{"crashing_thread":2}}}',
        '{"json_dump":{"system_info":{"os":"Linux","os":"Windows NT"}}}',
        '{"json_dump":{"system_info":{"os":"Linux"},"system_info":"none"}}',
        '{"crashing_thread":0,"threads":[{"frames":[{"function":"a","function":"b"}]}]}',
      ]) {
        expectAgreement(duplicated);
      }
    });

    it('strings: lone surrogates, escapes everywhere, keys written with escapes', () => {
      for (const string of ['"\\ud800"', '"\\udc00x"', '"\\ud83d\\ude00"', '"\ud800"', '"a\\/b\\b\\f\\n\\r\\t\\"\\\\"', '"\\u0041\\u00e9"', '"\\\\"', '"x\\\\\\"y"']) {
        expectAgreement(`{"hang":${string},"unread":${string},"crashing_thread":0,"threads":[{"frames":[{"function":${string}}]},{"frames":[{"function":${string}}]}]}`);
      }
      for (const bad of ['"\\x41"', '"\\u12"', '"\\U0041"', '"\\u12G4"', '"a\tb"', '"a\nb"', '"a\u0000b"', '"\\', '"abc']) {
        for (const where of [`{"hang":${bad}}`, `{"unread":${bad}}`, `{"threads":[{},{"f":${bad}}]}`]) {
          expect('error' in readCrashJson(where), where).toBe(true);
          expectAgreement(where);
        }
      }
      expectAgreement('{"thr\\u0065ads":[{"frames":[]},{"frames":[]}],"json\\u005fdump":{"crash_\\u0069nfo":{"crashing_thread":1}},"\\u0075uid":"u"}');
      expectAgreement('{"__proto__":{"x":1},"uuid":"u","json_dump":{"__proto__":[],"threads":[{"__proto__":{"frames":[]}}]}}');
    });

    it('whitespace: JSON\'s four anywhere between tokens; anything else, or a BOM, is refused', () => {
      const spaced = JSON.stringify(processed, null, '\t').replace(/\n/g, '\r\n');
      expectAgreement(spaced);
      expect(readCrashJson(spaced)).toEqual(readCrashJson(text));
      expectAgreement(` \t\r\n${dataText} \t\r\n`);
      for (const odd of ['\u00a0', '\u2028', '\f', '\v', '\ufeff', '\u3000']) {
        expectAgreement(`{"uuid":${odd}"u"}`);
        expectAgreement(`{"unread":[1,${odd}2]}`);
        expect('error' in readCrashJson(`${odd}{}`)).toBe(true);
      }
      expect(readCrashJson('\ufeff{}')).toEqual({ error: 'invalid JSON: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)' });
    });

    it('truncated text: every prefix of a processed crash and of crash data is refused', () => {
      for (const whole of [text, dataText, JSON.stringify(processed, null, 2)]) {
        for (let end = 0; end < whole.length; end++) {
          const prefix = whole.slice(0, end);
          const read = readCrashJson(prefix);
          expect('error' in read, prefix).toBe(true);
          expect(read).toEqual(byPython(prefix));
        }
      }
    });

    it('shapes signing reads loosely: threads that are no list, odd crashing threads, json_dump no object', () => {
      for (const shape of [
        '{"crashing_thread":1,"threads":{"0":{"frames":[]},"1":{"frames":[]}}}',
        '{"crashing_thread":1,"threads":"none"}',
        '{"crashing_thread":5,"threads":[{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":" 1 ","threads":[{"frames":[]},{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":1.0,"threads":[{"frames":[]},{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":1e999,"threads":[{"frames":[]},{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":NaN,"threads":[{"frames":[]},{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":-2,"threads":[{"frames":[]},{"frames":[]},{"frames":[]}]}',
        '{"crashing_thread":9007199254740993,"threads":[{"frames":[]},{"frames":[]}]}',
        '{"threads":[{"frames":[]},{"frames":[1]}],"crashing_thread":1}',
        '{"threads":[],"crashing_thread":0}',
        '{"threads":[{"frames":[]}]}',
        '{"json_dump":{"threads":[1,2,3],"crash_info":{"crashing_thread":2}}}',
        '{"json_dump":{"threads":[1,2,3],"crash_info":[2]}}',
        '{"json_dump":"text"}',
        '{"json_dump":{"system_info":["os"]}}',
        '{"json_dump":{"system_info":{}}}',
        '{}',
        '[]',
        '[{"uuid":"a"}]',
        '"crash"',
        '5',
        'null',
        '',
        '   ',
      ]) {
        expectAgreement(shape);
      }
    });

    it('random damage to real crashes: the reader accepts what Python accepts, with the same value, and refuses the rest', () => {
      let state = 20_240_601;
      const random = () => {
        state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
        return state / 2 ** 32;
      };
      const pieces = ['{', '}', '[', ']', '"', ':', ',', '\\', ' ', '0', '1', '-', '.', 'e', 'n', 't', '\\u', '1.0', 'NaN', '"threads"', '"crashing_thread":1,'];
      const sources = [text, dataText];
      let accepted = 0;
      for (let n = 0; n < 3_000; n++) {
        let damaged = sources[n % 2] as string;
        for (let edit = 0; edit < 1 + (n % 3); edit++) {
          const at = Math.floor(random() * damaged.length);
          const roll = random();
          if (roll < 0.4) damaged = damaged.slice(0, at) + damaged.slice(at + 1);
          else damaged = damaged.slice(0, at) + (pieces[Math.floor(random() * pieces.length)] as string) + damaged.slice(roll < 0.7 ? at : at + 1);
        }
        expectAgreement(damaged, `mutation ${n}`);
        if ('value' in readCrashJson(damaged)) accepted++;
      }
      // Some damage leaves valid JSON (a digit changed, a space added): both kinds are exercised.
      expect(accepted).toBeGreaterThan(300);
      expect(accepted).toBeLessThan(2_700);
    });
  });
});
