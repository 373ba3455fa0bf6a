import { describe, expect, it } from 'vitest';
import { isWholeFloat, pyFloatRepr, pyNumberFromJson } from './pyNumbers.ts';
import { pyIntOrNone, tryPyInt } from './pyInt.ts';
import { pyJsonLoads } from './pyJsonLoads.ts';
import { pyTypeName } from './pyErrors.ts';
import { pyRepr, pyStr } from './pyStr.ts';
import { isPyDict, pyTruthy } from './pyValues.ts';

// Expected values are Python 3's: `str(json.loads(literal))`, `type(...).__name__`, `bool(...)`.
describe('JSON numbers read as Python reads them', () => {
  it.each([
    ['1.0', '1.0', 'float', true],
    ['1', '1', 'int', true],
    ['-0', '0', 'int', false],
    ['-0.0', '-0.0', 'float', false],
    ['1e-400', '0.0', 'float', false],
    ['1E2', '100.0', 'float', true],
    ['0.5e1', '5.0', 'float', true],
    ['100.0', '100.0', 'float', true],
    ['1e15', '1000000000000000.0', 'float', true],
    ['1e16', '1e+16', 'float', true],
    ['12345678901234567.0', '1.2345678901234568e+16', 'float', true],
    ['1e21', '1e+21', 'float', true],
    ['1e100', '1e+100', 'float', true],
    ['1.7976931348623157e308', '1.7976931348623157e+308', 'float', true],
    ['1e999', 'inf', 'float', true],
    ['-1e999', '-inf', 'float', true],
    ['0.1', '0.1', 'float', true],
    ['0.0001', '0.0001', 'float', true],
    ['0.00001', '1e-05', 'float', true],
    ['1e-7', '1e-07', 'float', true],
    ['2.5e-5', '2.5e-05', 'float', true],
    ['2e-308', '2e-308', 'float', true],
    ['5e-324', '5e-324', 'float', true],
    ['123.456', '123.456', 'float', true],
    ['-1.5', '-1.5', 'float', true],
    ['9007199254740991', '9007199254740991', 'int', true],
    ['9007199254740993', '9007199254740993', 'int', true],
    ['-9007199254740993', '-9007199254740993', 'int', true],
    ['100000000000000000000', '100000000000000000000', 'int', true],
  ])('%s → str %s, %s, truthy %s', (literal, text, type, truthy) => {
    const value = pyNumberFromJson(literal);
    expect(pyStr(value)).toBe(text);
    expect(pyTypeName(value)).toBe(type);
    expect(pyTruthy(value)).toBe(truthy);
  });

  it('keeps whole floats boxed and big ints exact, other numbers plain', () => {
    expect(isWholeFloat(pyNumberFromJson('1.0'))).toBe(true);
    expect(pyNumberFromJson('9007199254740993')).toBe(9007199254740993n);
    expect(pyNumberFromJson('1.5')).toBe(1.5);
    expect(pyNumberFromJson('1e999')).toBe(Number.POSITIVE_INFINITY);
    // A boxed float is a float, never a dict.
    expect(isPyDict(pyNumberFromJson('1.0'))).toBe(false);
  });

  it('reads NaN and Infinity literals and prints containers as Python does', () => {
    // str(json.loads('[1.0, 2, 3.5, 9007199254740993, NaN, Infinity]'))
    expect(pyStr(pyJsonLoads('[1.0, 2, 3.5, 9007199254740993, NaN, Infinity]'))).toBe('[1.0, 2, 3.5, 9007199254740993, nan, inf]');
    expect(pyRepr(pyJsonLoads('{"a": 1.0}'))).toBe("{'a': 1.0}");
  });

  it('repr of floats: the shortest digits, in Python layout', () => {
    expect([0.1, 1 / 3, 1e22, 123456789.125, -2.5e-7].map(pyFloatRepr)).toEqual(['0.1', '0.3333333333333333', '1e+22', '123456789.125', '-2.5e-07']);
  });
});

describe('int() of odd floats', () => {
  it('raises what Python raises: OverflowError for inf, ValueError for nan', () => {
    const inf = tryPyInt(pyNumberFromJson('1e999'));
    expect(typeof inf === 'object' && [inf.pythonType, inf.message()]).toEqual(['OverflowError', 'cannot convert float infinity to integer']);
    const nan = tryPyInt(Number.NaN);
    expect(typeof nan === 'object' && [nan.pythonType, nan.message()]).toEqual(['ValueError', 'cannot convert float NaN to integer']);
    expect(tryPyInt(pyNumberFromJson('3.0'))).toBe(3);
    expect(tryPyInt(pyNumberFromJson('9007199254740993'))).toBe(9007199254740992);
  });

  it('int_or_none forgives NaN (ValueError) but not inf (OverflowError), as upstream', () => {
    expect(pyIntOrNone(Number.NaN)).toBeNull();
    expect(() => pyIntOrNone(Number.POSITIVE_INFINITY)).toThrow('cannot convert float infinity to integer');
  });
});
