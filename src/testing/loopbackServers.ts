import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/**
 * Real HTTP servers on 127.0.0.1 for a test file (fake APIs, redirecting
 * hosts): `listen` starts one on a free port; all are closed after each test.
 */
export function useLoopbackServers(): { listen(server: Server): Promise<number> } {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
  });
  return {
    async listen(server) {
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return (server.address() as AddressInfo).port;
    },
  };
}
