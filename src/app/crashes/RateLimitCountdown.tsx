import { useEffect, useState } from 'react';

/** "1:45" or "12 s": how long until requests go out again. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** While Crash Stats has asked Siglab to wait (HTTP 429), a countdown, so a paused fetch does not look frozen. */
export function RateLimitCountdown({ until }: { readonly until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (until <= now) return null;
  return (
    <p className="hint warning" role="status" aria-label="Rate limit">
      Crash Stats asked Siglab to slow down (HTTP 429): requests resume in {formatWait(until - now)}. Stop fetching to give up.
    </p>
  );
}
