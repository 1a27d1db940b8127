// A TCP proxy for tests that need Redis to "go away" without stopping the machine's shared Redis.
import net from 'node:net';

/** A local port in front of a real server, whose link tests can break in the two ways networks do. */
export interface TcpProxy {
  readonly port: number;
  /** Like a stopped server: open connections reset, new ones refused (ECONNREFUSED). */
  cut(): Promise<void>;
  /**
   * Like a partition: open connections stay up but nothing passes any more, and new ones are
   * accepted but never answered.
   */
  blackhole(): void;
  /** Back to forwarding. Connections that lived through a blackhole are reset (bytes were lost). */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (random port) in front of `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  type Mode = 'forward' | 'blackhole' | 'cut';
  let mode: Mode = 'forward';
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket | null; tainted: boolean }>();

  const server = net.createServer((client) => {
    const pair = { client, upstream: null as net.Socket | null, tainted: mode !== 'forward' };
    pairs.add(pair);
    const drop = () => {
      client.destroy();
      pair.upstream?.destroy();
      pairs.delete(pair);
    };
    client.on('error', drop).on('close', drop);
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk) => {
      if (mode === 'forward' && !pair.tainted) upstream.write(chunk);
      else pair.tainted = true;
    });
    upstream.on('data', (chunk) => {
      if (mode === 'forward' && !pair.tainted) client.write(chunk);
      else pair.tainted = true;
    });
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const resetAll = (which: (pair: { tainted: boolean }) => boolean) => {
    for (const pair of [...pairs]) {
      if (!which(pair)) continue;
      pair.client.resetAndDestroy();
      pair.upstream?.destroy();
      pairs.delete(pair);
    }
  };
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    async cut() {
      mode = 'cut';
      const closed = stopListening(); // resolves once the sockets below are gone
      resetAll(() => true);
      await closed;
    },
    blackhole() {
      mode = 'blackhole';
    },
    async restore() {
      if (mode === 'cut') await listen(port);
      mode = 'forward';
      resetAll((pair) => pair.tainted);
    },
    async close() {
      mode = 'cut';
      const closed = stopListening();
      resetAll(() => true);
      await closed;
    },
  };
}
