import { isPyDict, pyGet, pyIterate, pyTruthy } from '../python/pyValues.ts';
import { requireString } from '../python/requireString.ts';
import { fixMissingModule } from './fixMissingModule.ts';
import type { FrameFields, NormalizedFrame } from './normalizeFrame.ts';

/** The frame keys normalisation reads; none of them exists on Object.prototype. */
interface FrameDict {
  readonly module?: unknown;
  readonly function?: unknown;
  readonly file?: unknown;
  readonly line?: unknown;
  readonly module_offset?: unknown;
  readonly offset?: unknown;
  readonly unloaded_modules?: unknown;
}

/** `frame.get(key)`: a missing key is None. */
const field = (value: unknown): unknown => (value === undefined ? null : value);

/** Upstream only ever looks at the top of the stack. */
export const MAXIMUM_FRAMES_TO_CONSIDER = 40;

export interface ListedFrame {
  /** Index of the stack frame; its inlines share it. */
  readonly frameIndex: number;
  readonly inline: boolean;
  /** Fields as the crash carried them, before any fix-up. */
  readonly fields: FrameFields;
  readonly normalized: NormalizedFrame;
}

/**
 * Normalises the top frames of a thread, inlined functions first (each counts
 * as a frame), stopping at the frame limit. Frames past the limit are never
 * read, so malformed data down there does not matter — as upstream.
 */
export function listNormalizedFrames(
  thread: unknown,
  lowerCaseModules: boolean,
  normalize: (frame: FrameFields) => NormalizedFrame,
): ListedFrame[] {
  const listed: ListedFrame[] = [];
  const frames = pyIterate(pyGet(thread, 'frames', []));
  const add = (frameIndex: number, inline: boolean, fields: FrameFields): boolean => {
    const fn = fixMissingModule(fields.file, fields.function);
    let module = fields.module;
    // Windows module names are case-insensitive; upstream lower-cases them so buckets merge.
    if (lowerCaseModules && pyTruthy(module)) module = requireString(module, 'lower').toLowerCase();
    const normalized = normalize(fn === fields.function && module === fields.module ? fields : { ...fields, function: fn, module });
    listed.push({ frameIndex, inline, fields, normalized });
    return listed.length < MAXIMUM_FRAMES_TO_CONSIDER;
  };

  for (let frameIndex = 0; frameIndex < frames.length; frameIndex++) {
    const frame = frames[frameIndex];
    // pyGet raises what Python would for a frame that is not a dict; past that, fields are
    // read by name (one property load each, not a generic keyed lookup: this is the hot loop).
    const inlines = pyGet(frame, 'inlines');
    const dict = frame as FrameDict;
    for (const inline of pyTruthy(inlines) ? pyIterate(inlines) : []) {
      if (!isPyDict(inline)) pyGet(inline, 'function'); // raises upstream's AttributeError
      const fields: FrameFields = {
        module: field(dict.module),
        function: field((inline as FrameDict).function),
        file: field((inline as FrameDict).file),
        line: field((inline as FrameDict).line),
        module_offset: field(dict.module_offset),
        offset: field(dict.offset),
      };
      if (!add(frameIndex, true, fields)) return listed;
    }
    const fields: FrameFields = {
      module: field(dict.module),
      function: field(dict.function),
      file: field(dict.file),
      line: field(dict.line),
      module_offset: field(dict.module_offset),
      offset: field(dict.offset),
      unloaded_modules: field(dict.unloaded_modules),
    };
    if (!add(frameIndex, false, fields)) return listed;
  }
  return listed;
}
