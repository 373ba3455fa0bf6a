import { pyGet, pyIterate, pyTruthy } from '../python/pyValues.ts';
import { requireString } from '../python/requireString.ts';
import { fixMissingModule } from './fixMissingModule.ts';
import type { FrameFields, NormalizedFrame } from './normalizeFrame.ts';

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
    const inlines = pyGet(frame, 'inlines');
    for (const inline of pyTruthy(inlines) ? pyIterate(inlines) : []) {
      const fields: FrameFields = {
        module: pyGet(frame, 'module'),
        function: pyGet(inline, 'function'),
        file: pyGet(inline, 'file'),
        line: pyGet(inline, 'line'),
        module_offset: pyGet(frame, 'module_offset'),
        offset: pyGet(frame, 'offset'),
      };
      if (!add(frameIndex, true, fields)) return listed;
    }
    const fields: FrameFields = {
      module: pyGet(frame, 'module'),
      function: pyGet(frame, 'function'),
      file: pyGet(frame, 'file'),
      line: pyGet(frame, 'line'),
      module_offset: pyGet(frame, 'module_offset'),
      offset: pyGet(frame, 'offset'),
      unloaded_modules: pyGet(frame, 'unloaded_modules'),
    };
    if (!add(frameIndex, false, fields)) return listed;
  }
  return listed;
}
