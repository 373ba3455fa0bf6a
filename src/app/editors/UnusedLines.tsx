import { useMemo } from 'react';
import { parseSiglistText } from '../../engine/siglists/parseSiglistText.ts';
import type { SiglistFile, SiglistMatch } from '../../engine/types.ts';
import type { LineUsage } from '../../worker/engineApi.ts';

interface Props {
  readonly file: SiglistFile;
  readonly text: string;
  readonly usage: readonly LineUsage[];
  readonly crashCount: number;
  onJump(match: SiglistMatch): void;
}

/** Lines of a siglist that decided nothing in the loaded crashes: candidates for review. */
export function UnusedLines({ file, text, usage, crashCount, onJump }: Props) {
  const unused = useMemo(() => {
    const used = new Set(usage.filter((entry) => entry.file === file).map((entry) => entry.line));
    return parseSiglistText(text).filter((entry) => !used.has(entry.line));
  }, [file, text, usage]);

  return (
    <details className="unused">
      <summary>
        {unused.length} line{unused.length === 1 ? '' : 's'} matched nothing in the {crashCount} loaded crash{crashCount === 1 ? '' : 'es'}
      </summary>
      <ul aria-label="Lines that matched nothing">
        {unused.map((entry) => (
          <li key={entry.line}>
            <button type="button" className="link" onClick={() => onJump({ file, line: entry.line, pattern: entry.pattern })}>
              {entry.line}
            </button>{' '}
            <code>{entry.pattern}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
