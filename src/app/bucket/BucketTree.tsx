import { useState } from 'react';
import type { BucketBranch } from '../../engine/index.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

interface BranchProps {
  readonly branch: BucketBranch;
  readonly total: number;
  /** The rest of the top path below this branch, when this branch is on it. */
  readonly topPath: readonly string[] | null;
  readonly depth: number;
}

/** One frame of the tree with its crash count; its branches are rendered only when opened. */
function Branch({ branch, total, topPath, depth }: BranchProps) {
  const onTop = topPath !== null && topPath[0] === branch.frame;
  const [open, setOpen] = useState(onTop && depth < 4);
  const hasChildren = branch.children.length > 0;
  return (
    <li className={onTop ? 'branch top-path' : 'branch'}>
      <div className="branch-line">
        {hasChildren ? (
          <button type="button" className="twisty" aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} the frames after ${branch.frame}`} onClick={() => setOpen((value) => !value)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="twisty" aria-hidden="true" />
        )}
        <span className="branch-count" title={`${branch.count} of ${total} crashes`}>
          {branch.count.toLocaleString('en')} <span className="muted">{percent(branch.count, total)}</span>
        </span>
        <span className="mono branch-frame">{branch.frame}</span>
      </div>
      {open && hasChildren && <Branches branch={branch} total={total} topPath={onTop ? (topPath as readonly string[]).slice(1) : null} depth={depth + 1} />}
    </li>
  );
}

function Branches({ branch, total, topPath, depth }: BranchProps) {
  return (
    <ul className="branches">
      {branch.children.map((child) => (
        <Branch key={child.frame} branch={child} total={total} topPath={topPath} depth={depth} />
      ))}
      {branch.otherCount > 0 && <li className="muted branch-other">{branch.otherCount.toLocaleString('en')} more crashes through other frames</li>}
      {branch.endCount > 0 && depth > 0 && <li className="muted branch-other">{branch.endCount.toLocaleString('en')} end here</li>}
    </ul>
  );
}

/** The frames after the walk stopped, as a tree with counts; the top path (most common proto_signature) is marked. */
export function BucketTree({ tree, topPath }: { tree: BucketBranch; topPath: readonly string[] }) {
  if (tree.children.length === 0) return <p className="muted">No frames after the stop: the walk used every frame it had.</p>;
  return <Branches branch={tree} total={tree.count} topPath={topPath} depth={0} />;
}
