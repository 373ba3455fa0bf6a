/**
 * Odd JSON numbers through the whole of signify (read, convert, sign), with
 * the answers upstream's Python gives: `json.loads` keeps 1.0 a float and
 * 2^53 + 1 exact, reads 1e999 as inf and accepts NaN/Infinity; the rules then
 * format with str() and convert with int(). Expected values are worked out
 * from those Python semantics (the comments say how).
 */
import { describe, expect, it } from 'vitest';
import { compileSiglists, createGenerator, signifyText } from './index.ts';
import { loadStockSiglists } from '../testing/loadStockSiglists.ts';

const generator = createGenerator(compileSiglists(loadStockSiglists()));
const sign = (text: string) => signifyText(text, generator, { input: 'auto', trace: false, verbose: false });

/** Crash data whose one frame has a file and this line number (written as JSON text). */
const fileFrame = (line: string, extra = '') => `{"crashing_thread": 0${extra}, "threads": [{"frames": [{"file": "dom/base/nsDocument.cpp", "line": ${line}}]}]}`;

describe('signify reads numbers as Python does', () => {
  it.each([
    // f"{file}#{line}" with str(1.0) == '1.0'
    ['1.0', 'nsDocument.cpp#1.0'],
    ['1', 'nsDocument.cpp#1'],
    // json.loads keeps ints exact: str(9007199254740993)
    ['9007199254740993', 'nsDocument.cpp#9007199254740993'],
    ['1E2', 'nsDocument.cpp#100.0'],
    // str(float('inf')), str(float('nan')): both truthy, so file#line is used
    ['1e999', 'nsDocument.cpp#inf'],
    ['NaN', 'nsDocument.cpp#nan'],
    ['-Infinity', 'nsDocument.cpp#-inf'],
  ])('line %s → %s', (line, signature) => {
    expect(sign(fileFrame(line))).toMatchObject({ signature, notes: [] });
  });

  it('a line 0.0 is falsy, as 0 is: the frame falls through to its (absent) module', () => {
    expect(sign(fileFrame('0.0')).signature).toBe(sign(fileFrame('0')).signature);
  });

  it('appends a float line number as Python formats it (signatures_with_line_numbers_re)', () => {
    const crash = '{"crashing_thread": 0, "threads": [{"frames": [{"function": "js_Interpret", "line": 10.0}]}]}';
    expect(sign(crash).signature).toBe('js_Interpret:10.0');
  });

  it('formats floats in the rules that print values: hang, IPC message name', () => {
    expect(sign(fileFrame('1', ', "hang": 1.0')).signature).toBe('hang: 1.0 | nsDocument.cpp#1');
    expect(sign(fileFrame('1', ', "ipc_message_name": 1e16')).signature).toBe('nsDocument.cpp#1 | IPC_Message_Name=1e+16');
  });

  it('oom_allocation_size 1e999 in crash data: int(inf) raises OverflowError, which OOMSignature does not catch', () => {
    // predicate: bool(inf) is True; action: int(inf) raises, the rule fails and the signature stays.
    expect(sign(fileFrame('1', ', "oom_allocation_size": 1e999'))).toMatchObject({
      signature: 'nsDocument.cpp#1',
      notes: ['OOMSignature: Rule failed: cannot convert float infinity to integer'],
    });
    // int(nan) raises ValueError, not caught either.
    expect(sign(fileFrame('1', ', "oom_allocation_size": NaN')).notes).toEqual(['OOMSignature: Rule failed: cannot convert float NaN to integer']);
    // A whole float converts: int(300000.0) > 262144 is a large allocation.
    expect(sign(fileFrame('1', ', "oom_allocation_size": 300000.0')).signature).toBe('OOM | large | nsDocument.cpp#1');
  });

  it('oom_allocation_size 1e999 in a processed crash: convert_to_crash_data raises (int_or_none catches only TypeError/ValueError)', () => {
    const processed = (size: string) => `{"oom_allocation_size": ${size}, "json_dump": {"crash_info": {"crashing_thread": 0}, "threads": [{"frames": [{"function": "moz_xmalloc"}]}]}}`;
    expect(sign(processed('1e999'))).toEqual({ error: 'cannot convert float infinity to integer' });
    // NaN: int_or_none gives None, so no OOM signature comes from the size.
    expect(sign(processed('NaN')).signature).toBe(sign(processed('null')).signature);
    expect(sign(processed('1e3')).signature).toBe('OOM | small');
  });

  it('a crashing_thread of Infinity fails the rules that ask for it, as get_crashing_thread raises OverflowError', () => {
    const result = sign('{"crashing_thread": Infinity, "threads": [{"frames": [{"function": "f"}]}]}');
    expect(result.notes).toEqual(['SignatureGenerationRule: Rule failed: cannot convert float infinity to integer']);
  });
});

describe('signify output with odd numbers in the trace', () => {
  it('can be written as JSON: big ints as their digits, whole floats as numbers', () => {
    const output = signifyText(fileFrame('9007199254740993', ', "hang": 1.0'), generator, { input: 'auto', trace: true, verbose: false });
    const written = JSON.parse(JSON.stringify(output)) as { trace: { frames?: { raw: { line: unknown } }[] }[] };
    expect(written.trace.find((rule) => rule.frames)?.frames?.[0]?.raw.line).toBe('9007199254740993');
    expect(output.signature).toBe('hang: 1.0 | nsDocument.cpp#9007199254740993');
  });
});
