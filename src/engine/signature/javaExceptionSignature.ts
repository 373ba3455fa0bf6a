import { PyError, pyTypeName } from '../python/pyErrors.ts';
import { pyStr } from '../python/pyStr.ts';
import { isPyDict, pyGet, pyIterate, pyTruthy } from '../python/pyValues.ts';
import { glomGet } from '../python/glomGet.ts';
import type { ToolOutput } from './javaStackTraceSignature.ts';

const NOT_EXPECTED: ToolOutput = {
  signature: 'EMPTY: Java exception not in expected format',
  notes: ['JavaExceptionSignatureTool: value not in expected format'],
};

/** `".".join([a, b])` raises unless both are strings. */
function joinWithDot(module: unknown, fn: unknown): string {
  [module, fn].forEach((item, index) => {
    if (typeof item !== 'string') {
      throw new PyError('TypeError', `sequence item ${index}: expected str instance, ${pyTypeName(item)} found`);
    }
  });
  return `${module as string}.${fn as string}`;
}

function describeJavaFrame(frame: unknown): string {
  const module = pyGet(frame, 'module', '');
  const fn = pyGet(frame, 'function', '');
  let described: unknown = '';
  if (pyTruthy(module) && pyTruthy(fn)) described = joinWithDot(module, fn);
  else if (pyTruthy(module)) described = module;
  else if (pyTruthy(fn)) described = fn;
  const filename = pyGet(frame, 'filename', '');
  if (pyTruthy(described) && pyTruthy(filename)) return `${pyStr(described)}(${pyStr(filename)})`;
  if (pyTruthy(described)) return pyStr(described);
  return 'unknown';
}

/**
 * Signature from a structured Java exception (the JavaException annotation):
 * the first exception's class and the frame that raised it.
 */
export function javaExceptionSignature(source: unknown): ToolOutput {
  if (!isPyDict(source)) return NOT_EXPECTED;
  const stacktrace = glomGet(source, ['exception', 'values', '0', 'stacktrace'], null);
  if (!pyTruthy(stacktrace)) return NOT_EXPECTED;

  const module = pyGet(stacktrace, 'module', '');
  const type = pyGet(stacktrace, 'type', 'Unknown');
  const exceptionClass = pyTruthy(module) && pyTruthy(type) ? `${pyStr(module)}.${pyStr(type)}` : pyStr(type);

  const frames = pyGet(stacktrace, 'frames');
  // Upstream describes every frame, so a malformed one anywhere fails the rule.
  const described = pyTruthy(frames) ? pyIterate(frames).map(describeJavaFrame) : [];
  const signature = described.length > 0 ? `${exceptionClass}: at ${described[0]}` : exceptionClass;
  return { signature, notes: [] };
}
