import { diffSignatureTokens, SIGNATURE_SEPARATOR, type SignatureToken } from './diffSignatureTokens.ts';
import { VisibleText } from '../shell/VisibleText.tsx';

/**
 * A signature with the parts the other signature lacks highlighted. Each
 * frame and the ` |` after it form one unbreakable box, with a plain space
 * between boxes: lines wrap only at ` | ` (inside a name only when the name
 * alone is wider than the column), and the text copied is the signature.
 */
export function SignatureCell({ signature, other }: { signature: string; other: string | null }) {
  const tokens: readonly SignatureToken[] =
    other === null || other === signature ? signature.split(SIGNATURE_SEPARATOR).map((text) => ({ text, changed: false })) : diffSignatureTokens(signature, other);
  return (
    <span className="signature">
      {tokens.map((token, index) => (
        <span key={index}>
          {index > 0 && ' '}
          <span className="frame-token">
            {token.changed ? (
              <mark>
                <VisibleText text={token.text} />
              </mark>
            ) : (
              <VisibleText text={token.text} />
            )}
            {index < tokens.length - 1 && <span className="separator"> |</span>}
          </span>
        </span>
      ))}
    </span>
  );
}
