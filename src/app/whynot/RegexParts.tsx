import type { RegexPart } from '../../engine/index.ts';

/** A pattern's parts as a tree: each part's Python source and what it means (like regex101's explanation). */
export function RegexParts({ parts }: { parts: readonly RegexPart[] }) {
  return (
    <ul className="regex-parts">
      {parts.map((part, index) => (
        <li key={index}>
          <code>{part.source || '(empty)'}</code> <span>{part.meaning}</span>
          {part.parts && part.parts.length > 0 && <RegexParts parts={part.parts} />}
        </li>
      ))}
    </ul>
  );
}
