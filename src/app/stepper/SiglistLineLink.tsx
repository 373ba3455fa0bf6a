import type { SiglistMatch } from '../../engine/types.ts';
import { lineInEditor, useLearnContext } from './LearnContext.tsx';

/** `prefix_signature_re:12` as a button that shows the line in the editor (when the editor holds that line). */
export function SiglistLineLink({ match, lists }: { match: SiglistMatch; lists: 'stock' | 'edited' }) {
  const context = useLearnContext();
  if (match.line === 0) return <span>{match.file} is empty (an empty list matches every frame)</span>;
  const label = `${match.file.replace(/\.txt$/, '')}:${match.line}`;
  if (!lineInEditor(context, lists, match)) {
    return (
      <span className="mono" title={`Stock line: the editor shows your edited ${match.file}`}>
        {label} (stock)
      </span>
    );
  }
  return (
    <button type="button" className="link mono" onClick={() => context.showLine(match)} title={`Show ${match.file} line ${match.line} in the editor: ${match.pattern}`}>
      {label}
    </button>
  );
}
