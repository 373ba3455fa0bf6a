/** Builders for hand-written crashes (examples, lessons), in the shape crash data has. */
export type Frame = Record<string, unknown>;

/** A frame with a function symbol in a module (xul.dll unless said). */
export const fn = (name: string, module = 'xul.dll', extra: Frame = {}): Frame => ({ function: name, module, ...extra });

/** A thread whose frames are numbered in order. */
export const thread = (...frames: Frame[]) => ({ frames: frames.map((frame, index) => ({ frame: index, ...frame })) });

export const windows = { os: 'Windows NT', crashing_thread: 0, reason: 'EXCEPTION_ACCESS_VIOLATION_READ' };
export const linux = { os: 'Linux', crashing_thread: 0, reason: 'SIGSEGV / SEGV_MAPERR' };
