import { DEFAULT_API_URL } from '../crash-stats/types.ts';
import type { CliIo } from './cliIo.ts';

/**
 * SOCORRO_API_TOKEN for requests to `apiUrl`, only when that is the
 * configured API (--api-url, else Crash Stats): a Super Search URL may name
 * any host, and the token must not follow it there. Anywhere else the
 * requests go without it, and the user is told how to send it on purpose.
 */
export function tokenForApi(apiUrl: string, configuredApiUrl: string | undefined, io: CliIo): string | undefined {
  const token = io.env.SOCORRO_API_TOKEN || undefined;
  if (token === undefined) return undefined;
  const target = new URL(apiUrl).origin;
  const configured = new URL(configuredApiUrl ?? DEFAULT_API_URL).origin;
  if (target === configured) return token;
  io.stderr.write(`siglab: SOCORRO_API_TOKEN is not sent to ${target}: it goes only to the configured API (${configured}); give --api-url ${apiUrl} to send it there\n`);
  return undefined;
}
