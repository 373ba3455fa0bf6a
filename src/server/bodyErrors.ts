/** The body went over its limit; the server answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over the limit of ${limit} bytes`);
  }
}

/** Nothing of the body arrived for the idle limit; the server answers 408 (or ends the stream). */
export class BodyStalledError extends Error {
  constructor(readonly idleMs: number) {
    super(`the request body stalled: nothing arrived for ${idleMs / 1000} s`);
  }
}

/** A whole `POST /signature` body took longer than the request limit; the server answers 408. */
export class BodyTooSlowError extends Error {
  constructor(readonly totalMs: number) {
    super(`the request body took longer than ${totalMs / 1000} s to arrive`);
  }
}
