import { diffSignatureTokens } from './diffSignatureTokens.ts';
import { VisibleText } from '../shell/VisibleText.tsx';

/** A signature with the parts the other signature lacks highlighted. */
export function SignatureCell({ signature, other }: { signature: string; other: string | null }) {
  if (other === null || other === signature) {
    return (
      <span className="signature">
        <VisibleText text={signature} />
      </span>
    );
  }
  const tokens = diffSignatureTokens(signature, other);
  return (
    <span className="signature">
      {tokens.map((token, index) => (
        <span key={index}>
          {index > 0 && <span className="separator"> | </span>}
          {token.changed ? (
            <mark>
              <VisibleText text={token.text} />
            </mark>
          ) : (
            <VisibleText text={token.text} />
          )}
        </span>
      ))}
    </span>
  );
}
