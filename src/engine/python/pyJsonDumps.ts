import { isWholeFloat, pyFloatRepr } from './pyNumbers.ts';

/** Says whether a text holds numbers JSON.parse would read otherwise (then read it with pyJsonLoads). */
export interface DumpReport {
  pythonNumbers: boolean;
}

function number(value: number, report: DumpReport): string {
  if (Number.isFinite(value)) return JSON.stringify(value);
  report.pythonNumbers = true;
  return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

function write(value: unknown, indent: string, at: string, report: DumpReport): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return number(value, report);
    case 'bigint':
      report.pythonNumbers = true;
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined; // undefined, functions, symbols: left out, as JSON.stringify does
  }
  if (isWholeFloat(value)) {
    report.pythonNumbers = true;
    const plain = Number(value);
    return Number.isFinite(plain) ? pyFloatRepr(plain) : number(plain, report);
  }
  const inner = indent ? `${at}${indent}` : '';
  const open = indent ? `\n${inner}` : '';
  const separator = indent ? `,\n${inner}` : ',';
  const close = indent ? `\n${at}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((item: unknown) => write(item, indent, inner, report) ?? 'null').join(separator)}${close}]`;
  }
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const text = write((value as Record<string, unknown>)[key], indent, inner, report);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${indent ? ' ' : ''}${text}`);
  }
  return members.length === 0 ? '{}' : `{${open}${members.join(separator)}${close}}`;
}

/**
 * JSON text of a value read by readCrashJson / pyJsonLoads, numbers written
 * as Python's `json.dumps` writes them, so reading the text back gives the
 * same values: whole floats keep their `.0` (`1.0`, `1e+16`), big ints all
 * their digits, NaN and Infinity their literals (JSON.stringify would write
 * `1`, throw, and write `null`). Laid out as JSON.stringify lays it out.
 */
export function pyJsonDumps(value: unknown, indent = 0, report: DumpReport = { pythonNumbers: false }): string {
  return write(value, ' '.repeat(indent), '', report) ?? 'null';
}
