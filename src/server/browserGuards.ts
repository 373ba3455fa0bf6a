import { isIP } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

/** Addresses that mean "every interface": the names clients use cannot be known then. */
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** A Host header's or URL's host name, lower-case, without port, brackets or a final dot. */
function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

export interface BrowserGuards {
  /** Why the request is refused (status and message), or null to serve it. */
  refusal(headers: IncomingHttpHeaders): { readonly status: number; readonly message: string } | null;
}

/**
 * What keeps web pages from driving a local service. A page can POST to any
 * address without CORS (`no-cors`), and with DNS rebinding can even make its
 * own host name point at 127.0.0.1: so the Host must name this server (its
 * bound address, `localhost`, or a name given with --allow-host; any IP
 * address when bound to every interface, since an address cannot be
 * rebound), and a browser's cross-site request (Origin of another host, or
 * `Sec-Fetch-Site: cross-site`) is refused. `*` in `allowHosts` allows any
 * Host. Tools that send neither Origin nor Sec-Fetch-Site (curl, scripts)
 * are served as before.
 */
export function createBrowserGuards(boundAddress: string, allowHosts: readonly string[]): BrowserGuards {
  const anyHost = allowHosts.includes('*');
  const wildcard = WILDCARDS.has(boundAddress);
  const names = new Set(['localhost', ...(wildcard ? [] : [hostName(isIP(boundAddress) === 6 ? `[${boundAddress}]` : boundAddress)]), ...allowHosts.map(hostName)]);
  const allowed = (name: string) => anyHost || names.has(name) || (wildcard && isIP(name) !== 0);
  return {
    refusal(headers) {
      const host = headers.host;
      // HTTP/1.0 clients may send no Host; browsers always do.
      if (host !== undefined && !allowed(hostName(host))) {
        return { status: 421, message: `this server does not answer for the host ${JSON.stringify(host)}; start it with --allow-host NAME to allow a name` };
      }
      if (headers['sec-fetch-site'] === 'cross-site') return { status: 403, message: 'cross-site requests are refused: a web page may not drive this service' };
      const origin = headers.origin;
      if (origin !== undefined) {
        let name: string | null;
        try {
          name = hostName(new URL(origin).host);
        } catch {
          name = null; // "null" (sandboxed frames, files) and garbage
        }
        if (name === null || !allowed(name)) return { status: 403, message: `cross-site requests are refused: a page from ${JSON.stringify(origin)} may not drive this service` };
      }
      return null;
    },
  };
}
