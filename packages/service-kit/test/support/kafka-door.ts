import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A bootstrap address for Kafka that the test opens and closes: while closed, nothing listens on
 * it (Kafka "down"); once open, it forwards to the real broker.
 */
export class KafkaDoor {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly port: number,
    private readonly broker: { host: string; port: number },
  ) {}

  static async closed(brokers: string): Promise<KafkaDoor> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const [host = '127.0.0.1', brokerPort = '9092'] = brokers.split(',')[0]!.split(':');
    return new KafkaDoor(port, { host, port: Number(brokerPort) });
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.broker);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (this.server) await new Promise((resolve) => this.server!.close(resolve));
  }
}
