import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../testing/loadStockSiglists.ts';
import { PARITY_FILES, parityAvailable, readParityCases, type ParityCase } from '../testing/parityCases.ts';

/** The UDF body of the README's SQL example, run the way BigQuery runs it. */
function readmeUdfBody(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const found = /CREATE TEMP FUNCTION socorro_signature\(crash_json STRING\)[\s\S]*?AS r"""([\s\S]*?)""";/.exec(readme);
  if (!found?.[1]) throw new Error('README.md lacks the socorro_signature SQL example');
  return found[1];
}

let udf: (crashJson: string | null) => string | null;
let context: vm.Context;

beforeAll(() => {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-udf.mjs')]);
  // A bare V8 context: the JavaScript language only, like BigQuery's UDF sandbox.
  context = vm.createContext({});
  vm.runInContext(readFileSync(join(REPO_ROOT, 'dist-udf', 'siglab-udf.js'), 'utf8'), context, { filename: 'siglab-udf.js' });
  udf = vm.runInContext(`(function (crash_json) {${readmeUdfBody()}})`, context) as typeof udf;
}, 60_000);

/** A row's crash_json: the input as stored; a processed crash without json_dump is stored converted. */
function rowOf(testCase: ParityCase): string {
  const input = testCase.input as Record<string, unknown>;
  if (testCase.input_kind === 'processed' && !Object.hasOwn(input, 'json_dump')) return JSON.stringify(testCase.crash_data);
  return JSON.stringify(input);
}

describe('dist-udf/siglab-udf.js (BigQuery JavaScript UDF library)', () => {
  it('loads as one classic script in a context without require, process, timers or modules', () => {
    expect(vm.runInContext('[typeof require, typeof process, typeof setTimeout, typeof module, typeof exports, typeof siglabSignature].join()', context)).toBe(
      'undefined,undefined,undefined,undefined,undefined,function',
    );
  });

  it('answers NULL for NULL and an error object for text that is not JSON', () => {
    expect(udf(null)).toBeNull();
    expect(JSON.parse(udf('{not json') as string)).toEqual({ error: expect.stringMatching(/^invalid JSON/) });
  });

  it("reads numbers as Python's json does: a float line stays 1.0, a big int exact, NaN accepted", () => {
    const row = (line: string) => `{"crashing_thread": 0, "threads": [{"frames": [{"file": "dom/base/nsDocument.cpp", "line": ${line}}]}]}`;
    expect(JSON.parse(udf(row('1.0')) as string)).toMatchObject({ signature: 'nsDocument.cpp#1.0' });
    expect(JSON.parse(udf(row('9007199254740993')) as string)).toMatchObject({ signature: 'nsDocument.cpp#9007199254740993' });
    expect(JSON.parse(udf(row('NaN')) as string)).toMatchObject({ signature: 'nsDocument.cpp#nan' });
  });

  it.skipIf(!parityAvailable())('signs every parity case like the reference: crash data and processed crashes', () => {
    let checked = 0;
    for (const file of PARITY_FILES) {
      for (const testCase of readParityCases(file)) {
        const output = JSON.parse(udf(rowOf(testCase)) as string) as Record<string, unknown>;
        expect(Object.keys(output)).toEqual(['signature', 'proto_signature', 'notes']);
        expect(output.signature, testCase.id).toBe(testCase.signature);
        expect(output.proto_signature, testCase.id).toBe(testCase.extra?.proto_signature ?? '');
        if (!testCase.tags?.includes('reference_rule_failed')) expect(output.notes, testCase.id).toEqual(testCase.notes);
        checked++;
      }
    }
    expect(checked).toBe(1800);
  });

  it('signs a row with a 2.7 MB frame in linear time: BigQuery would time the query out on the quadratic match', () => {
    const row = JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: 'framework'.repeat(300_000) }, { module: 'framework'.repeat(300_000) }] }] });
    // V8 stops the call when the budget is spent, as BigQuery's own limit would.
    const output = vm.runInContext('siglabSignature(row)', Object.assign(context, { row }), { timeout: 10_000 }) as string;
    expect(JSON.parse(output)).toMatchObject({ signature: expect.stringMatching(/^frameworkframework/) });
  });

  it('caps its output at 1 MiB of JSON, cutting only what is over (the proto signature of a hostile row), and says so', () => {
    const name = 'nsFoo::Bar'.repeat(800_000); // 8 MB in
    const output = udf(JSON.stringify({ crashing_thread: 0, threads: [{ frames: [{ function: name }, { function: `${name}2` }] }] })) as string;
    expect(output.length).toBeLessThanOrEqual(1 << 20);
    const parsed = JSON.parse(output) as { signature: string; proto_signature: string; notes: string[]; truncated: boolean };
    expect(parsed.signature).toBe(`${name.slice(0, 252)}...`);
    expect(parsed.proto_signature.startsWith(`${name} | `.slice(0, 1000))).toBe(true);
    expect(parsed.proto_signature.endsWith('…')).toBe(true);
    expect(parsed.truncated).toBe(true);
    expect(Object.keys(parsed)).toEqual(['signature', 'proto_signature', 'notes', 'truncated']);
  });
});
