import { createServer, Server, Socket, connect } from 'node:net';

/** A loopback TCP proxy that can simulate an outage: drop every connection and refuse new ones for a while. */
export interface TcpProxy {
  port: number;
  outage(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (random port) to 127.0.0.1:targetPort. */
export function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as { port: number }).port,
        outage: async (ms) => {
          refusing = true;
          for (const s of sockets) s.destroy();
          sockets.clear();
          await new Promise((r) => setTimeout(r, ms));
          refusing = false;
        },
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
