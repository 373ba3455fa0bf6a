import type { SignatureExtra } from './types.ts';

/** What the rules pass along: each rule returns a new state, never edits one. */
export interface SignatureState {
  readonly signature: string;
  readonly notes: readonly string[];
  /** `null` when nobody asked for the debug log: then no debug line is even formatted. */
  readonly debugLog: readonly string[] | null;
  readonly extra: SignatureExtra;
}

/** Start state that records the debug log (traced runs). */
export const INITIAL_STATE: SignatureState = { signature: '', notes: [], debugLog: [], extra: {} };

/** Start state of an untraced run: debug lines are dropped unformatted. */
export const QUIET_INITIAL_STATE: SignatureState = { signature: '', notes: [], debugLog: null, extra: {} };

/** Adds notes; several at once cost one copy (the frame walk adds dozens of debug lines). */
export function withNote(state: SignatureState, rule: string, ...messages: readonly string[]): SignatureState {
  return messages.length === 0 ? state : { ...state, notes: [...state.notes, ...messages.map((m) => `${rule}: ${m}`)] };
}

export function withDebug(state: SignatureState, rule: string, ...messages: readonly string[]): SignatureState {
  if (state.debugLog === null || messages.length === 0) return state;
  return { ...state, debugLog: [...state.debugLog, ...messages.map((m) => `${rule}: ${m}`)] };
}

export function withSignature(state: SignatureState, rule: string, signature: string): SignatureState {
  if (state.debugLog === null) return { ...state, signature };
  return {
    ...withDebug(state, rule, `change signature: "${state.signature}" -> "${signature}"`),
    signature,
  };
}

export function withExtra(state: SignatureState, extra: SignatureExtra): SignatureState {
  return { ...state, extra: { ...state.extra, ...extra } };
}
