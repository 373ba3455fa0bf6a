import { diffSignatureTokens } from './diffSignatureTokens.ts';

/** A signature with the parts the other signature lacks highlighted. */
export function SignatureCell({ signature, other }: { signature: string; other: string | null }) {
  if (other === null || other === signature) return <span className="signature">{signature}</span>;
  const tokens = diffSignatureTokens(signature, other);
  return (
    <span className="signature">
      {tokens.map((token, index) => (
        <span key={index}>
          {index > 0 && <span className="separator"> | </span>}
          {token.changed ? <mark>{token.text}</mark> : token.text}
        </span>
      ))}
    </span>
  );
}
