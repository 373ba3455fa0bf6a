import { controlEscape, escapeControlCharacters, splitControlCharacters } from '../../report/controlCharacters.ts';

/**
 * Text from a crash or an API as it is, except control characters: each is
 * shown as a marked `\uXXXX` escape instead of acting. A right-to-left
 * override (U+202E) in a frame name would otherwise reverse the text after
 * it; an escape sequence or a zero-width mark would hide what is there. The
 * data is untouched: copies and exports use the text itself.
 */
export function VisibleText({ text }: { readonly text: string }) {
  const parts = splitControlCharacters(text);
  if (parts.length === 1 && !parts[0]?.control) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.control ? (
          <span key={index} className="control-char" title={`U+${(part.text.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}, a control character, shown escaped`}>
            {controlEscape(part.text)}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The same for an attribute (a tooltip): escapes in plain text. */
export const visibleAttribute = escapeControlCharacters;
