import type { SignatureExtra } from './types.ts';

/** What the rules pass along: each rule returns a new state, never edits one. */
export interface SignatureState {
  readonly signature: string;
  readonly notes: readonly string[];
  readonly debugLog: readonly string[];
  readonly extra: SignatureExtra;
}

export const INITIAL_STATE: SignatureState = { signature: '', notes: [], debugLog: [], extra: {} };

export function withNote(state: SignatureState, rule: string, message: string): SignatureState {
  return { ...state, notes: [...state.notes, `${rule}: ${message}`] };
}

export function withDebug(state: SignatureState, rule: string, message: string): SignatureState {
  return { ...state, debugLog: [...state.debugLog, `${rule}: ${message}`] };
}

export function withSignature(state: SignatureState, rule: string, signature: string): SignatureState {
  return {
    ...withDebug(state, rule, `change signature: "${state.signature}" -> "${signature}"`),
    signature,
  };
}

export function withExtra(state: SignatureState, extra: SignatureExtra): SignatureState {
  return { ...state, extra: { ...state.extra, ...extra } };
}
