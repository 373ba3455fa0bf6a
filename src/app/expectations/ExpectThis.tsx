import type { ExpectationResult } from '../../engine/index.ts';
import type { ResultRow } from '../../worker/engineApi.ts';

interface Props {
  readonly row: ResultRow;
  /** This crash's expectation, checked after the latest run, if it has one. */
  readonly result: ExpectationResult | undefined;
  onExpect(crashId: string, signature: string): void;
}

/** In the crash detail: pins "this crash signs as its edited-lists signature", or says how its expectation fares. */
export function ExpectThis({ row, result, onExpect }: Props) {
  const pinned = result?.expectation.signature === row.edited;
  return (
    <div className="expect-this">
      <button type="button" disabled={row.edited === '' || pinned} onClick={() => onExpect(row.id, row.edited)} title="Expect this crash to keep signing as its edited-lists signature">
        expect this
      </button>
      {result && (
        <span className={`exp-status exp-${result.status}`}>
          {result.status === 'pass' ? 'expectation holds' : result.status === 'fail' ? `expected: ${result.expectation.signature}` : 'expectation not checked'}
        </span>
      )}
    </div>
  );
}
