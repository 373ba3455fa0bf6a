import { isPyDict, pyGet, pyIterate, pyTruthy } from '../python/pyValues.ts';
import { requireString } from '../python/requireString.ts';
import { fixMissingModule } from './fixMissingModule.ts';
import type { FrameFields, FrameNormalizer, NormalizedFrame } from './normalizeFrame.ts';
import type { NormalizationStep } from '../types.ts';

/** A frame as normalisation reads it; none of its keys exists on Object.prototype, so plain reads are safe. */
type FrameDict = FrameFields;

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

export interface ListedFrames {
  /** The normalised frame texts, in order. */
  readonly texts: readonly string[];
  /** Each frame's fields and normalisation, for traces; null unless asked for (`detailed`). */
  readonly listed: readonly ListedFrame[] | null;
  /**
   * Whether frames were left unread because of the frame limit (`unknown` for
   * frames given already normalised). Only worked out when `detailed`.
   */
  readonly frameLimit?: 'reached' | 'not-reached' | 'unknown';
  /** The frames came already normalised (e.g. from a Super Search `proto_signature`). */
  readonly given?: boolean;
}

/** Applies upstream's per-frame fix-ups, then normalises; raises what upstream would, in its order. */
function normalizeFixed(fields: FrameFields, lowerCaseModules: boolean, normalize: FrameNormalizer, explain: boolean): NormalizedFrame {
  const given = field(fields.function);
  const fn = fixMissingModule(field(fields.file), given);
  // Windows module names are case-insensitive; upstream lower-cases them so buckets merge.
  // Only a frame without a symbol shows its module, so the lower-casing itself is left to
  // the normaliser; a module that is no string still fails here, as upstream's `.lower()`.
  if (lowerCaseModules && pyTruthy(fields.module)) requireString(fields.module, 'lower');
  const normalized = normalize(fn === given ? fields : { ...fields, function: fn }, lowerCaseModules, explain);
  if (!explain || fn === given) return normalized;
  const restored: NormalizationStep = { kind: 'rust-module-restored', before: String(given), after: String(fn) };
  return { ...normalized, steps: [restored, ...(normalized.steps ?? [])] };
}

/** Whether the thread holds frames after the one at which the limit stopped the listing. */
function moreFramesAfter(frames: readonly unknown[], frameIndex: number): 'reached' | 'not-reached' {
  return frameIndex < frames.length - 1 ? 'reached' : 'not-reached';
}

/**
 * The usual frame — a function name, a file that is a string or absent, and on
 * Windows a module that is a string or absent — normalised from those fields
 * alone (no copy of them, fewer reads: the hot loop of an untraced run). Null
 * for any other frame, and when a line number is appended: the caller then
 * takes the general way, which raises what upstream would.
 */
function normalizeUsualFrame(dict: FrameDict, lowerCaseModules: boolean, normalize: FrameNormalizer): NormalizedFrame | null {
  const given = dict.function;
  if (typeof given !== 'string' || given === '') return null;
  const file = field(dict.file);
  if (file !== null && typeof file !== 'string') return null;
  if (lowerCaseModules) {
    const module = dict.module;
    if (module !== undefined && module !== null && typeof module !== 'string') return null;
  }
  return normalize.symbolOnly(fixMissingModule(file, given) as string, file);
}

/**
 * Normalises the top frames of a thread, inlined functions first (each counts
 * as a frame), stopping at the frame limit. Frames past the limit are never
 * read, so malformed data down there does not matter — as upstream. Untraced
 * runs (`detailed` false) get the texts only: no per-frame records are built.
 */
export function listNormalizedFrames(thread: unknown, lowerCaseModules: boolean, normalize: FrameNormalizer, detailed = true): ListedFrames {
  const texts: string[] = [];
  const listed: ListedFrame[] | null = detailed ? [] : null;
  const frames = pyIterate(pyGet(thread, 'frames', []));

  for (let frameIndex = 0; frameIndex < frames.length; frameIndex++) {
    const frame = frames[frameIndex];
    // pyGet raises what Python would for a frame that is not a dict; past that, fields are
    // read by name (one property load each, not a generic keyed lookup: this is the hot loop).
    if (!isPyDict(frame)) pyGet(frame, 'inlines');
    const dict = frame as FrameDict & { readonly inlines?: unknown };
    const inlines = dict.inlines;
    if (pyTruthy(inlines)) {
      for (const inline of pyIterate(inlines)) {
        if (!isPyDict(inline)) pyGet(inline, 'function'); // raises upstream's AttributeError
        const fields: FrameFields = {
          module: field(dict.module),
          function: field((inline as FrameDict).function),
          file: field((inline as FrameDict).file),
          line: field((inline as FrameDict).line),
          module_offset: field(dict.module_offset),
          offset: field(dict.offset),
        };
        const normalized = normalizeFixed(fields, lowerCaseModules, normalize, detailed);
        texts.push(normalized.text);
        listed?.push({ frameIndex, inline: true, fields, normalized });
        // The frame these inlines belong to is still to come, so stopping here leaves frames unread.
        if (texts.length >= MAXIMUM_FRAMES_TO_CONSIDER) return { texts, listed, frameLimit: 'reached' };
      }
    }
    const usual = detailed ? null : normalizeUsualFrame(dict, lowerCaseModules, normalize);
    if (usual) {
      texts.push(usual.text);
      if (texts.length >= MAXIMUM_FRAMES_TO_CONSIDER) return { texts, listed };
      continue;
    }
    // A copy with every key, one shape for all frames: the normaliser's property reads stay
    // monomorphic (crash JSON comes in many shapes), and traces show it as the raw fields.
    const fields: FrameFields = {
      module: field(dict.module),
      function: field(dict.function),
      file: field(dict.file),
      line: field(dict.line),
      module_offset: field(dict.module_offset),
      offset: field(dict.offset),
      unloaded_modules: field(dict.unloaded_modules),
    };
    const normalized = normalizeFixed(fields, lowerCaseModules, normalize, detailed);
    texts.push(normalized.text);
    listed?.push({ frameIndex, inline: false, fields, normalized });
    if (texts.length >= MAXIMUM_FRAMES_TO_CONSIDER) return detailed ? { texts, listed, frameLimit: moreFramesAfter(frames, frameIndex) } : { texts, listed };
  }
  return detailed ? { texts, listed, frameLimit: 'not-reached' } : { texts, listed };
}
